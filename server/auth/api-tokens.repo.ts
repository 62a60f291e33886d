import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { ApiTokenListing } from '../../core/contracts/admin';
import type { Role, Scope } from '../../core/contracts/auth';
import { queryRows, type Db } from '../db/engine';
import { authorNameOf } from '../db/repos/author-name-sql';
import { apiTokens, users } from '../db/schema';
import type { SessionUser } from './sessions.repo';
import { hashToken, newToken } from './tokens';

/**
 * Issues a machine token reading as `username` for `expiresInDays` days; the token itself is returned once and only
 * its hash is kept. null when there is no such account.
 */
export async function issueApiToken(
  db: Db,
  t: { name: string; username: string; expiresInDays: number; createdBy: string },
): Promise<{ id: string; token: string; expiresAt: string } | null> {
  const [account] = await db.select({ username: users.username }).from(users).where(eq(users.username, t.username));
  if (!account) return null;
  const id = randomUUID();
  const token = newToken();
  const [row] = await db
    .insert(apiTokens)
    .values({
      id, name: t.name, username: t.username, tokenHash: hashToken(token), createdBy: t.createdBy,
      expiresAt: sql`now() + make_interval(days => ${t.expiresInDays})`,
    })
    .returning({ expiresAt: sql<string>`${apiTokens.expiresAt}::text` });
  return { id, token, expiresAt: new Date(row.expiresAt).toISOString() };
}

/** Revokes a token; false when there is no such live token. */
export async function revokeApiToken(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

export async function listApiTokens(db: Db): Promise<ApiTokenListing[]> {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      username: apiTokens.username,
      createdBy: apiTokens.createdBy,
      createdByName: authorNameOf(apiTokens.createdBy),
      // Postgres's own text form, as the wall tokens' listing gives it.
      createdAt: sql<string>`${apiTokens.createdAt}::text`,
      expiresAt: sql<string>`${apiTokens.expiresAt}::text`,
      revokedAt: sql<string | null>`${apiTokens.revokedAt}::text`,
      lastUsedAt: sql<string | null>`${apiTokens.lastUsedAt}::text`,
    })
    .from(apiTokens)
    .orderBy(desc(apiTokens.createdAt));
}

/** Why a Bearer token opens nothing: the caller is told which, so a script's owner knows what to fix. */
export type ApiTokenRefusal = 'unknown' | 'revoked' | 'expired' | 'disabled';

export type ApiTokenCheck = { ok: true; tokenId: string; user: SessionUser } | { ok: false; refusal: ApiTokenRefusal };

/**
 * The account a Bearer token reads as, with its role and scope as they are now. last_used_at is written at most once
 * a minute per token, so a busy script costs one read a request rather than a write.
 */
export async function checkApiToken(db: Db, token: string): Promise<ApiTokenCheck> {
  const tokenHash = hashToken(token);
  const [row] = await queryRows<{
    id: string; username: string; display_name: string | null; role: Role | null; scope_kind: Scope['kind'] | null;
    scope_codes: string[] | string | null; disabled: boolean | null; expires_at: string; revoked: boolean; expired: boolean; stale: boolean;
  }>(
    db,
    sql`SELECT ${apiTokens.id}, ${apiTokens.username}, ${users.displayName} AS display_name, ${users.role},
          ${users.scopeKind} AS scope_kind, ${users.scopeCodes} AS scope_codes, ${users.disabled},
          ${apiTokens.expiresAt}::text AS expires_at, ${apiTokens.revokedAt} IS NOT NULL AS revoked,
          ${apiTokens.expiresAt} <= now() AS expired,
          (${apiTokens.lastUsedAt} IS NULL OR ${apiTokens.lastUsedAt} < now() - interval '1 minute') AS stale
        FROM ${apiTokens} LEFT JOIN ${users} ON ${users.username} = ${apiTokens.username}
        WHERE ${apiTokens.tokenHash} = ${tokenHash}`,
  );
  if (!row) return { ok: false, refusal: 'unknown' };
  if (row.revoked) return { ok: false, refusal: 'revoked' };
  if (row.expired) return { ok: false, refusal: 'expired' };
  // An account removed since the token was issued is as good as disabled.
  if (row.disabled !== false || !row.role || !row.scope_kind || row.scope_codes === null) return { ok: false, refusal: 'disabled' };
  if (row.stale) await db.update(apiTokens).set({ lastUsedAt: sql`now()` }).where(eq(apiTokens.id, row.id));
  const codes = typeof row.scope_codes === 'string' ? (JSON.parse(row.scope_codes) as string[]) : row.scope_codes;
  const expiresAt = new Date(row.expires_at).toISOString();
  return {
    ok: true,
    tokenId: row.id,
    user: {
      username: row.username, displayName: row.display_name ?? row.username, role: row.role, scope: { kind: row.scope_kind, codes },
      // A Bearer request is not subject to CSRF (no browser attaches it), so none is ever compared against this one.
      csrfToken: '', idleExpiresAt: expiresAt, absoluteExpiresAt: expiresAt, tokenHash,
      // A machine token does not sign in with the password, so a password waiting to be changed does not hold it up.
      mustChangePassword: false,
    },
  };
}
