import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The outbox of live updates: each row is one event for the wall (a new incident, …). NOTIFY carries
 * only its id; a client that reconnects replays the rows after its Last-Event-ID. Payloads hold no
 * personal data, since the wall display receives them. Partitioned by month of `at` (migration 0011): old months
 * are dropped whole (LIVE_EVENTS_RETENTION_DAYS), so the key (id, at) holds the partition column.
 */
export const liveEvents = pgTable(
  'live_events',
  {
    id: bigint('id', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
  },
  (t) => [primaryKey({ name: 'live_events_pkey', columns: [t.id, t.at] }), index('live_events_at_idx').on(t.at)],
);
