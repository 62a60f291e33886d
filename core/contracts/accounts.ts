/**
 * Accounts an administrator keeps (用户管理): who may sign in, as what role, over which jurisdiction; and each
 * person's own password. The seed makes the demo accounts only: a real deployment adds its officers and grid staff here.
 */
import { z } from 'zod';
import { roles, scopeKinds, type Role } from './auth';
import { csvOf, plainText } from './query-params';
import { rule } from './rule-messages';
import type { PersonRole } from './workforce';

/** The roles an account may hold: a command-center wall signs in with a wall token, never with a password. */
export const accountRoles = roles.filter((r): r is Exclude<Role, 'wall_display'> => r !== 'wall_display');

/** What a new account's jurisdiction usually is for its role, which the form proposes (any kind may be chosen). */
export const usualScopeKind: Record<(typeof accountRoles)[number], (typeof scopeKinds)[number]> = {
  admin: 'district', commander: 'district', planner: 'district', viewer: 'district',
  patrol_leader: 'station', officer: 'beat', grid_leader: 'grids', grid_worker: 'grids',
};

export const passwordMinLength = 10;

/** Letters, digits, other characters: how many of the three a password mixes. */
export function passwordCharacterKinds(password: string): number {
  return [/\p{L}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u].filter((re) => re.test(password)).length;
}

/**
 * A password a person chooses: long enough, of at least two kinds of character, not the account's name inside it
 * (the name is known to every colleague). The last rule relates two fields, so the server checks it where it knows both.
 */
export const NewPasswordSchema = z
  .string()
  .min(passwordMinLength, `password must have at least ${passwordMinLength} characters`)
  .max(128, 'password is at most 128 characters')
  .refine((p) => passwordCharacterKinds(p) >= 2, rule('password_mix', {}, 'password'));

export function passwordContainsUsername(password: string, username: string): boolean {
  return password.toLowerCase().includes(username.toLowerCase());
}

// A refinement, not .regex(): zod words a failed pattern itself ("格式不对"), and the rule says what the format is.
export const UsernameSchema = z
  .string()
  .trim()
  .refine((s) => /^[a-z][a-z0-9._-]{1,31}$/.test(s), rule('username_format', {}, 'username'));

/** A jurisdiction as an administrator gives it: the whole district without codes, or the codes of one kind. */
export const AccountScopeSchema = z
  .object({
    kind: z.enum(scopeKinds),
    codes: z.array(z.string().trim().min(1, 'codes must not be empty').max(40, 'codes are at most 40 characters')).max(500, 'at most 500 codes'),
  })
  .superRefine((s, ctx) => {
    if (s.kind === 'district' && s.codes.length > 0) ctx.addIssue({ code: 'custom', path: ['codes'], ...rule('district_without_codes') });
    if (s.kind !== 'district' && s.codes.length === 0) ctx.addIssue({ code: 'custom', path: ['codes'], ...rule('scope_needs_codes') });
    if (new Set(s.codes).size !== s.codes.length) ctx.addIssue({ code: 'custom', path: ['codes'], ...rule('no_repeats') });
  });
export type AccountScope = z.infer<typeof AccountScopeSchema>;

const DisplayNameSchema = plainText('displayName', 64).trim().min(1, 'displayName is required');
const AccountRoleSchema = z.enum(accountRoles);
/** The staff record (人员, people.id) whose account this is; null unlinks it. */
const PersonLinkSchema = z.string().regex(/^P\d{1,9}$/, 'personId must be a person id like P00001').nullable();

/**
 * The staff records an account of a role may belong to: a police role's is a police officer's; a grid leader's is a
 * grid leader's; a grid worker's account also serves compound and building leaders, who report from the field
 * app. Command-center and planning roles belong to anyone. What an account reads through its record (the routes a
 * beat's officer patrols, the collection tasks of a grid worker, the disputes of a grid's leader) follows from this.
 */
export type StaffKind = 'police' | 'grid_leader' | 'grid_staff';
export function staffKindFor(role: (typeof accountRoles)[number]): StaffKind | null {
  if (role === 'officer' || role === 'patrol_leader' || role === 'commander') return 'police';
  if (role === 'grid_leader') return 'grid_leader';
  if (role === 'grid_worker') return 'grid_staff';
  return null;
}
/** Which records are of each kind: police officers, or the people of these roles. */
export const staffOfKind: Record<StaffKind, { police: true } | { roles: readonly PersonRole[] }> = {
  police: { police: true },
  grid_leader: { roles: ['grid_leader'] },
  grid_staff: { roles: ['grid_worker', 'compound_leader', 'building_leader'] },
};
export function isStaffOfKind(kind: StaffKind, person: { role: PersonRole; isPolice: boolean }): boolean {
  const k = staffOfKind[kind];
  return 'police' in k ? person.isPolice : k.roles.includes(person.role);
}

/** An administrator sees the system's settings for everyone: an admin account is the whole district's. */
function adminIsDistrictWide(a: { role?: string; scope?: AccountScope }, ctx: z.RefinementCtx) {
  if (a.role === 'admin' && a.scope && a.scope.kind !== 'district') ctx.addIssue({ code: 'custom', path: ['scope'], ...rule('admin_whole_district') });
}

/** POST /api/admin/users. */
export const NewAccountSchema = z
  .object({
    username: UsernameSchema, displayName: DisplayNameSchema, role: AccountRoleSchema, scope: AccountScopeSchema, password: NewPasswordSchema,
    personId: PersonLinkSchema.optional(),
  })
  .superRefine(adminIsDistrictWide);
export type NewAccount = z.infer<typeof NewAccountSchema>;

/** PATCH /api/admin/users/:username: what changes; a role or scope changed is given whole (role with its scope). */
export const AccountChangeSchema = z
  .object({
    displayName: DisplayNameSchema.optional(), role: AccountRoleSchema.optional(), scope: AccountScopeSchema.optional(), disabled: z.boolean().optional(),
    personId: PersonLinkSchema.optional(),
  })
  .superRefine(adminIsDistrictWide)
  .refine((a) => Object.values(a).some((v) => v !== undefined), rule('change_something'));
export type AccountChange = z.infer<typeof AccountChangeSchema>;

/**
 * GET /api/admin/staff: the staff records an account of `role` over the jurisdiction `kind`/`codes` may belong to,
 * those whose name holds `q` (the form's picker).
 */
export const StaffQuerySchema = z
  .object({
    role: AccountRoleSchema,
    kind: z.enum(scopeKinds),
    codes: csvOf(z.string().trim().min(1).max(40, 'codes are at most 40 characters')).optional(),
    q: plainText('q', 20).trim().optional(),
  })
  .superRefine((s, ctx) => {
    if (s.kind !== 'district' && !s.codes) ctx.addIssue({ code: 'custom', path: ['codes'], ...rule('scope_needs_codes') });
  });
export type StaffQuery = z.infer<typeof StaffQuerySchema>;

export const UsernameParamSchema = z.object({ username: z.string().max(64, 'username is at most 64 characters') });

/** POST /api/admin/users/:username/password: an administrator sets a new password (the holder forgot theirs). */
export const PasswordResetSchema = z.object({ password: NewPasswordSchema });

/** POST /api/auth/password: the signed-in person changes their own password. */
export const OwnPasswordChangeSchema = z.object({
  currentPassword: z.string().min(1, 'currentPassword is required').max(256, 'currentPassword is at most 256 characters'),
  newPassword: NewPasswordSchema,
});
export type OwnPasswordChange = z.infer<typeof OwnPasswordChangeSchema>;
