import { z } from 'zod';
import { plainText } from './query-params';
import { JurisdictionSchema } from './summary';

/** Every role of the system. wall_display is the command-center wall: read-only, aggregates only. */
export const roles = [
  'admin', 'commander', 'planner', 'patrol_leader', 'officer', 'grid_leader', 'grid_worker', 'viewer', 'wall_display',
] as const;
export type Role = (typeof roles)[number];

/** A user's jurisdiction: the whole district, or the listed streets, stations, beats or grids. */
export const scopeKinds = ['district', 'street', 'station', 'beat', 'grids'] as const;
export type ScopeKind = (typeof scopeKinds)[number];
export const ScopeSchema = z.object({
  kind: z.enum(scopeKinds),
  codes: z.array(z.string()), // empty for district
});
export type Scope = z.infer<typeof ScopeSchema>;

export const LoginSchema = z.object({
  username: plainText('username', 64).trim().min(1, 'username is required'),
  password: z.string().min(1, 'password is required').max(256, 'password is at most 256 characters'),
});
export type Login = z.infer<typeof LoginSchema>;

export const WallLoginSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'token must be the wall-display token an administrator issued'),
});

/** Answer of GET /api/auth/me and POST /api/auth/login. */
export const MeSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  scope: ScopeSchema,
  /** The scope as a person names it (the same reading as the summary's): what the user menu shows, never the codes. */
  jurisdiction: JurisdictionSchema.pick({ level: true, names: true }),
  csrfToken: z.string(), // send back as X-CSRF-Token on every state-changing request
  idleExpiresAt: z.string(),
  absoluteExpiresAt: z.string(),
  /** The password is one an administrator set: the holder changes it (POST /api/auth/password) before anything else opens. */
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof MeSchema>;
