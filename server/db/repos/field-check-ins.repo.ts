/**
 * Check-ins at key places (巡逻必到点) and at the stops of a patrol's route (issue 16): where the target is, how far
 * the phone was from it, and the idempotent insert of the check-in itself.
 */
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../engine';
import { fieldCheckIns, keyPlaces, patrolRoutes } from '../schema';
import { demoAccount } from './demo-account-sql';
import { gridAt } from './field-pings.repo';

export interface CheckInTarget {
  name: string;
  position: [number, number];
  keyPlaceCode: string | null;
}

/** A key place by code: its name and point, or null. */
export async function findKeyPlaceTarget(db: Db, code: string): Promise<CheckInTarget | null> {
  const [row] = await queryRows<{ name: string; lng: number; lat: number }>(
    db,
    sql`SELECT ${keyPlaces.name}, ST_X(${keyPlaces.geom}) AS lng, ST_Y(${keyPlaces.geom}) AS lat FROM ${keyPlaces} WHERE ${keyPlaces.code} = ${code}`,
  );
  return row ? { name: row.name, position: [Number(row.lng), Number(row.lat)], keyPlaceCode: code } : null;
}

interface PlanStop {
  id?: string;
  kind?: 'hotspot' | 'key_place';
  name?: string | null;
  lngLat?: [number, number];
}

/** The stops of a saved route's plan (as saved: id, kind, name, lngLat, arrival, departure). */
export async function findRouteStops(db: Db, routeId: string): Promise<(PlanStop & { arrival?: string | number; departure?: string | number })[]> {
  const [row] = await db.select({ plan: patrolRoutes.plan }).from(patrolRoutes).where(eq(patrolRoutes.id, routeId));
  if (!row) return [];
  const plan = (typeof row.plan === 'string' ? JSON.parse(row.plan) : row.plan) as { stops?: PlanStop[] };
  return plan.stops ?? [];
}

/** Stop `index` of a route as a check-in target (a key place stop keeps its code), or null. */
export async function findRouteStopTarget(db: Db, routeId: string, index: number): Promise<CheckInTarget | null> {
  const stop = (await findRouteStops(db, routeId))[index];
  if (!stop?.lngLat) return null;
  const keyPlaceCode = stop.kind === 'key_place' && stop.id ? stop.id : null;
  return { name: stop.name ?? `第 ${index + 1} 站`, position: stop.lngLat, keyPlaceCode };
}

/** Metres on the ground between two [lng, lat] points (PostGIS geography, as every distance of the system). */
export async function distanceM(db: Db, a: [number, number], b: [number, number]): Promise<number> {
  const [row] = await queryRows<{ d: number }>(
    db,
    sql`SELECT ST_Distance(ST_SetSRID(ST_MakePoint(${a[0]}, ${a[1]}), 4326)::geography, ST_SetSRID(ST_MakePoint(${b[0]}, ${b[1]}), 4326)::geography) AS d`,
  );
  return Number(row.d);
}

export interface NewCheckIn {
  id: string;
  patrolId: string | null;
  username: string;
  method: 'geofence' | 'qr';
  keyPlaceCode: string | null;
  stopIndex: number | null;
  at: Date;
  position: [number, number] | null;
  accuracyM: number | null;
  distanceM: number | null;
}

export interface StoredCheckIn extends Omit<NewCheckIn, 'position' | 'distanceM' | 'accuracyM'> {
  distanceM: number | null;
  gridCode: string | null;
  keyPlaceName: string | null;
}

/** Inserts the check-in unless its id is taken (demo data when a demo account made it); true when this call stored it. */
export async function insertCheckIn(db: Db, c: NewCheckIn): Promise<boolean> {
  const rows = await db.insert(fieldCheckIns).values({
    id: c.id, patrolId: c.patrolId, username: c.username, method: c.method, keyPlaceCode: c.keyPlaceCode, stopIndex: c.stopIndex, at: c.at,
    geom: c.position ? sql`ST_SetSRID(ST_MakePoint(${c.position[0]}, ${c.position[1]}), 4326)` : null,
    accuracyM: c.accuracyM, distanceM: c.distanceM, isDemo: demoAccount(c.username),
  }).onConflictDoNothing({ target: fieldCheckIns.id }).returning({ id: fieldCheckIns.id });
  return rows.length > 0;
}

/** A stored check-in by id, with the grid it lies in (its point's, or its key place's). */
export async function findCheckIn(db: Db, id: string): Promise<StoredCheckIn | null> {
  const c = fieldCheckIns;
  const [row] = await queryRows<{
    id: string; patrol_id: string | null; username: string; method: 'geofence' | 'qr'; key_place_code: string | null; stop_index: number | null;
    at: Date | string; distance_m: number | null; grid_code: string | null; key_place_name: string | null;
  }>(
    db,
    sql`SELECT ${c.id}::text AS id, ${c.patrolId}::text AS patrol_id, ${c.username}, ${c.method}, ${c.keyPlaceCode} AS key_place_code, ${c.stopIndex} AS stop_index,
        ${c.at}, ${c.distanceM} AS distance_m, (SELECT ${keyPlaces.name} FROM ${keyPlaces} WHERE ${keyPlaces.code} = ${c.keyPlaceCode}) AS key_place_name,
        COALESCE(${gridAt(sql`${c.geom}`)}, (SELECT ${keyPlaces.gridCode} FROM ${keyPlaces} WHERE ${keyPlaces.code} = ${c.keyPlaceCode})) AS grid_code
      FROM ${c} WHERE ${c.id} = ${id}`,
  );
  if (!row) return null;
  return {
    id: row.id, patrolId: row.patrol_id, username: row.username, method: row.method, keyPlaceCode: row.key_place_code, stopIndex: row.stop_index,
    at: new Date(row.at), distanceM: row.distance_m === null ? null : Number(row.distance_m), gridCode: row.grid_code, keyPlaceName: row.key_place_name,
  };
}
