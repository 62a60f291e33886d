import type { UserListing } from '../../core/contracts/admin';
import { sql } from 'drizzle-orm';
import type { Role } from '../../core/contracts/auth';
import { queryRows, type Db } from '../db/engine';
import { hashToken } from './tokens';

export async function findLoginUser(db: Db, username: string): Promise<{ username: string; role: Role; passwordHash: string } | null> {
  const [u] = await queryRows<{ username: string; role: Role; password_hash: string }>(
    db,
    sql`SELECT username, role, password_hash FROM users WHERE username = ${username} AND NOT disabled`,
  );
  return u ? { username: u.username, role: u.role, passwordHash: u.password_hash } : null;
}

export async function findLiveWallToken(db: Db, token: string): Promise<{ id: string; name: string } | null> {
  const [w] = await queryRows<{ id: string; name: string }>(
    db,
    sql`SELECT id, name FROM wall_tokens WHERE token_hash = ${hashToken(token)} AND revoked_at IS NULL`,
  );
  return w ?? null;
}


export async function listUsers(db: Db): Promise<UserListing[]> {
  return queryRows<UserListing>(
    db,
    sql`SELECT username, display_name AS "displayName", role, scope_kind AS "scopeKind", scope_codes AS "scopeCodes",
          disabled, locked_until::text AS "lockedUntil" FROM users ORDER BY username`,
  );
}
