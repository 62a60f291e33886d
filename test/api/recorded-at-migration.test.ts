import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../server/db/engine';
import { migrationsBefore, migrationsFolder } from '../support/migrate-until';
import { openMigratedDatabase, type MigratedDatabase } from '../support/migrated-database';

let m: MigratedDatabase;
const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(m.db, q);

// A database as it was before migration 0015, holding incidents in a month's partition and in the default one, is
// migrated the rest of the way.
beforeAll(async () => {
  m = await openMigratedDatabase('recmig', migrationsBefore('0015_incident_recorded_at'));
  await m.db.execute(sql`INSERT INTO incident_categories VALUES ('theft', '盗窃', 'theft', 'property')`);
  await m.db.execute(sql`INSERT INTO incidents (occurred_at, category_code, source, geom)
    SELECT t, 'theft', 'call', ST_SetSRID(ST_MakePoint(107.5, 31.2), 4326)
    FROM unnest(ARRAY['2024-01-05T10:00:00+08:00', '2024-01-05T23:50:00+08:00']::timestamptz[] || ARRAY[date_trunc('minute', now()) - interval '2 hours']) t`);
  await m.migrate(migrationsFolder);
});
afterAll(() => m.close());

describe('migration 0015 on a database with incidents', () => {
  it('gives every incident already there its occurred_at as when it was recorded, so none reads as a late report', async () => {
    const found = await rows<{ n: number; same: number }>(sql`SELECT count(*)::int AS n, count(*) FILTER (WHERE recorded_at = occurred_at)::int AS same FROM incidents`);
    expect(found).toEqual([{ n: 3, same: 3 }]);
  });

  it('records a new incident at the time it is written, whatever time it says it happened', async () => {
    const [inc] = await rows<{ recorded_s: number; now_s: number }>(sql`INSERT INTO incidents (occurred_at, category_code, source, geom)
      VALUES ('2024-02-01T08:00:00+08:00', 'theft', 'call', ST_SetSRID(ST_MakePoint(107.5, 31.2), 4326))
      RETURNING extract(epoch FROM recorded_at)::float8 AS recorded_s, extract(epoch FROM now())::float8 AS now_s`);
    expect(Number(inc.recorded_s)).toBe(Number(inc.now_s));
  });
});
