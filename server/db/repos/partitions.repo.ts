import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../engine';
import { inTransaction } from '../transaction';
import { monthBounds, monthOfPartition, monthsBetween, partitionName, type MonthlyTable, type YearMonth } from '../partition-months';

/*
 * Monthly partitions of incidents, live_events and audit_log (migration 0011). Made here in TypeScript rather than by
 * pg_partman, because the embedded engine (PGlite) has no pg_partman and both engines must behave alike.
 * Table names come from the MonthlyTable union and YearMonth numbers, never from user input.
 */

const partitionKey: Record<MonthlyTable, string> = { incidents: 'occurred_at', live_events: 'at', audit_log: 'at' };

/** The months that have a partition attached to `table`, oldest first (the DEFAULT partition is not one). */
export async function listMonthPartitions(db: Db, table: MonthlyTable): Promise<YearMonth[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = ${table}::regclass ORDER BY c.relname`,
  );
  return rows.map((r) => monthOfPartition(table, r.name)).filter((m): m is YearMonth => m !== null);
}

/**
 * Makes the partition of one month. Rows of that month already in the DEFAULT partition (written before the month
 * had one) would make CREATE … PARTITION OF fail, so they are moved into a new table first and that table attached:
 * one transaction, nothing lost. Returns how many rows were moved.
 */
export async function createMonthPartition(db: Db, table: MonthlyTable, month: YearMonth): Promise<number> {
  const { from, to } = monthBounds(month);
  const part = sql.raw(`"${partitionName(table, month)}"`);
  const parent = sql.raw(`"${table}"`);
  const fallback = sql.raw(`"${table}_default"`);
  const key = sql.raw(`"${partitionKey[table]}"`);
  return inTransaction(db, async (t) => {
    const [waiting] = await queryRows<{ n: number }>(t, sql`SELECT count(*)::int AS n FROM ${fallback} WHERE ${key} >= ${from}::timestamptz AND ${key} < ${to}::timestamptz`);
    if (Number(waiting.n) === 0) {
      await t.execute(sql`CREATE TABLE ${part} PARTITION OF ${parent} FOR VALUES FROM (${sql.raw(`'${from}'`)}) TO (${sql.raw(`'${to}'`)})`);
    } else {
      await t.execute(sql`CREATE TABLE ${part} (LIKE ${parent} INCLUDING DEFAULTS)`);
      // The audit trail's rows move, they are not removed: the append-only trigger of the default partition is
      // set aside only inside this transaction, and the counts are compared before it commits.
      if (table === 'audit_log') await t.execute(sql`ALTER TABLE ${fallback} DISABLE TRIGGER USER`);
      await t.execute(sql`WITH moved AS (DELETE FROM ${fallback} WHERE ${key} >= ${from}::timestamptz AND ${key} < ${to}::timestamptz RETURNING *)
        INSERT INTO ${part} SELECT * FROM moved`);
      if (table === 'audit_log') await t.execute(sql`ALTER TABLE ${fallback} ENABLE TRIGGER USER`);
      const [moved] = await queryRows<{ n: number }>(t, sql`SELECT count(*)::int AS n FROM ${part}`);
      if (Number(moved.n) !== Number(waiting.n)) throw new Error(`moving ${table} rows of ${month.year}-${month.month} out of the default partition lost rows`);
      await t.execute(sql`ALTER TABLE ${parent} ATTACH PARTITION ${part} FOR VALUES FROM (${sql.raw(`'${from}'`)}) TO (${sql.raw(`'${to}'`)})`);
    }
    if (table === 'audit_log') await guardAuditTable(t, partitionName(table, month));
    return Number(waiting.n);
  });
}

/**
 * TRUNCATE of one partition does not fire the parent's statement trigger, and a detached partition loses the row
 * trigger it inherited: each audit table gets both of its own, so no month of the trail can be changed or emptied.
 */
async function guardAuditTable(t: Db, name: string) {
  const table = sql.raw(`"${name}"`);
  const [has] = await queryRows<{ n: number }>(t, sql`SELECT count(*)::int AS n FROM pg_trigger WHERE tgrelid = ${name}::regclass AND tgname = 'audit_log_no_truncate'`);
  if (Number(has.n) === 0) {
    await t.execute(sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION audit_log_reject_change()`);
  }
}

export interface EnsuredMonths {
  table: MonthlyTable;
  created: YearMonth[];
  /** Rows moved out of the DEFAULT partition into the months just made. */
  movedRows: number;
}

/** Creates every month from `first` to `last` (both included) that `table` has no partition for yet. */
export async function ensureMonthPartitions(db: Db, table: MonthlyTable, first: YearMonth, last: YearMonth): Promise<EnsuredMonths> {
  const have = new Set((await listMonthPartitions(db, table)).map((m) => m.year * 12 + m.month));
  const created: YearMonth[] = [];
  let movedRows = 0;
  for (const m of monthsBetween(first, last)) {
    if (have.has(m.year * 12 + m.month)) continue;
    movedRows += await createMonthPartition(db, table, m);
    created.push(m);
  }
  return { table, created, movedRows };
}

/** Drops a month of live events whole (retention): never row by row. */
export async function dropLiveEventsMonth(db: Db, month: YearMonth): Promise<void> {
  const part = sql.raw(`"${partitionName('live_events', month)}"`);
  await inTransaction(db, async (t) => {
    await t.execute(sql`ALTER TABLE "live_events" DETACH PARTITION ${part}`);
    await t.execute(sql`DROP TABLE ${part}`);
  });
}

/** Live-event rows in the DEFAULT partition older than `before`: retention cannot drop those by partition. */
export async function countDefaultLiveEventsBefore(db: Db, before: Date): Promise<number> {
  const [r] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM "live_events_default" WHERE "at" < ${before.toISOString()}::timestamptz`);
  return Number(r.n);
}

/**
 * Detaches an audit month from audit_log and keeps it as audit_log_archive_YYYY_MM, still append-only: the trail is
 * never deleted. Returns the archive table's name.
 */
export async function detachAuditMonth(db: Db, month: YearMonth): Promise<string> {
  const name = partitionName('audit_log', month);
  const archive = archiveTableName(month);
  await inTransaction(db, async (t) => {
    await t.execute(sql`ALTER TABLE "audit_log" DETACH PARTITION ${sql.raw(`"${name}"`)}`);
    await t.execute(sql`ALTER TABLE ${sql.raw(`"${name}"`)} RENAME TO ${sql.raw(`"${archive}"`)}`);
    await t.execute(sql`CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON ${sql.raw(`"${archive}"`)}
      FOR EACH ROW EXECUTE FUNCTION audit_log_reject_change()`);
    await guardAuditTable(t, archive);
  });
  return archive;
}

export function archiveTableName(month: YearMonth): string {
  return `audit_log_archive_${month.year}_${String(month.month).padStart(2, '0')}`;
}

/**
 * One page of an audit month's rows as JSON text (row_to_json, alike on both engines), in id order after `afterId`:
 * the archive file is written a page at a time, so a busy month does not have to fit in memory.
 */
export async function readAuditPage(db: Db, tableName: string, afterId: number, limit: number): Promise<{ id: number; line: string }[]> {
  const table = sql.raw(`"${tableName.replace(/"/g, '')}"`);
  const rows = await queryRows<{ id: number | string; line: string }>(
    db,
    sql`SELECT a."id" AS id, row_to_json(a)::text AS line FROM ${table} a WHERE a."id" > ${afterId} ORDER BY a."id" LIMIT ${limit}`,
  );
  return rows.map((r) => ({ id: Number(r.id), line: r.line }));
}
