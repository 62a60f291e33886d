import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../server/db/engine';
import { readWallSummary } from '../../server/db/repos/wall.repo';
import { migrationsBefore, migrationsFolder } from '../support/migrate-until';
import { openMigratedDatabase, type MigratedDatabase } from '../support/migrated-database';

type Row = { occurred: string; recorded: string | null; read_as: string; ctid: string };

// Three incidents from before migration 0015, in a month's partition and in the default one; the live outbox still
// holds the event of the one entered the morning after it happened (a late report).
async function fillBefore0015(db: MigratedDatabase['db']) {
  await db.execute(sql`INSERT INTO incident_categories VALUES ('theft', '盗窃', 'theft', 'property')`);
  await db.execute(sql`INSERT INTO incidents (occurred_at, category_code, source, geom)
    SELECT t, 'theft', 'call', ST_SetSRID(ST_MakePoint(107.5, 31.2), 4326)
    FROM unnest(ARRAY['2024-01-05T10:00:00+08:00', '2024-01-05T23:50:00+08:00']::timestamptz[] || ARRAY[date_trunc('minute', now()) - interval '2 hours']) t`);
  await db.execute(sql`INSERT INTO live_events (at, kind, payload)
    SELECT '2024-01-06T09:00:00+08:00', 'incident', jsonb_build_object('id', id, 'occurredAt', to_json(occurred_at)#>>'{}')
    FROM incidents WHERE occurred_at = '2024-01-05T23:50:00+08:00'`);
}

const incidentRows = (m: MigratedDatabase) =>
  queryRows<Row>(m.db, sql`SELECT to_json(occurred_at)#>>'{}' AS occurred, to_json(recorded_at)#>>'{}' AS recorded,
    to_json(COALESCE(recorded_at, occurred_at))#>>'{}' AS read_as, ctid::text AS ctid FROM incidents ORDER BY occurred_at`);
const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso));
const lateReportAt = Date.parse('2024-01-06T09:00:00+08:00');

describe('migrations 0015–0016 on a database with incidents', () => {
  let m: MigratedDatabase;
  let before: { occurred: string; ctid: string }[];
  beforeAll(async () => {
    m = await openMigratedDatabase('recmig', migrationsBefore('0015_incident_recorded_at'));
    await fillBefore0015(m.db);
    before = await queryRows(m.db, sql`SELECT to_json(occurred_at)#>>'{}' AS occurred, ctid::text AS ctid FROM incidents ORDER BY occurred_at`);
    await m.migrate(migrationsFolder);
  });
  afterAll(() => m.close());

  it('leaves the entry time of the incidents already there unknown, and they read as entered when they happened', async () => {
    const rows = await incidentRows(m);
    expect(rows.map((r) => ms(r.recorded))).toEqual([null, lateReportAt, null]);
    expect(rows.map((r) => ms(r.read_as))).toEqual([ms(rows[0].occurred), lateReportAt, ms(rows[2].occurred)]);
  });

  it('rewrites only the row a kept live event dates: the others stay where they were on disk', async () => {
    const after = await incidentRows(m);
    expect(after.map((r) => r.ctid === before.find((b) => ms(b.occurred) === ms(r.occurred))!.ctid)).toEqual([true, false, true]);
  });

  it('puts the incident with no kept entry time on the wall as entered when it happened, so it is not a late report', async () => {
    const summary = await readWallSummary(m.db);
    const [recent] = await incidentRows(m).then((rows) => rows.slice(2));
    expect(summary.recent.map((r) => [ms(r.occurredAt), ms(r.recordedAt)])).toEqual([[ms(recent.occurred), ms(recent.occurred)]]);
  });

  it('records a new incident at the time it is written, whatever time it says it happened', async () => {
    const [inc] = await queryRows<{ recorded_s: number; now_s: number }>(m.db, sql`INSERT INTO incidents (occurred_at, category_code, source, geom)
      VALUES ('2024-02-01T08:00:00+08:00', 'theft', 'call', ST_SetSRID(ST_MakePoint(107.5, 31.2), 4326))
      RETURNING extract(epoch FROM recorded_at)::float8 AS recorded_s, extract(epoch FROM now())::float8 AS now_s`);
    expect(Number(inc.recorded_s)).toBe(Number(inc.now_s));
  });
});

// What migration 0015 was before it stopped back-filling: a database that ran it has every older incident dated
// by its occurred_at and the column NOT NULL.
const former0015 = `ALTER TABLE "incidents" ADD COLUMN "recorded_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
UPDATE "incidents" SET "recorded_at" = "occurred_at";`;

describe('migration 0016 on a database that ran the former 0015', () => {
  let m: MigratedDatabase;
  beforeAll(async () => {
    m = await openMigratedDatabase('recmig16', migrationsBefore('0015_incident_recorded_at'));
    await fillBefore0015(m.db);
    const through0015 = migrationsBefore('0016_incident_recorded_at_unknown');
    writeFileSync(join(through0015, '0015_incident_recorded_at.sql'), former0015);
    await m.migrate(through0015);
    await m.migrate(migrationsFolder);
  });
  afterAll(() => m.close());

  it('ends with the same nullable column as a database migrated since', async () => {
    const [col] = await queryRows<{ is_nullable: string; column_default: string }>(m.db,
      sql`SELECT is_nullable, column_default FROM information_schema.columns WHERE table_name = 'incidents' AND column_name = 'recorded_at'`);
    expect(col).toEqual({ is_nullable: 'YES', column_default: 'now()' });
  });

  it('dates the incident a kept live event remembers by that event, and keeps the others as they were', async () => {
    const rows = await incidentRows(m);
    expect(rows.map((r) => ms(r.recorded))).toEqual([ms(rows[0].occurred), lateReportAt, ms(rows[2].occurred)]);
  });
});
