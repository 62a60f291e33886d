import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../core/contracts/auth';
import type { LngLat } from '../../../core/patrol';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { grids } from '../schema';

/** SQL: the points as a table p(i, pt), i from 0 in the order given. */
const pointsTable = (points: readonly LngLat[]): SQL => sql`SELECT (v.ord - 1)::int AS i, ST_SetSRID(ST_MakePoint((v.p->>0)::float8, (v.p->>1)::float8), 4326) AS pt
  FROM jsonb_array_elements(${JSON.stringify(points)}::jsonb) WITH ORDINALITY AS v(p, ord)`;

/**
 * Each point brought inside the jurisdiction's grids: itself where one of them covers it, else the nearest point of
 * the nearest one, with how far that is in metres (null: no grid in the jurisdiction). The district's whole map is
 * its own, so its points stay as they are.
 */
export async function pointsIntoScope(db: Db, points: LngLat[], scope: Scope): Promise<{ lngLat: LngLat; movedM: number | null }[]> {
  if (scope.kind === 'district' || points.length === 0) return points.map((lngLat) => ({ lngLat, movedM: 0 }));
  const rows = await queryRows<{ i: number; x: number | null; y: number | null; d: number | null }>(
    db,
    sql`WITH p AS (${pointsTable(points)})
        SELECT p.i, ST_X(n.cp) AS x, ST_Y(n.cp) AS y, ST_Distance(n.cp::geography, p.pt::geography) AS d
        FROM p LEFT JOIN LATERAL (
          SELECT ST_ClosestPoint(${grids.geom}, p.pt) AS cp FROM ${grids} WHERE ${gridInScope(grids.code, scope)}
          ORDER BY ST_Distance(${grids.geom}, p.pt) LIMIT 1
        ) n ON TRUE ORDER BY p.i`,
  );
  return rows.map((r, i) => (r.x === null || r.y === null ? { lngLat: points[i], movedM: null } : { lngLat: [Number(r.x), Number(r.y)], movedM: Number(r.d) }));
}

/** The codes of the jurisdiction's grids, or null for the whole district (every grid, no need to list them). */
export async function findScopeGridCodes(db: Db, scope: Scope): Promise<Set<string> | null> {
  if (scope.kind === 'district') return null;
  const rows = await db.select({ code: grids.code }).from(grids).where(gridInScope(grids.code, scope));
  return new Set(rows.map((r) => r.code));
}

/**
 * Degrees a point may lie outside a grid and still be in it, about a metre: a stop on a grid's edge is rounded to
 * six decimals (up to 0.08 m), which can put it just across.
 */
const ON_GRID_DEG = 1e-5;

/** For each point, in order, the name of the jurisdiction's grid it lies in (on an edge of two, the first by code), or null. */
export async function findScopeGridNamesAt(db: Db, points: readonly LngLat[], scope: Scope): Promise<(string | null)[]> {
  if (points.length === 0) return [];
  const rows = await queryRows<{ i: number; name: string | null }>(
    db,
    sql`WITH p AS (${pointsTable(points)})
        SELECT p.i, (SELECT ${grids.name} FROM ${grids} WHERE ${gridInScope(grids.code, scope)} AND ST_DWithin(${grids.geom}, p.pt, ${ON_GRID_DEG})
          ORDER BY ST_Distance(${grids.geom}, p.pt), ${grids.code} LIMIT 1) AS name
        FROM p ORDER BY p.i`,
  );
  return rows.map((r) => r.name);
}
