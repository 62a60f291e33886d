import { asc, gt, sql } from 'drizzle-orm';
import { liveChannel, type LiveEvent } from '../../core/contracts/live';
import type { Db } from '../db/engine';
import { liveEvents } from '../db/schema';

/** Appends an event and NOTIFYs its id; inside the caller's transaction, so both happen or neither. */
export async function appendLiveEvent<K extends LiveEvent['kind']>(db: Db, kind: K, payload: Extract<LiveEvent, { kind: K }>['payload']): Promise<number> {
  const [row] = await db.insert(liveEvents).values({ kind, payload }).returning({ id: liveEvents.id });
  await db.execute(sql`SELECT pg_notify(${liveChannel}, ${String(row.id)})`);
  return Number(row.id);
}

/** Events after `afterId`, oldest first: what a reconnecting client missed. */
export async function findLiveEventsAfter(db: Db, afterId: number, limit = 1000): Promise<LiveEvent[]> {
  const rows = await db
    .select({ id: liveEvents.id, at: liveEvents.at, kind: liveEvents.kind, payload: liveEvents.payload })
    .from(liveEvents)
    .where(gt(liveEvents.id, afterId))
    .orderBy(asc(liveEvents.id))
    .limit(limit);
  // kind and payload were written together by appendLiveEvent, which types them as one LiveEvent.
  return rows.map((r) => ({ id: Number(r.id), at: r.at.toISOString(), kind: r.kind, payload: r.payload }) as LiveEvent);
}

export async function latestLiveEventId(db: Db): Promise<number> {
  const [r] = await db.select({ id: sql<number | null>`max(${liveEvents.id})::int` }).from(liveEvents);
  return Number(r.id ?? 0);
}
