import { sql } from 'drizzle-orm';
import { earliestScaledMs, scaledIncidents, type IncidentTemplate, type ScaleOptions } from '../../../data/generate/scale-incidents';
import { queryRows, type Db } from '../engine';
import { monthOf } from '../partition-months';
import { ensureMonthPartitions } from '../repos/partitions.repo';
import { incidentRecordedAt } from '../repos/incident-recorded-at-sql';
import { incidents } from '../schema';
import type { CopyRows } from './copy-rows';
import { insertJsonRows, type JsonColumn } from './insert-json-rows';

export interface ScaleLoad {
  rows: number;
  ms: number;
  rowsPerSecond: number;
}

/** The demo incidents the scale load copies, in id order. Run right after the demo load, when they are all there is. */
export async function readIncidentTemplates(db: Db): Promise<IncidentTemplate[]> {
  const rows = await queryRows<{ ms: string | number; category: string; source: string; grid: string | null; beat: string | null; lng: number; lat: number; recorded_ms: string | number }>(
    db,
    sql`SELECT (extract(epoch FROM occurred_at) * 1000)::bigint AS ms, category_code AS category, source, grid_code AS grid, beat_code AS beat,
          ST_X(geom) AS lng, ST_Y(geom) AS lat, (extract(epoch FROM ${incidentRecordedAt(incidents)}) * 1000)::bigint AS recorded_ms
        FROM incidents WHERE is_demo ORDER BY id`,
  );
  return rows.map((r) => ({
    occurredAtMs: Number(r.ms), categoryCode: r.category, source: r.source, gridCode: r.grid, beatCode: r.beat, lng: Number(r.lng), lat: Number(r.lat), recordedAtMs: Number(r.recorded_ms),
  }));
}

const copyColumns = ['occurred_at', 'category_code', 'source', 'grid_code', 'beat_code', 'geom', 'is_demo', 'recorded_at'] as const;

// Text COPY format: tab-separated, \N for null; codes hold no tabs or backslashes. EWKT is geometry's text input.
function copyLine(r: IncidentTemplate): string {
  return `${new Date(r.occurredAtMs).toISOString()}\t${r.categoryCode}\t${r.source}\t${r.gridCode ?? '\\N'}\t${r.beatCode ?? '\\N'}\tSRID=4326;POINT(${r.lng} ${r.lat})\tt\t${new Date(r.recordedAtMs).toISOString()}\n`;
}

function* copyChunks(rows: Iterable<IncidentTemplate>, count: { n: number }, onRows?: (n: number) => void): Generator<string> {
  let chunk: string[] = [];
  for (const r of rows) {
    chunk.push(copyLine(r));
    if (chunk.length === 20_000) {
      count.n += chunk.length;
      onRows?.(count.n);
      yield chunk.join('');
      chunk = [];
    }
  }
  count.n += chunk.length;
  if (chunk.length > 0) yield chunk.join('');
}

const insertColumns: JsonColumn[] = [
  { name: 'occurred_at', type: 'timestamptz' }, { name: 'category_code', type: 'text' }, { name: 'source', type: 'text' },
  { name: 'grid_code', type: 'text' }, { name: 'beat_code', type: 'text' }, { name: 'geom', type: 'point' }, { name: 'is_demo', type: 'bool' },
  { name: 'recorded_at', type: 'timestamptz' },
];

/**
 * Runs a bulk write with the GiST and time indexes and the two foreign keys of incidents set aside, then puts them
 * back (also when the write fails): building an index once over sorted rows, and checking a foreign key with one join,
 * beat maintaining them row by row (10 million rows by COPY took 13 min with them in place, 5½ of which were the
 * foreign-key checks queued to the statement's end). The definitions are
 * those of migrations 0000 and 0011.
 */
async function withoutSecondaryIndexes(db: Db, write: () => Promise<void>): Promise<void> {
  await db.execute(sql.raw(`ALTER TABLE "incidents" DROP CONSTRAINT IF EXISTS "incidents_category_code_incident_categories_code_fk",
    DROP CONSTRAINT IF EXISTS "incidents_grid_code_grids_code_fk"`));
  await db.execute(sql.raw('DROP INDEX IF EXISTS "incidents_geom_gist"'));
  await db.execute(sql.raw('DROP INDEX IF EXISTS "incidents_time_idx"'));
  try {
    await write();
  } finally {
    await db.execute(sql.raw('CREATE INDEX IF NOT EXISTS "incidents_geom_gist" ON "incidents" USING gist ("geom")'));
    await db.execute(sql.raw('CREATE INDEX IF NOT EXISTS "incidents_time_idx" ON "incidents" USING btree ("occurred_at")'));
    await db.execute(sql.raw(`ALTER TABLE "incidents"
      ADD CONSTRAINT "incidents_category_code_incident_categories_code_fk" FOREIGN KEY ("category_code") REFERENCES "public"."incident_categories"("code"),
      ADD CONSTRAINT "incidents_grid_code_grids_code_fk" FOREIGN KEY ("grid_code") REFERENCES "public"."grids"("code")`));
  }
}

/**
 * Adds the scaled incidents (data/generate/scale-incidents.ts) to a database just loaded with the demo: partitions
 * made first, then rows written by COPY on PostgreSQL (`copyRows`) or by 10,000-row INSERTs on PGlite, then ANALYZE,
 * so the planner knows the new sizes. Ids come from the identity, after the demo's.
 */
export async function loadScaledIncidents(db: Db, o: ScaleOptions, copyRows?: CopyRows, onRows?: (n: number) => void): Promise<ScaleLoad> {
  const t0 = performance.now();
  const templates = await readIncidentTemplates(db);
  if (templates.length === 0) throw new Error('没有演示警情可供放大（no demo incidents to scale: load the demo first）');
  const latest = templates.reduce((m, t) => Math.max(m, t.occurredAtMs), -Infinity);
  await ensureMonthPartitions(db, 'incidents', monthOf(new Date(earliestScaledMs(templates, o))), monthOf(new Date(latest)));
  const count = { n: 0 };
  const rows = scaledIncidents(templates, o);
  await withoutSecondaryIndexes(db, async () => {
    if (copyRows) {
      await copyRows('incidents', copyColumns, copyChunks(rows, count, onRows));
      return;
    }
    let batch: object[] = [];
    const flush = async () => {
      await insertJsonRows(db, 'incidents', insertColumns, batch, batch.length);
      count.n += batch.length;
      onRows?.(count.n);
      batch = [];
    };
    for (const r of rows) {
      batch.push({ occurred_at: new Date(r.occurredAtMs).toISOString(), category_code: r.categoryCode, source: r.source, grid_code: r.gridCode, beat_code: r.beatCode, geom: { type: 'Point', coordinates: [r.lng, r.lat] }, is_demo: true, recorded_at: new Date(r.recordedAtMs).toISOString() });
      if (batch.length === 10_000) await flush();
    }
    if (batch.length > 0) await flush();
  });
  await db.execute(sql`ANALYZE incidents`);
  const ms = performance.now() - t0;
  return { rows: count.n, ms: Math.round(ms), rowsPerSecond: Math.round(count.n / (ms / 1000)) };
}
