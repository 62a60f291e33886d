import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../server/db/describe-error';
import { queryRows, type Db } from '../../server/db/engine';
import { listMonthPartitions } from '../../server/db/repos/partitions.repo';
import { AuditArchiveError, archiveAuditBefore, archiveAuditMonth } from '../../server/services/audit-archive.service';
import { dropExpiredLiveEvents, ensureMonthPartitions, ensurePartitionsAhead } from '../../server/services/partition-maintenance.service';
import { monthOf } from '../../server/db/partition-months';
import { openMigratedDatabase, type MigratedDatabase } from '../support/migrated-database';

let m: MigratedDatabase;
let db: Db;
const count = async (table: string, where = sql``) => Number((await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${sql.raw(`"${table}"`)} ${where}`))[0].n);

async function addIncident(occurredAt: string): Promise<number> {
  const [r] = await queryRows<{ id: number }>(
    db,
    sql`INSERT INTO incidents (occurred_at, category_code, source, geom) VALUES (${occurredAt}::timestamptz, 'theft', 'call', ST_SetSRID(ST_MakePoint(107.5, 31.2), 4326)) RETURNING id`,
  );
  return Number(r.id);
}

async function addAudit(at: string) {
  await db.execute(sql`INSERT INTO audit_log (at, method, route, action, records, outcome, status) VALUES (${at}::timestamptz, 'GET', '/api/x', 'read', '[]', 'ok', 200)`);
}

async function explain(query: string): Promise<string> {
  const rows = await queryRows<Record<string, string>>(db, sql.raw(`EXPLAIN ${query}`));
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

beforeAll(async () => {
  m = await openMigratedDatabase('parts');
  db = m.db;
  await db.execute(sql`INSERT INTO incident_categories VALUES ('theft', '盗窃', 'theft', 'property')`);
});
afterAll(() => m.close());

describe('time partitions (issue 15)', () => {
  it('a fresh database has the current month and three ahead for each table, besides a default partition', async () => {
    const current = monthOf(new Date());
    for (const table of ['incidents', 'live_events', 'audit_log'] as const) {
      const months = await listMonthPartitions(db, table);
      expect(months[0]).toEqual(current);
      expect(months).toHaveLength(4);
    }
    expect((await ensurePartitionsAhead(db)).every((e) => e.created.length === 0)).toBe(true);
  });

  it('a month-range query on incidents reads only that month’s partition', async () => {
    await ensureMonthPartitions(db, 'incidents', { year: 2025, month: 1 }, { year: 2025, month: 4 });
    for (const at of ['2025-01-20T10:00:00+08:00', '2025-02-20T10:00:00+08:00', '2025-03-20T10:00:00+08:00', '2025-04-20T10:00:00+08:00']) await addIncident(at);
    const plan = await explain(`SELECT count(*) FROM incidents WHERE occurred_at >= '2025-03-01 00:00:00+08' AND occurred_at < '2025-04-01 00:00:00+08'`);
    expect(plan).toContain('incidents_2025_03');
    expect(plan).not.toMatch(/incidents_2025_0[124]|incidents_default/);
  });

  it('an incident of a month without a partition is written to the default and moved out when its month is made', async () => {
    const id = await addIncident('2019-05-10T08:00:00+08:00');
    expect(await count('incidents_default')).toBe(1);
    const made = await ensureMonthPartitions(db, 'incidents', { year: 2019, month: 5 }, { year: 2019, month: 5 });
    expect(made.movedRows).toBe(1);
    expect(await count('incidents_default')).toBe(0);
    expect(await count('incidents_2019_05', sql`WHERE id = ${id}`)).toBe(1);
  });

  it('an audit row waiting in the default partition is moved into its new month, and the default stays append-only', async () => {
    await addAudit('2018-02-10T09:00:00+08:00');
    const made = await ensureMonthPartitions(db, 'audit_log', { year: 2018, month: 2 }, { year: 2018, month: 2 });
    expect(made.movedRows).toBe(1);
    expect(await count('audit_log_2018_02')).toBe(1);
    expect(await count('audit_log_default')).toBe(0);
    await addAudit('2017-01-10T09:00:00+08:00');
    for (const table of ['audit_log_default', 'audit_log_2018_02']) {
      const refusal = await db.execute(sql`DELETE FROM ${sql.raw(`"${table}"`)}`).then(() => null, (err: unknown) => describeError(err));
      expect(refusal, table).toMatch(/append-only/);
      const truncate = await db.execute(sql`TRUNCATE ${sql.raw(`"${table}"`)}`).then(() => null, (err: unknown) => describeError(err));
      expect(truncate, table).toMatch(/append-only/);
    }
  });

  it('retention drops live-event months that ended before the window and keeps recent events', async () => {
    await ensureMonthPartitions(db, 'live_events', { year: 2020, month: 1 }, { year: 2020, month: 2 });
    await db.execute(sql`INSERT INTO live_events (at, kind, payload) VALUES ('2020-01-15T10:00:00+08:00', 'test', '{}'), ('2020-02-15T10:00:00+08:00', 'test', '{}'), (now(), 'test', '{}')`);
    const r = await dropExpiredLiveEvents(db, 30);
    expect(r.dropped).toEqual([{ year: 2020, month: 1 }, { year: 2020, month: 2 }]);
    expect(await count('live_events')).toBe(1);
    expect(await count('live_events', sql`WHERE at > now() - interval '1 day'`)).toBe(1);
    expect((await listMonthPartitions(db, 'live_events'))[0]).toEqual(monthOf(new Date()));
  });

  it('archiving an audit month writes its rows and sha256, detaches it, and keeps its rows readable', async () => {
    await ensureMonthPartitions(db, 'audit_log', { year: 2021, month: 3 }, { year: 2021, month: 3 });
    for (const at of ['2021-03-01T00:00:00+08:00', '2021-03-15T12:00:00+08:00', '2021-03-31T23:59:00+08:00']) await addAudit(at);
    const dir = mkdtempSync(join(tmpdir(), 'jingwang-audit-archive-'));
    const a = await archiveAuditMonth(db, { year: 2021, month: 3 }, dir);
    const bytes = readFileSync(a.file);
    const lines = gunzipSync(bytes).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as { route: string; at: string });
    expect(lines).toHaveLength(3);
    expect(lines.every((l) => l.route === '/api/x')).toBe(true);
    expect(readFileSync(`${a.file}.sha256`, 'utf8')).toBe(`${createHash('sha256').update(bytes).digest('hex')}  audit_log_2021_03.ndjson.gz\n`);
    expect(a).toMatchObject({ rows: 3, table: 'audit_log_archive_2021_03' });
    expect(await listMonthPartitions(db, 'audit_log')).not.toContainEqual({ year: 2021, month: 3 });
    expect(await count('audit_log', sql`WHERE at >= '2021-03-01 00:00:00+08' AND at < '2021-04-01 00:00:00+08'`)).toBe(0);
    expect(await count('audit_log_archive_2021_03')).toBe(3);
  });

  it('refuses to archive a month that has no attached partition, and a month inside the online window', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jingwang-audit-archive-'));
    await expect(archiveAuditMonth(db, { year: 2021, month: 3 }, dir)).rejects.toThrow(AuditArchiveError);
    await expect(archiveAuditBefore(db, monthOf(new Date()), dir, 24)).rejects.toThrow(/24/);
  });

  it('audit rows stay append-only on the log, on a month partition and on an archive table', async () => {
    await addAudit(new Date().toISOString());
    const current = `audit_log_${monthOf(new Date()).year}_${String(monthOf(new Date()).month).padStart(2, '0')}`;
    for (const table of ['audit_log', current, 'audit_log_archive_2021_03']) {
      const t = sql.raw(`"${table}"`);
      for (const change of [sql`UPDATE ${t} SET route = 'changed'`, sql`DELETE FROM ${t}`, sql`TRUNCATE ${t}`]) {
        const refusal = await db.execute(change).then(() => null, (err: unknown) => describeError(err));
        expect(refusal, table).toMatch(/append-only/);
      }
    }
    expect(await count('audit_log_archive_2021_03')).toBe(3);
    expect(await count(current)).toBe(1);
  });
});
