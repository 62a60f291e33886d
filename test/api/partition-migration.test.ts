import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../server/db/describe-error';
import { queryRows } from '../../server/db/engine';
import { listMonthPartitions } from '../../server/db/repos/partitions.repo';
import { migrationsBefore, migrationsFolder } from '../support/migrate-until';
import { openMigratedDatabase, type MigratedDatabase } from '../support/migrated-database';

let m: MigratedDatabase;
const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(m.db, q);

// A database as it was before migration 0011, holding rows, is migrated the rest of the way.
beforeAll(async () => {
  m = await openMigratedDatabase('partsmig', migrationsBefore('0011_time_partitions'));
  await m.db.execute(sql`INSERT INTO incident_categories VALUES ('theft', '盗窃', 'theft', 'property')`);
  await m.db.execute(sql`INSERT INTO incidents (occurred_at, category_code, source, geom)
    SELECT '2024-01-05T10:00:00+08:00'::timestamptz + g * interval '9 days', 'theft', 'call', ST_SetSRID(ST_MakePoint(107.5, 31.2), 4326) FROM generate_series(0, 39) g`);
  await m.db.execute(sql`INSERT INTO live_events (kind, payload) VALUES ('a', '{}'), ('b', '{}')`);
  await m.db.execute(sql`INSERT INTO audit_log (at, method, route, action, records, outcome, status)
    VALUES ('2023-06-02T09:00:00+08:00', 'GET', '/api/a', 'read', '[]', 'ok', 200), (now(), 'POST', '/api/b', 'write', '[]', 'ok', 200)`);
  await m.migrate(migrationsFolder);
});
afterAll(() => m.close());

describe('migration 0011 on a database with rows', () => {
  it('keeps every row with its id, in its month’s partition, none in the default', async () => {
    const [inc] = await rows<{ n: number; max: number }>(sql`SELECT count(*)::int AS n, max(id)::int AS max FROM incidents`);
    expect(inc).toEqual({ n: 40, max: 40 });
    const [def] = await rows<{ n: number }>(sql`SELECT (SELECT count(*) FROM incidents_default) + (SELECT count(*) FROM audit_log_default) + (SELECT count(*) FROM live_events_default) AS n`);
    expect(Number(def.n)).toBe(0);
    const [jan] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM incidents_2024_01`);
    expect(jan.n).toBe(3); // 5, 14 and 23 January
    const [audit] = await rows<{ routes: string[] }>(sql`SELECT array_agg(route ORDER BY id) AS routes FROM audit_log`);
    expect(audit.routes).toEqual(['/api/a', '/api/b']);
  });

  it('makes a partition for every month from the oldest row to three months ahead', async () => {
    const months = await listMonthPartitions(m.db, 'incidents');
    expect(months[0]).toEqual({ year: 2024, month: 1 });
    expect((await listMonthPartitions(m.db, 'audit_log'))[0]).toEqual({ year: 2023, month: 6 });
  });

  it('continues each identity after the old rows', async () => {
    const [inc] = await rows<{ id: number }>(sql`INSERT INTO incidents (occurred_at, category_code, source, geom)
      VALUES (now(), 'theft', 'call', ST_SetSRID(ST_MakePoint(107.5, 31.2), 4326)) RETURNING id`);
    expect(Number(inc.id)).toBe(41);
    const [ev] = await rows<{ id: number }>(sql`INSERT INTO live_events (kind, payload) VALUES ('c', '{}') RETURNING id`);
    expect(Number(ev.id)).toBe(3);
    const [au] = await rows<{ id: number }>(sql`INSERT INTO audit_log (method, route, action, records, outcome, status) VALUES ('GET', '/api/c', 'read', '[]', 'ok', 200) RETURNING id`);
    expect(Number(au.id)).toBe(3);
  });

  it('keeps the audit log append-only', async () => {
    for (const change of [sql`DELETE FROM audit_log`, sql`UPDATE audit_log SET route = 'x'`, sql`TRUNCATE audit_log`, sql`TRUNCATE audit_log_2023_06`]) {
      expect(await m.db.execute(change).then(() => null, (err: unknown) => describeError(err))).toMatch(/append-only/);
    }
    const [n] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log`);
    expect(n.n).toBe(3);
  });
});
