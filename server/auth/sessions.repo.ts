import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Role, Scope } from '../../core/contracts/auth';
import { queryRows, type Db } from '../db/engine';
import { sessions, users, wallTokens } from '../db/schema';
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
  /** The password is one an administrator set (a first one or a reset): the holder changes it before anything else. */
  mustChangePassword: boolean;
}

// The SQL's own short names, so its joins read as they did.
const sn = alias(sessions, 's');
const ua = alias(users, 'u');
const wt = alias(wallTokens, 'w');

/** Opens a session; returns the cookie value (only its hash is stored). */
export async function createSession(
  db: Db,
  s: { username: string; role: Role; ip: string; userAgent: string; maxHours: number; wallTokenId?: string },
): Promise<string> {
  const token = newToken();
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    username: s.username,
    role: s.role,
    csrfToken: newToken(),
    absoluteExpiresAt: sql`now() + make_interval(hours => ${s.maxHours})`,
    wallTokenId: s.wallTokenId ?? null,
    ip: s.ip,
    userAgent: s.userAgent.slice(0, 300),
  });
  return token;
}

/** A session is alive while neither idle too long nor past its lifetime, its user enabled and its wall token not revoked. */
function aliveSql(policy: SessionPolicy) {
  return sql`(${sn.lastSeenAt} > now() - make_interval(mins => ${policy.idleMinutes}) AND ${sn.absoluteExpiresAt} > now()
            AND (${ua.username} IS NULL OR NOT ${ua.disabled}) AND (${sn.wallTokenId} IS NULL OR ${wt.revokedAt} IS NULL)
            AND (${ua.username} IS NOT NULL OR ${wt.id} IS NOT NULL))`;
}

const sessionsWithHolders = sql`FROM ${sessions} ${sn}
        LEFT JOIN ${users} ${ua} ON ${ua.username} = ${sn.username} AND ${sn.wallTokenId} IS NULL
        LEFT JOIN ${wallTokens} ${wt} ON ${wt.id} = ${sn.wallTokenId}`;

// The idle expiry slides at most this often: an update (and its WAL flush) on every request was one write per read
// under load (issue 15), and an idle limit of minutes does not need a precision of seconds.
const touchEverySeconds = 30;

/**
 * The live session of a cookie, sliding its idle expiry; null when unknown, idle too long, past its
 * absolute lifetime, its user disabled, or its wall token revoked. Expired rows are removed on sight.
 */
export async function touchSession(db: Db, token: string, policy: SessionPolicy): Promise<SessionUser | null> {
  const tokenHash = hashToken(token);
  const [row] = await queryRows<{
    username: string; display_name: string; role: Role; scope_kind: Scope['kind']; scope_codes: string[] | string;
    csrf_token: string; idle_expires_at: string; absolute_expires_at: string; alive: boolean; stale: boolean; must_change_password: boolean;
  }>(
    db,
    sql`SELECT ${sn.username}, COALESCE(${ua.displayName}, ${wt.name}) AS display_name, ${sn.role},
          COALESCE(${ua.scopeKind}, 'district') AS scope_kind, COALESCE(${ua.scopeCodes}, '[]'::jsonb) AS scope_codes, ${sn.csrfToken},
          COALESCE(${ua.mustChangePassword}, false) AS must_change_password,
          (now() + make_interval(mins => ${policy.idleMinutes}))::text AS idle_expires_at, ${sn.absoluteExpiresAt}::text AS absolute_expires_at,
          ${aliveSql(policy)} AS alive,
          ${sn.lastSeenAt} < now() - make_interval(secs => ${touchEverySeconds}) AS stale
        ${sessionsWithHolders}
        WHERE ${sn.tokenHash} = ${tokenHash}`,
  );
  if (!row) return null;
  if (!row.alive) {
    await endSession(db, token);
    return null;
  }
  if (row.stale) await db.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.tokenHash, tokenHash));
  const codes = typeof row.scope_codes === 'string' ? (JSON.parse(row.scope_codes) as string[]) : row.scope_codes;
  return {
    username: row.username, displayName: row.display_name, role: row.role, scope: { kind: row.scope_kind, codes },
    csrfToken: row.csrf_token, idleExpiresAt: new Date(row.idle_expires_at).toISOString(),
    absoluteExpiresAt: new Date(row.absolute_expires_at).toISOString(), tokenHash, mustChangePassword: row.must_change_password,
  };
}

/**
 * Whether the session with this token hash is still alive, without sliding its idle expiry: an open live stream
 * re-checks with it, and a stream alone must not keep a session from idling out.
 */
export async function sessionIsAlive(db: Db, tokenHash: string, policy: SessionPolicy): Promise<boolean> {
  const [row] = await queryRows<{ alive: boolean }>(db, sql`SELECT ${aliveSql(policy)} AS alive ${sessionsWithHolders} WHERE ${sn.tokenHash} = ${tokenHash}`);
  return row?.alive === true;
}

export async function endSession(db: Db, token: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}
