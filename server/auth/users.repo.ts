import { and, asc, eq, isNull, not, sql } from 'drizzle-orm';
import type { UserListing } from '../../core/contracts/admin';
import type { Role } from '../../core/contracts/auth';
import type { Db } from '../db/engine';
import { grids, people, users, wallTokens } from '../db/schema';
import { staffPlaceName } from './staff-links.repo';
import { hashToken } from './tokens';

export async function findLoginUser(db: Db, username: string): Promise<{ username: string; role: Role; passwordHash: string } | null> {
  const [u] = await db
    .select({ username: users.username, role: users.role, passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.username, username), not(users.disabled)));
  return u ?? null;
}

export async function findLiveWallToken(db: Db, token: string): Promise<{ id: string; name: string } | null> {
  const [w] = await db
    .select({ id: wallTokens.id, name: wallTokens.name })
    .from(wallTokens)
    .where(and(eq(wallTokens.tokenHash, hashToken(token)), isNull(wallTokens.revokedAt)));
  return w ?? null;
}

/** The accounts in name order (or the one named), with their scope as stored (codes); services/admin-users names the scopes. */
export async function listUsers(db: Db, username?: string): Promise<Omit<UserListing, 'jurisdiction'>[]> {
  const rows = await db
    .select({
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      scopeKind: users.scopeKind,
      scopeCodes: users.scopeCodes,
      disabled: users.disabled,
      lockedUntil: sql<string | null>`${users.lockedUntil}::text`,
      personId: people.id,
      personName: people.name,
      personPlace: staffPlaceName,
    })
    .from(users)
    .leftJoin(people, eq(people.id, users.personId))
    .leftJoin(grids, eq(grids.code, people.gridCode))
    .where(username === undefined ? undefined : eq(users.username, username))
    .orderBy(asc(users.username));
  return rows.map(({ personId, personName, personPlace, ...u }) => ({ ...u, person: personId && personName ? { id: personId, name: personName, placeName: personPlace } : null }));
}
