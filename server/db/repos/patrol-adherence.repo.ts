/**
 * What route adherence reads (issue 16, part 2): the field patrols that followed a saved route of the caller's scope,
 * with their route's plan and the account's name, and those patrols' own pings and check-ins. The figures are
 * core/dosage measureRouteAdherence's.
 */
import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import type { DosageForce, DosagePing } from '../../../core/dosage';
import { queryRows, type Db } from '../engine';
import { fieldCheckIns, fieldPatrols, fieldPings, patrolRoutes, people, users } from '../schema';
import { routeInScope } from './patrol-routes.repo';

const fp = alias(fieldPatrols, 'fp');
const u = alias(users, 'u');
const who = alias(people, 'who');
const pg = alias(fieldPings, 'pg');
const ci = alias(fieldCheckIns, 'ci');
const r = patrolRoutes;

const toMs = (t: unknown) => (t instanceof Date ? t.getTime() : Date.parse(String(t)));
const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
const ids = (xs: readonly string[]) => sql.join(xs.map((x) => sql`${x}::uuid`), sql`, `);

/** A stop as the saved plan holds it (older plans may lack the name, kind or point). */
export interface SavedStopRow {
  id?: string;
  kind?: 'hotspot' | 'key_place';
  name?: string | null;
  lngLat?: [number, number];
  arrivalMin: number;
  departureMin: number;
}

export interface RoutePatrolRow {
  id: string;
  username: string;
  unitName: string;
  role: string;
  force: DosageForce;
  routeId: string;
  routeName: string;
  windowStart: string;
  stops: SavedStopRow[];
  startedAtMs: number;
  endedAtMs: number | null;
}

/**
 * The patrols started in [from, to) on a saved route in the caller's scope (of one route when `routeId` is given),
 * newest first, at most `limit`. A patrol whose route was deleted has no route left to be measured against.
 */
export async function findRoutePatrols(db: Db, q: { from: string; to: string; routeId?: string; limit: number }, scope: Scope): Promise<RoutePatrolRow[]> {
  const rows = await queryRows<{ id: string; username: string; unit_name: string | null; role: string | null; force: DosageForce; route_id: string; route_name: string; window_start: string; plan: unknown; started_at: string | Date; ended_at: string | Date | null }>(
    db,
    sql`SELECT ${fp.id}::text AS id, ${fp.username} AS username, COALESCE(${who.name}, ${u.displayName}) AS unit_name, ${u.role} AS role, ${fp.force} AS force,
          ${r.id}::text AS route_id, ${r.name} AS route_name, ${r.windowStart} AS window_start, ${r.plan} AS plan,
          ${fp.startedAt} AS started_at, ${fp.endedAt} AS ended_at
        FROM ${fieldPatrols} ${fp} JOIN ${r} ON ${r.id} = ${fp.routeId} LEFT JOIN ${users} ${u} ON ${u.username} = ${fp.username}
          LEFT JOIN ${people} ${who} ON ${who.id} = ${u.personId}
        WHERE ${fp.startedAt} >= ${q.from} AND ${fp.startedAt} < ${q.to} AND ${routeInScope(scope)}
          ${q.routeId ? sql`AND ${r.id} = ${q.routeId}::uuid` : sql``}
        ORDER BY ${fp.startedAt} DESC, ${fp.id} LIMIT ${q.limit}`,
  );
  return rows.map((x) => ({
    id: x.id,
    username: x.username,
    unitName: x.unit_name ?? x.username,
    role: x.role ?? '',
    force: x.force,
    routeId: x.route_id,
    routeName: x.route_name,
    windowStart: x.window_start,
    stops: json<{ stops?: SavedStopRow[] }>(x.plan).stops ?? [],
    startedAtMs: toMs(x.started_at),
    endedAtMs: x.ended_at === null ? null : toMs(x.ended_at),
  }));
}

/** Every ping of these patrols (the unit is the patrol). */
export async function findPingsOfPatrols(db: Db, patrolIds: readonly string[]): Promise<DosagePing[]> {
  if (patrolIds.length === 0) return [];
  const rows = await queryRows<{ unit: string; force: DosageForce; at: string | Date; lng: number; lat: number; accuracy: number }>(
    db,
    sql`SELECT ${pg.patrolId}::text AS unit, ${fp.force} AS force, ${pg.at} AS at, ST_X(${pg.geom}) AS lng, ST_Y(${pg.geom}) AS lat, ${pg.accuracyM} AS accuracy
        FROM ${fieldPings} ${pg} JOIN ${fieldPatrols} ${fp} ON ${fp.id} = ${pg.patrolId}
        WHERE ${pg.patrolId} IN (${ids(patrolIds)})`,
  );
  return rows.map((x) => ({ unitId: x.unit, force: x.force, atMs: toMs(x.at), lngLat: [Number(x.lng), Number(x.lat)], accuracyM: Number(x.accuracy) }));
}

/** Every check-in made on these patrols: at a stop of the route (stopIndex) or at a key place (by code). */
export async function findCheckInsOfPatrols(db: Db, patrolIds: readonly string[]): Promise<{ patrolId: string; atMs: number; stopIndex: number | null; keyPlaceCode: string | null }[]> {
  if (patrolIds.length === 0) return [];
  const rows = await queryRows<{ patrol: string; at: string | Date; stop: number | null; code: string | null }>(
    db,
    sql`SELECT ${ci.patrolId}::text AS patrol, ${ci.at} AS at, ${ci.stopIndex} AS stop, ${ci.keyPlaceCode} AS code
        FROM ${fieldCheckIns} ${ci} WHERE ${ci.patrolId} IN (${ids(patrolIds)})`,
  );
  return rows.map((x) => ({ patrolId: x.patrol, atMs: toMs(x.at), stopIndex: x.stop === null ? null : Number(x.stop), keyPlaceCode: x.code }));
}
