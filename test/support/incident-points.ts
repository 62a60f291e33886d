import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/db/engine';
import { getTestDatabase } from './test-database';

export interface GridPoint {
  lng: number;
  lat: number;
  grid: string;
}

/** A point inside each of the first `count` grids of the published plan (by code), with the grid's code. */
export async function pointsInGrids(count: number): Promise<GridPoint[]> {
  const { db } = await getTestDatabase();
  const rows = await queryRows<{ lng: number; lat: number; grid: string }>(
    db,
    sql`SELECT ST_X(ST_PointOnSurface(g.geom)) AS lng, ST_Y(ST_PointOnSurface(g.geom)) AS lat, g.code AS grid
        FROM grids g JOIN grid_plans p ON p.id = g.plan_id AND p.status = 'published' ORDER BY g.code LIMIT ${count}`,
  );
  return rows.map((r) => ({ lng: Number(r.lng), lat: Number(r.lat), grid: r.grid }));
}

/** externalIds no other test of the run uses: the tests share one database. */
export function externalIdMaker(label: string): (n: number | string) => string {
  const run = randomUUID().slice(0, 8);
  return (n) => `${label}-${run}-${n}`;
}

/** How many incidents and how many external keys the database holds, to see that a refused write added none. */
export async function countWrites(): Promise<{ incidents: number; keys: number }> {
  const { db } = await getTestDatabase();
  const [r] = await queryRows<{ incidents: number; keys: number }>(
    db,
    sql`SELECT (SELECT count(*) FROM incidents)::int AS incidents, (SELECT count(*) FROM incident_external_ids)::int AS keys`,
  );
  return { incidents: Number(r.incidents), keys: Number(r.keys) };
}
