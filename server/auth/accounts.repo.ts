import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Role, ScopeKind } from '../../core/contracts/auth';
import type { AccountScope } from '../../core/contracts/accounts';
import type { Db } from '../db/engine';
import { beats, grids, sessions, stations, streets, users } from '../db/schema';

export interface StoredAccount {
  username: string;
  role: Role;
  scopeKind: ScopeKind;
  scopeCodes: string[];
  personId: string | null;
  disabled: boolean;
  passwordHash: string;
}

// The table whose codes each kind of jurisdiction lists.
const codesOf = { street: streets, station: stations, beat: beats, grids } as const;

/** The codes of `scope` that name no street, station, beat or grid of its kind (none for the whole district). */
export async function unknownScopeCodes(db: Db, scope: AccountScope): Promise<string[]> {
  if (scope.kind === 'district') return [];
  const t = codesOf[scope.kind];
  const found = new Set((await db.select({ code: t.code }).from(t).where(inArray(t.code, scope.codes))).map((r) => r.code));
  return scope.codes.filter((c) => !found.has(c));
}

export async function findAccount(db: Db, username: string): Promise<StoredAccount | null> {
  const [u] = await db
    .select({
      username: users.username, role: users.role, scopeKind: users.scopeKind, scopeCodes: users.scopeCodes, personId: users.personId,
      disabled: users.disabled, passwordHash: users.passwordHash,
    })
    .from(users)
    .where(eq(users.username, username));
  return u ?? null;
}

/** Adds the account; false when the name is taken, or (a moment after it was checked) the staff record linked. */
export async function insertAccount(
  db: Db,
  a: { username: string; displayName: string; role: Role; scopeKind: ScopeKind; scopeCodes: string[]; personId: string | null; passwordHash: string },
): Promise<boolean> {
  // The first password is the administrator's: its holder changes it at the first sign-in.
  const inserted = await db.insert(users).values({ ...a, mustChangePassword: true }).onConflictDoNothing().returning({ username: users.username });
  return inserted.length === 1;
}

export async function updateAccount(
  db: Db,
  username: string,
  set: Partial<{
    displayName: string; role: Role; scopeKind: ScopeKind; scopeCodes: string[]; personId: string | null; disabled: boolean;
    passwordHash: string; mustChangePassword: boolean; lockedUntil: null;
  }>,
): Promise<void> {
  await db.update(users).set(set).where(eq(users.username, username));
}

/**
 * Ends the account's sessions, but for the one `keepTokenHash` names (the person changing their own password stays
 * signed in there). A session keeps the role it was opened with, so a changed role must sign in again.
 */
export async function endSessionsOf(db: Db, username: string, keepTokenHash?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(and(eq(sessions.username, username), sql`${sessions.wallTokenId} IS NULL`, keepTokenHash ? ne(sessions.tokenHash, keepTokenHash) : undefined));
}
