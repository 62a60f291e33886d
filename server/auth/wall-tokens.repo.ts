import type { WallTokenListing } from '../../core/contracts/admin';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/engine';
import { hashToken, newToken } from './tokens';


/** Issues a wall-display token; the token itself is returned once and only its hash is kept. */
export async function issueWallToken(db: Db, name: string, createdBy: string): Promise<{ id: string; token: string }> {
  const id = randomUUID();
  const token = newToken();
  await db.execute(sql`INSERT INTO wall_tokens (id, name, token_hash, created_by) VALUES (${id}, ${name}, ${hashToken(token)}, ${createdBy})`);
  return { id, token };
}

/** Revokes a token and ends the wall sessions opened with it; false when there is no such live token. */
export async function revokeWallToken(db: Db, id: string): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`UPDATE wall_tokens SET revoked_at = now() WHERE id = ${id} AND revoked_at IS NULL RETURNING id`,
  );
  await db.execute(sql`DELETE FROM sessions WHERE wall_token_id = ${id}`);
  return rows.length > 0;
}

export async function listWallTokens(db: Db): Promise<WallTokenListing[]> {
  return queryRows<WallTokenListing>(
    db,
    sql`SELECT id, name, created_by AS "createdBy", created_at::text AS "createdAt", revoked_at::text AS "revokedAt"
        FROM wall_tokens ORDER BY created_at DESC`,
  );
}
