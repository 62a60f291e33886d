import { sql } from 'drizzle-orm';
import { liveChannel, type LiveEvent } from '../../core/contracts/live';
import { queryRows, type Db } from '../db/engine';

/** Appends an event and NOTIFYs its id; inside the caller's transaction, so both happen or neither. */
export async function appendLiveEvent<K extends LiveEvent['kind']>(db: Db, kind: K, payload: Extract<LiveEvent, { kind: K }>['payload']): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`INSERT INTO live_events (kind, payload) VALUES (${kind}, ${JSON.stringify(payload)}::jsonb) RETURNING id::int AS id`,
  );
  await db.execute(sql`SELECT pg_notify(${liveChannel}, ${String(row.id)})`);
  return Number(row.id);
}

/** Events after `afterId`, oldest first: what a reconnecting client missed. */
export async function findLiveEventsAfter(db: Db, afterId: number, limit = 1000): Promise<LiveEvent[]> {
  const rows = await queryRows<{ id: number; at: string; kind: LiveEvent['kind']; payload: LiveEvent['payload'] | string }>(
    db,
    sql`SELECT id::int AS id, at::text AS at, kind, payload FROM live_events WHERE id > ${afterId} ORDER BY id LIMIT ${limit}`,
  );
  return rows.map(
    (r) =>
      ({
        id: Number(r.id),
        at: new Date(r.at).toISOString(),
        kind: r.kind,
        payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload,
      }) as LiveEvent,
  );
}

export async function latestLiveEventId(db: Db): Promise<number> {
  const [r] = await queryRows<{ id: number | null }>(db, sql`SELECT max(id)::int AS id FROM live_events`);
  return Number(r.id ?? 0);
}
