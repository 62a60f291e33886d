import { getTableName, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { beatGrids, gridPlans, grids, incidentCategories, incidentExternalIds, incidents } from '../schema';
import { incidentRecordedAt } from './incident-recorded-at-sql';

// The set-based statements of the incident write path (incidents-write.repo.ts): each takes a chunk of items as one
// jsonb parameter, which both engines pass the same way (an array parameter would be spread by drizzle's sql``).

const g = alias(grids, 'g');
const p = alias(gridPlans, 'p');
const bg = alias(beatGrids, 'bg');
const c = alias(incidentCategories, 'c');
const k = alias(incidentExternalIds, 'k');
const i = alias(incidents, 'i');

export interface ItemToResolve {
  n: number;
  externalId: string | null;
  categoryCode: string;
  lng: number;
  lat: number;
  occurredAt: string | null;
}

export interface ResolvedItem {
  n: number;
  /** An id taken from the incidents' identity for a new incident; null when the externalId is already known. */
  newId: number | null;
  knownId: number | null;
  categoryKnown: boolean;
  gridCode: string | null;
  beatCode: string | null;
  inScope: boolean;
  occurredAt: string;
  /** This transaction's now(): when the incident is entered, whatever time it says it happened. */
  recordedAt: string;
}

/**
 * For every item at once: whether its externalId is already known, whether its category exists, the grid (of the
 * published plan) and beat at its point and whether that grid is in the caller's scope, its time (now when not given),
 * when it is entered (now) and, for a new one, an incident id taken now so that its key can be written before the incident (see writeKeys).
 */
export async function resolveItems(db: Db, items: ItemToResolve[], scope: Scope): Promise<ResolvedItem[]> {
  const identity = getTableName(incidents);
  const rows = await queryRows<{ n: number; new_id: string | number | null; known_id: string | number | null; category_known: boolean; grid_code: string | null; beat_code: string | null; in_scope: boolean | null; occurred_at: string; recorded_at: string }>(
    db,
    sql`SELECT x.n,
          CASE WHEN ${k.externalId} IS NULL THEN nextval(pg_get_serial_sequence(${identity}, 'id')) END AS new_id,
          ${k.incidentId} AS known_id,
          EXISTS (SELECT 1 FROM ${incidentCategories} ${c} WHERE ${c.code} = x.category_code) AS category_known,
          r.code AS grid_code, r.beat AS beat_code, r.in_scope,
          to_json(COALESCE(x.occurred_at, now()))#>>'{}' AS occurred_at, to_json(now())#>>'{}' AS recorded_at
        FROM jsonb_to_recordset(${JSON.stringify(items.map((t) => ({ n: t.n, external_id: t.externalId, category_code: t.categoryCode, lng: t.lng, lat: t.lat, occurred_at: t.occurredAt })))}::jsonb)
          AS x(n int, external_id text, category_code text, lng float8, lat float8, occurred_at timestamptz)
        LEFT JOIN ${incidentExternalIds} ${k} ON ${k.externalId} = x.external_id
        LEFT JOIN LATERAL (
          SELECT ${g.code}, ${bg.beatCode} AS beat, ${gridInScope(g.code, scope)} AS in_scope
          FROM ${grids} ${g} JOIN ${gridPlans} ${p} ON ${p.id} = ${g.planId} AND ${p.status} = 'published'
          LEFT JOIN ${beatGrids} ${bg} ON ${bg.gridCode} = ${g.code}
          WHERE ST_Intersects(${g.geom}, ST_SetSRID(ST_MakePoint(x.lng, x.lat), 4326)) ORDER BY ${g.code} LIMIT 1
        ) r ON TRUE
        ORDER BY x.n`,
  );
  return rows.map((r) => ({
    n: Number(r.n),
    newId: r.new_id === null ? null : Number(r.new_id),
    knownId: r.known_id === null ? null : Number(r.known_id),
    categoryKnown: r.category_known,
    gridCode: r.grid_code,
    beatCode: r.beat_code,
    inScope: r.in_scope === true,
    occurredAt: new Date(r.occurred_at).toISOString(),
    recordedAt: new Date(r.recorded_at).toISOString(),
  }));
}

/**
 * Claims externalIds for new incidents, in ascending order so that two batches sharing keys wait on each other
 * instead of deadlocking. A key another transaction holds makes this one wait for it to end: if that one commits, the
 * key is not claimed here (the item is a replay of its incident), if it rolls back, it is. Answers the claimed keys.
 */
export async function writeKeys(db: Db, keys: { externalId: string; id: number; occurredAt: string }[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const sorted = [...keys].sort((a, b) => (a.externalId < b.externalId ? -1 : a.externalId > b.externalId ? 1 : 0));
  const rows = await queryRows<{ external_id: string }>(
    db,
    sql`INSERT INTO ${incidentExternalIds} (external_id, incident_id, occurred_at)
        SELECT x.e, x.id, x.t FROM jsonb_to_recordset(${JSON.stringify(sorted.map((r) => ({ e: r.externalId, id: r.id, t: r.occurredAt })))}::jsonb) AS x(e text, id bigint, t timestamptz)
        ORDER BY x.e
        ON CONFLICT (external_id) DO NOTHING
        RETURNING external_id`,
  );
  return new Set(rows.map((r) => r.external_id));
}

export interface IncidentRow {
  id: number;
  occurredAt: string;
  categoryCode: string;
  source: string;
  gridCode: string;
  beatCode: string | null;
  lng: number;
  lat: number;
  recordedAt: string;
  /** Its 接警单号 (kept in incident_external_ids, not in this row's table), null when it came without. */
  externalId: string | null;
  /** A demo-data row (the demo replay's); false when absent. */
  isDemo?: boolean;
}

/** Inserts incidents with the ids resolveItems took, in one statement. */
export async function insertIncidentRows(db: Db, rows: IncidentRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(
    sql`INSERT INTO ${incidents} (id, occurred_at, category_code, source, grid_code, beat_code, geom, recorded_at, is_demo)
        SELECT x.id, x.t, x.c, x.s, x.g, x.b, ST_SetSRID(ST_MakePoint(x.lng, x.lat), 4326), x.r, x.d
        FROM jsonb_to_recordset(${JSON.stringify(rows.map((r) => ({ id: r.id, t: r.occurredAt, c: r.categoryCode, s: r.source, g: r.gridCode, b: r.beatCode, lng: r.lng, lat: r.lat, r: r.recordedAt, d: r.isDemo ?? false })))}::jsonb)
          AS x(id bigint, t timestamptz, c text, s text, g text, b text, lng float8, lat float8, r timestamptz, d boolean)`,
  );
}

/** The incidents registered under these externalIds, as stored: what a replay answers and is compared with. */
export async function findByExternalIds(db: Db, externalIds: string[]): Promise<Map<string, IncidentRow>> {
  if (externalIds.length === 0) return new Map();
  const rows = await queryRows<{ external_id: string; id: string | number; occurred_at: string; category_code: string; source: string; grid_code: string; beat_code: string | null; lng: number; lat: number; recorded_at: string }>(
    db,
    // occurred_at in the join lets a table partitioned by month look in one partition.
    sql`SELECT ${k.externalId} AS external_id, ${i.id} AS id, to_json(${i.occurredAt})#>>'{}' AS occurred_at, ${i.categoryCode} AS category_code,
          ${i.source} AS source, ${i.gridCode} AS grid_code, ${i.beatCode} AS beat_code, ST_X(${i.geom}) AS lng, ST_Y(${i.geom}) AS lat,
          to_json(${incidentRecordedAt(i)})#>>'{}' AS recorded_at
        FROM ${incidentExternalIds} ${k} JOIN ${incidents} ${i} ON ${i.id} = ${k.incidentId} AND ${i.occurredAt} = ${k.occurredAt}
        WHERE ${k.externalId} IN (SELECT jsonb_array_elements_text(${JSON.stringify(externalIds)}::jsonb))`,
  );
  return new Map(rows.map((r) => [r.external_id, {
    id: Number(r.id), occurredAt: new Date(r.occurred_at).toISOString(), categoryCode: r.category_code, source: r.source,
    gridCode: r.grid_code, beatCode: r.beat_code, lng: Number(r.lng), lat: Number(r.lat), recordedAt: new Date(r.recorded_at).toISOString(),
    externalId: r.external_id,
  }]));
}
