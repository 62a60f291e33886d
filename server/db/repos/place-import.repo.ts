import { getTableName, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import type { PlaceImportKind } from '../../../core/contracts/registry';
import { placeCodesOf, readPlaceRows, type PlaceProblem, type PlaceRow } from '../../../core/registry';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { buildings, compounds, gridPlans, grids, keyPlaces } from '../schema';
import { insertJsonRows, type JsonColumn } from '../seed/insert-json-rows';

export type PlaceImportOutcome =
  | { ok: true; rows: number; written: number; ignoredColumns: string[] }
  | { ok: false; rows: number; problems: PlaceProblem[] };

const g = alias(grids, 'g');
const p = alias(gridPlans, 'p');
const c = alias(compounds, 'c');
const tables = { buildings, key_places: keyPlaces } as const;
const CHUNK = 500;

class Rollback extends Error {
  constructor(readonly outcome: PlaceImportOutcome) {
    super('rollback');
  }
}

/**
 * Imports buildings or key places from a CRS84 FeatureCollection in ONE transaction: each row is checked
 * (core/registry readPlaceRows), then located — its grid is the published grid holding the point (a building's point on
 * its surface), which must lie in the caller's jurisdiction; a building's compound is the one named, in that grid, or
 * else the one holding it. Any refused row writes nothing; a dry run writes and rolls back. A code taken by another
 * import while writing refuses its row the same way.
 */
export async function importPlaces(db: Db, kind: PlaceImportKind, content: unknown, scope: Scope, { dryRun }: { dryRun: boolean }): Promise<PlaceImportOutcome> {
  const total = Array.isArray((content as { features?: unknown } | null)?.features) ? (content as { features: unknown[] }).features.length : 0;
  let rows: PlaceRow[] = [];
  try {
    return await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      const table = tables[kind];
      const codes = placeCodesOf(content);
      const existing = codes.length === 0 ? [] : await queryRows<{ code: string }>(
        t, sql`SELECT ${table.code} AS code FROM ${table} WHERE ${table.code} IN (SELECT json_array_elements_text(${JSON.stringify(codes)}::json))`,
      );
      const file = readPlaceRows(kind, content, new Set(existing.map((e) => e.code)));
      const located = await locateRows(t, kind, file.rows, scope);
      const problems = [...file.problems, ...located.problems].sort((a, b) => a.row - b.row);
      if (problems.length > 0) throw new Rollback({ ok: false, rows: total, problems });
      rows = file.rows;
      await writeRows(t, kind, rows, located.places);
      const outcome: PlaceImportOutcome = { ok: true, rows: total, written: rows.length, ignoredColumns: file.ignoredColumns };
      if (dryRun) throw new Rollback(outcome);
      return outcome;
    });
  } catch (err) {
    if (err instanceof Rollback) return err.outcome;
    const pg = findPgError(err);
    const [, value] = (pg?.code === '23505' && /Key \(code\)=\((.+?)\) already exists/.exec(pg.detail ?? '')) || [];
    const row = value === undefined ? undefined : rows.find((r) => r.code === value);
    if (row) return { ok: false, rows: total, problems: [{ row: row.row, field: 'code', code: 'place_code_exists', params: { code: row.code } }] };
    // The statement's parameters are the file's rows: not attached as the cause, so they do not reach the log.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(`import of ${kind} failed in the database${pg ? `: ${pg.code} ${pg.message}` : ''}`);
  }
}

interface Place {
  grid: string;
  compound: string | null;
}

/** Each row's grid (and a building's compound), or the problems of where it lies. */
async function locateRows(t: Db, kind: PlaceImportKind, rows: readonly PlaceRow[], scope: Scope) {
  const places = new Map<number, Place>();
  const problems: PlaceProblem[] = [];
  if (rows.length === 0) return { places, problems };
  const input = JSON.stringify(rows.map((r) => ({ row: r.row, geom: r.geometry, compound: r.compoundCode })));
  const buildingCompound = kind === 'buildings'
    ? sql`(SELECT ${c.code} FROM ${compounds} ${c} WHERE ${c.gridCode} = gr.code
        AND (CASE WHEN x.compound IS NULL THEN ST_Covers(${c.geom}, x.at) ELSE ${c.code} = x.compound END) ORDER BY ${c.code} LIMIT 1)`
    : sql`NULL::text`;
  const found = await queryRows<{ row: number; valid: boolean; grid: string | null; in_scope: boolean | null; compound: string | null; named: string | null }>(
    t,
    sql`WITH x AS (
          SELECT r.row, r.compound, ST_IsValid(s.geom) AS valid, CASE WHEN ST_IsValid(s.geom) THEN ST_PointOnSurface(s.geom) END AS at
          FROM json_to_recordset(${input}::json) AS r("row" int, geom json, compound text)
          CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_GeomFromGeoJSON(r.geom::text), 4326) AS geom) s
        )
        SELECT x.row, x.valid, gr.code AS grid, ${gridInScope(sql`gr.code`, scope)} AS in_scope, ${buildingCompound} AS compound, x.compound AS named
        FROM x LEFT JOIN LATERAL (
          SELECT ${g.code} AS code FROM ${grids} ${g} JOIN ${gridPlans} ${p} ON ${p.id} = ${g.planId} AND ${p.status} = 'published'
          WHERE x.at IS NOT NULL AND ST_Covers(${g.geom}, x.at) ORDER BY ${g.code} LIMIT 1
        ) gr ON TRUE ORDER BY x.row`,
  );
  for (const f of found) {
    const row = Number(f.row);
    const refuse = (code: PlaceProblem['code'], params: PlaceProblem['params'] = {}) => problems.push({ row, field: 'geometry', code, params });
    if (!f.valid) refuse('place_geometry_invalid');
    else if (!f.grid) refuse('place_outside_grids');
    else if (!f.in_scope) refuse('place_outside_scope', { grid: f.grid });
    else if (kind === 'buildings' && !f.compound && f.named) problems.push({ row, field: 'compound_code', code: 'place_compound_elsewhere', params: { compound: f.named, grid: f.grid } });
    else if (kind === 'buildings' && !f.compound) refuse('place_no_compound', { grid: f.grid });
    else places.set(row, { grid: f.grid, compound: f.compound });
  }
  return { places, problems };
}

async function writeRows(t: Db, kind: PlaceImportKind, rows: readonly PlaceRow[], places: ReadonlyMap<number, Place>) {
  const col = (name: string, type: JsonColumn['type']): JsonColumn => ({ name, type });
  if (kind === 'buildings') {
    // Counts of people come from the registers, not the file: a new building has none yet.
    await insertJsonRows(t, getTableName(buildings), [
      col('code', 'text'), col('name', 'text'), col('compound_code', 'text'), col('grid_code', 'text'), col('floors', 'int'), col('households', 'int'),
      col('residents', 'int'), col('party_members', 'int'), col('institution_staff', 'int'), col('verified_at', 'timestamptz'), col('geom', 'polygon'), col('is_demo', 'bool'),
    ], rows.map((r) => ({
      code: r.code, name: r.name, compound_code: places.get(r.row)!.compound, grid_code: places.get(r.row)!.grid, floors: r.floors, households: r.households,
      residents: 0, party_members: 0, institution_staff: 0, verified_at: new Date().toISOString(), geom: r.geometry, is_demo: false,
    })), CHUNK);
    return;
  }
  // A file says nothing of a place's busy hours: none are recorded until someone sets them.
  await insertJsonRows(t, getTableName(keyPlaces), [
    col('code', 'text'), col('name', 'text'), col('kind', 'text'), col('grid_code', 'text'), col('peak_windows', 'jsonb'), col('geom', 'point'), col('is_demo', 'bool'),
  ], rows.map((r) => ({ code: r.code, name: r.name, kind: r.kind, grid_code: places.get(r.row)!.grid, peak_windows: [], geom: r.geometry, is_demo: false })), CHUNK);
}

/** The PostgreSQL error inside a driver's or Drizzle's wrapper (both engines put code and detail on it). */
function findPgError(err: unknown): { code: string; message: string; detail?: string } | null {
  for (let e = err as { code?: unknown; cause?: unknown; message?: string; detail?: string } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return { code: e.code, message: e.message ?? '', detail: e.detail };
  }
  return null;
}
