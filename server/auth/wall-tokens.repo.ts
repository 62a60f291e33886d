import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { WallTokenListing } from '../../core/contracts/admin';
import type { Db } from '../db/engine';
import { authorNameOf } from '../db/repos/author-name-sql';
import { sessions, wallTokens } from '../db/schema';
import { hashToken, newToken } from './tokens';

/** Issues a wall-display token; the token itself is returned once and only its hash is kept. */
export async function issueWallToken(db: Db, name: string, createdBy: string): Promise<{ id: string; token: string }> {
  const id = randomUUID();
  const token = newToken();
  await db.insert(wallTokens).values({ id, name, tokenHash: hashToken(token), createdBy });
  return { id, token };
}

/** Revokes a token and ends the wall sessions opened with it; false when there is no such live token. */
export async function revokeWallToken(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .update(wallTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(wallTokens.id, id), isNull(wallTokens.revokedAt)))
    .returning({ id: wallTokens.id });
  await db.delete(sessions).where(eq(sessions.wallTokenId, id));
  return rows.length > 0;
}

export async function listWallTokens(db: Db): Promise<WallTokenListing[]> {
  return db
    .select({
      id: wallTokens.id,
      name: wallTokens.name,
      createdBy: wallTokens.createdBy,
      createdByName: authorNameOf(wallTokens.createdBy),
      // Postgres's own text form, as the admin view has always been given it.
      createdAt: sql<string>`${wallTokens.createdAt}::text`,
      revokedAt: sql<string | null>`${wallTokens.revokedAt}::text`,
    })
    .from(wallTokens)
    .orderBy(desc(wallTokens.createdAt));
}
