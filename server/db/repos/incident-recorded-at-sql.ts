import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * SQL: when an incident was entered. Rows entered before migration 0015 hold NULL there (nobody kept the time); they
 * count as entered when they happened, so none of them reads as a late report (补录). Every reader of recorded_at goes
 * through this, so the wall's order, its late tag and a replay's answer agree. Takes the columns, not the table, so
 * that an alias of incidents works too.
 */
export const incidentRecordedAt = (t: { recordedAt: AnyColumn; occurredAt: AnyColumn }): SQL => sql`COALESCE(${t.recordedAt}, ${t.occurredAt})`;
