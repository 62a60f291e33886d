import { sql } from 'drizzle-orm';
import type { Role, Scope } from '../../core/contracts/auth';
import { queryRows, type Db } from '../db/engine';
import { hashToken, newToken } from './tokens';

export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

export interface SessionUser {
  username: string;
  displayName: string;
  role: Role;
  scope: Scope;
  csrfToken: string;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
  tokenHash: string;
}

/** Opens a session; returns the cookie value (only its hash is stored). */
export async function createSession(
  db: Db,
  s: { username: string; role: Role; ip: string; userAgent: string; maxHours: number; wallTokenId?: string },
): Promise<string> {
  const token = newToken();
  await db.execute(sql`INSERT INTO sessions (token_hash, username, role, csrf_token, absolute_expires_at, wall_token_id, ip, user_agent)
    VALUES (${hashToken(token)}, ${s.username}, ${s.role}, ${newToken()}, now() + make_interval(hours => ${s.maxHours}),
            ${s.wallTokenId ?? null}, ${s.ip}, ${s.userAgent.slice(0, 300)})`);
  return token;
}

/**
 * The live session of a cookie, sliding its idle expiry; null when unknown, idle too long, past its
 * absolute lifetime, its user disabled, or its wall token revoked. Expired rows are removed on sight.
 */
export async function touchSession(db: Db, token: string, policy: SessionPolicy): Promise<SessionUser | null> {
  const tokenHash = hashToken(token);
  const [row] = await queryRows<{
    username: string; display_name: string; role: Role; scope_kind: Scope['kind']; scope_codes: string[] | string;
    csrf_token: string; idle_expires_at: string; absolute_expires_at: string; alive: boolean;
  }>(
    db,
    sql`SELECT s.username, COALESCE(u.display_name, w.name) AS display_name, s.role,
          COALESCE(u.scope_kind, 'district') AS scope_kind, COALESCE(u.scope_codes, '[]'::jsonb) AS scope_codes, s.csrf_token,
          (now() + make_interval(mins => ${policy.idleMinutes}))::text AS idle_expires_at, s.absolute_expires_at::text,
          (s.last_seen_at > now() - make_interval(mins => ${policy.idleMinutes}) AND s.absolute_expires_at > now()
            AND (u.username IS NULL OR NOT u.disabled) AND (s.wall_token_id IS NULL OR w.revoked_at IS NULL)
            AND (u.username IS NOT NULL OR w.id IS NOT NULL)) AS alive
        FROM sessions s
        LEFT JOIN users u ON u.username = s.username AND s.wall_token_id IS NULL
        LEFT JOIN wall_tokens w ON w.id = s.wall_token_id
        WHERE s.token_hash = ${tokenHash}`,
  );
  if (!row) return null;
  if (!row.alive) {
    await endSession(db, token);
    return null;
  }
  await db.execute(sql`UPDATE sessions SET last_seen_at = now() WHERE token_hash = ${tokenHash}`);
  const codes = typeof row.scope_codes === 'string' ? (JSON.parse(row.scope_codes) as string[]) : row.scope_codes;
  return {
    username: row.username, displayName: row.display_name, role: row.role, scope: { kind: row.scope_kind, codes },
    csrfToken: row.csrf_token, idleExpiresAt: new Date(row.idle_expires_at).toISOString(),
    absoluteExpiresAt: new Date(row.absolute_expires_at).toISOString(), tokenHash,
  };
}

export async function endSession(db: Db, token: string) {
  await db.execute(sql`DELETE FROM sessions WHERE token_hash = ${hashToken(token)}`);
}
