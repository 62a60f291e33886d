import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The outbox of live updates: each row is one event for the wall (a new incident, …). NOTIFY carries
 * only its id; a client that reconnects replays the rows after its Last-Event-ID. Payloads hold no
 * personal data, since the wall display receives them.
 */
export const liveEvents = pgTable(
  'live_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
  },
  (t) => [index('live_events_at_idx').on(t.at)],
);
