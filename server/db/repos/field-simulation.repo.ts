/**
 * What the demo simulation walks (issue 16, item 4): each beat's community officer along the beat's assigned route
 * (or, without one, through the key places of the beat's grids), and grid workers between the buildings of their grid.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../engine';
import { beatGrids, beats, buildings, keyPlaces, patrolRoutes, people } from '../schema';

export interface SimStop {
  name: string;
  position: [number, number];
  keyPlaceCode: string | null;
}

export interface SimUnit {
  personId: string;
  name: string;
  force: 'police' | 'grid';
  routeId: string | null;
  stops: SimStop[];
}

interface RoutePlanStop {
  id?: string;
  kind?: string;
  name?: string | null;
  lngLat?: [number, number];
}

/** Up to `limit` officers with the stops of their beat's route (or key places), and up to `limit` grid workers with buildings. */
export async function listSimulationUnits(db: Db, limit: number): Promise<SimUnit[]> {
  const officers = await queryRows<{ person_id: string; name: string; beat: string; route_id: string | null; plan: unknown }>(
    db,
    sql`SELECT ${people.id} AS person_id, ${people.name}, ${beats.code} AS beat,
        (SELECT ${patrolRoutes.id}::text FROM ${patrolRoutes} WHERE ${patrolRoutes.assignedTo} IN ('beat:' || ${beats.code}, 'officer:' || ${people.id}) ORDER BY ${patrolRoutes.createdAt} DESC LIMIT 1) AS route_id,
        (SELECT ${patrolRoutes.plan} FROM ${patrolRoutes} WHERE ${patrolRoutes.assignedTo} IN ('beat:' || ${beats.code}, 'officer:' || ${people.id}) ORDER BY ${patrolRoutes.createdAt} DESC LIMIT 1) AS plan
      FROM ${beats} JOIN ${people} ON ${people.id} = ${beats.officerId} ORDER BY ${beats.code} LIMIT ${limit}`,
  );
  const units: SimUnit[] = [];
  for (const o of officers) {
    const plan = (typeof o.plan === 'string' ? JSON.parse(o.plan) : o.plan) as { stops?: RoutePlanStop[] } | null;
    let stops: SimStop[] = (plan?.stops ?? []).filter((s) => s.lngLat).map((s, i) => ({
      name: s.name ?? `第 ${i + 1} 站`, position: s.lngLat!, keyPlaceCode: s.kind === 'key_place' && s.id ? s.id : null,
    }));
    if (stops.length === 0) {
      const places = await queryRows<{ code: string; name: string; lng: number; lat: number }>(
        db,
        sql`SELECT ${keyPlaces.code}, ${keyPlaces.name}, ST_X(${keyPlaces.geom}) AS lng, ST_Y(${keyPlaces.geom}) AS lat FROM ${keyPlaces}
          WHERE ${keyPlaces.gridCode} IN (SELECT ${beatGrids.gridCode} FROM ${beatGrids} WHERE ${beatGrids.beatCode} = ${o.beat}) ORDER BY ${keyPlaces.code} LIMIT 6`,
      );
      stops = places.map((p) => ({ name: p.name, position: [Number(p.lng), Number(p.lat)], keyPlaceCode: p.code }));
    }
    // A beat without key places is walked through some of its buildings.
    if (stops.length < 2) stops.push(...(await buildingStops(db, sql`${buildings.gridCode} IN (SELECT ${beatGrids.gridCode} FROM ${beatGrids} WHERE ${beatGrids.beatCode} = ${o.beat})`, 5 - stops.length)));
    if (stops.length > 0) units.push({ personId: o.person_id, name: o.name, force: 'police', routeId: o.route_id, stops });
  }
  const workers = await queryRows<{ person_id: string; name: string; grid: string }>(
    db,
    sql`SELECT ${people.id} AS person_id, ${people.name}, ${people.gridCode} AS grid FROM ${people}
      WHERE ${people.role} = 'grid_worker' AND ${people.gridCode} IS NOT NULL ORDER BY ${people.id} LIMIT ${limit}`,
  );
  for (const w of workers) {
    const stops = await buildingStops(db, sql`${buildings.gridCode} = ${w.grid}`, 5);
    if (stops.length > 0) units.push({ personId: w.person_id, name: w.name, force: 'grid', routeId: null, stops });
  }
  return units;
}

/** Up to `n` buildings matching `where`, the least recently verified first, as stops at a point on each. */
async function buildingStops(db: Db, where: SQL, n: number): Promise<SimStop[]> {
  const rows = await queryRows<{ name: string; lng: number; lat: number }>(
    db,
    sql`SELECT ${buildings.name}, ST_X(ST_PointOnSurface(${buildings.geom})) AS lng, ST_Y(ST_PointOnSurface(${buildings.geom})) AS lat
      FROM ${buildings} WHERE ${where} ORDER BY ${buildings.verifiedAt} NULLS FIRST, ${buildings.code} LIMIT ${n}`,
  );
  return rows.map((h) => ({ name: h.name, position: [Number(h.lng), Number(h.lat)], keyPlaceCode: null }));
}
