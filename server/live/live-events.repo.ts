import { asc, gt, sql } from 'drizzle-orm';
import { liveChannel, type LiveEvent } from '../../core/contracts/live';
import { queryRows, type Db } from '../db/engine';
import { liveEvents } from '../db/schema';

type PayloadOf<K extends LiveEvent['kind']> = Extract<LiveEvent, { kind: K }>['payload'];

// Readers skip every id at or below the last they delivered, so ids must become visible in the order they are
// taken. Concurrent transactions take identity values in one order and may commit in another: a reader that saw
// id 12 would never deliver an id 11 committed a moment later (issue 15 lost 2–3 % of events that way). Holding
// this transaction-scoped lock from taking the ids until commit makes every writer commit in id order.
const liveEventOrderLock = 0x4a574c45; // 'JWLE'

/**
 * Appends events and NOTIFYs once for all of them, inside the caller's transaction: written and announced together
 * or not at all. Call it last in the transaction, since it holds the ordering lock until commit.
 */
export async function appendLiveEvents<K extends LiveEvent['kind']>(db: Db, kind: K, payloads: PayloadOf<K>[]): Promise<number[]> {
  if (payloads.length === 0) return [];
  // One statement, so the lock is held for this statement and the commit only: writers queue on it, and each round
  // trip made while holding it was one more wait for every writer behind (issue 15's load run: writes p50 8 s). The
  // Sort under the insert takes the lock before the first identity value is drawn.
  const rows = await queryRows<{ id: string | number }>(
    db,
    sql`WITH ins AS (
          INSERT INTO ${liveEvents} (${sql.identifier(liveEvents.kind.name)}, ${sql.identifier(liveEvents.payload.name)})
          SELECT ${kind}, e.p
          FROM (SELECT pg_advisory_xact_lock(${liveEventOrderLock})) AS l, jsonb_array_elements(${JSON.stringify(payloads)}::jsonb) WITH ORDINALITY AS e(p, n)
          ORDER BY e.n
          RETURNING ${liveEvents.id}
        ), announced AS (SELECT pg_notify(${liveChannel}, max(id)::text) FROM ins)
        SELECT id, (SELECT count(*) FROM announced) AS notified FROM ins ORDER BY id`,
  );
  return rows.map((r) => Number(r.id));
}

export async function appendLiveEvent<K extends LiveEvent['kind']>(db: Db, kind: K, payload: PayloadOf<K>): Promise<number> {
  const [id] = await appendLiveEvents(db, kind, [payload]);
  return id;
}

/** Events after `afterId`, oldest first: what a reconnecting client missed. */
export async function findLiveEventsAfter(db: Db, afterId: number, limit = 1000): Promise<LiveEvent[]> {
  const rows = await db
    .select({ id: liveEvents.id, at: liveEvents.at, kind: liveEvents.kind, payload: liveEvents.payload })
    .from(liveEvents)
    .where(gt(liveEvents.id, afterId))
    .orderBy(asc(liveEvents.id))
    .limit(limit);
  // kind and payload were written together by appendLiveEvents, which types them as one LiveEvent.
  return rows.map((r) => ({ id: Number(r.id), at: r.at.toISOString(), kind: r.kind, payload: r.payload }) as LiveEvent);
}

export async function latestLiveEventId(db: Db): Promise<number> {
  const [r] = await db.select({ id: sql<number | null>`max(${liveEvents.id})::bigint` }).from(liveEvents);
  return Number(r.id ?? 0);
}
