import { accountRoles, staffKindFor, usualScopeKind, type AccountChange, type AccountScope, type NewAccount } from '../../../core/contracts/accounts';
import type { UserListing } from '../../../core/contracts/admin';
import { scopeKinds, type Role, type ScopeKind } from '../../../core/contracts/auth';

// The account form's state and what it sends (client/features/admin/AccountForm.tsx), apart from React.

export type AccountRole = (typeof accountRoles)[number];

/** A listed account that signs in with a password (every one but a wall display's). */
export type Account = UserListing & { role: AccountRole };

/** The staff record an account belongs to, by name and grid, as the list and the picker show it. */
export type LinkedPerson = NonNullable<UserListing['person']>;

export interface AccountDraft {
  username: string;
  displayName: string;
  role: AccountRole;
  scope: AccountScope;
  password: string;
  person: LinkedPerson | null;
}

/** A place a jurisdiction may list: a street, station, beat or grid, always shown by its name. */
export interface ScopePlace {
  code: string;
  name: string;
}

export function isAccountRole(role: Role): role is AccountRole {
  return (accountRoles as readonly string[]).includes(role);
}

// Grid workers are most of the accounts a deployment adds (several per community), so the form starts with theirs.
const firstRole: AccountRole = 'grid_worker';

export function emptyDraft(): AccountDraft {
  return { username: '', displayName: '', role: firstRole, scope: { kind: usualScopeKind[firstRole], codes: [] }, password: '', person: null };
}

/** The edit form's starting point: the account as listed (a wall display is no account and is never edited). */
export function draftOf(u: Account): AccountDraft {
  return { username: u.username, displayName: u.displayName, role: u.role, scope: { kind: u.scopeKind, codes: [...u.scopeCodes] }, password: '', person: u.person };
}

/** The kinds of jurisdiction a role may hold: an administrator's is the whole district (the server refuses others). */
export function scopeKindsFor(role: AccountRole): readonly ScopeKind[] {
  return role === 'admin' ? ['district'] : scopeKinds;
}

/** Another kind of jurisdiction: the codes chosen were of the old kind, so they go. */
export function withScopeKind(draft: AccountDraft, kind: ScopeKind): AccountDraft {
  if (kind === draft.scope.kind) return draft;
  return { ...draft, scope: { kind, codes: [] } };
}

/**
 * Another role proposes its usual kind of jurisdiction (usualScopeKind); the administrator may pick another after.
 * A role that takes another kind of staff record (staffKindFor: an officer's is a police officer's) lets the chosen one go.
 */
export function withRole(draft: AccountDraft, role: AccountRole): AccountDraft {
  const person = staffKindFor(role) === staffKindFor(draft.role) ? draft.person : null;
  return withScopeKind({ ...draft, role, person }, usualScopeKind[role]);
}

export function withCodeToggled(draft: AccountDraft, code: string): AccountDraft {
  const codes = draft.scope.codes.includes(code) ? draft.scope.codes.filter((c) => c !== code) : [...draft.scope.codes, code];
  return { ...draft, scope: { ...draft.scope, codes } };
}

export function toNewAccount(draft: AccountDraft): NewAccount {
  return { username: draft.username.trim(), displayName: draft.displayName.trim(), role: draft.role, scope: draft.scope, password: draft.password, personId: draft.person?.id ?? null };
}

function sameScope(a: AccountScope, b: AccountScope): boolean {
  if (a.kind !== b.kind || a.codes.length !== b.codes.length) return false;
  const before = new Set(a.codes);
  return b.codes.every((c) => before.has(c));
}

/**
 * What the edit form changed, as PATCH /api/admin/users/:username takes it; null when nothing changed. A role and
 * a jurisdiction go together (the server checks one against the other, e.g. an administrator's is the district),
 * so either changed sends both. The order of the codes is no change. An unlinked staff record is sent as null.
 */
export function accountChanges(before: AccountDraft, after: AccountDraft): AccountChange | null {
  const change: AccountChange = {};
  const displayName = after.displayName.trim();
  if (displayName !== before.displayName) change.displayName = displayName;
  if (after.role !== before.role || !sameScope(before.scope, after.scope)) {
    change.role = after.role;
    change.scope = after.scope;
  }
  const personId = after.person?.id ?? null;
  if (personId !== (before.person?.id ?? null)) change.personId = personId;
  return Object.keys(change).length > 0 ? change : null;
}

/** The places whose name (or code) holds the typed text; empty text keeps them all, in the server's order. */
export function filterPlaces(places: readonly ScopePlace[], text: string): ScopePlace[] {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return [...places];
  return places.filter((p) => p.name.toLowerCase().includes(wanted) || p.code.toLowerCase().includes(wanted));
}

/** The chosen codes by name, in the list's order; a code no listed place has (an old plan's grid) stays as its code. */
export function namesOfCodes(codes: readonly string[], places: readonly ScopePlace[]): string[] {
  const nameOf = new Map(places.map((p) => [p.code, p.name]));
  const listed = places.filter((p) => codes.includes(p.code)).map((p) => p.name);
  return [...listed, ...codes.filter((c) => !nameOf.has(c))];
}
