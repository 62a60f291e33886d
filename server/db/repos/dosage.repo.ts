/**
 * What patrol dosage reads (issue 16, part 2): the field app's pings and check-ins of a period near the places being
 * measured, the incidents at hot spots, and units' latest positions for the wall. Which places are measured (hot
 * cells and key places of the caller's scope) is dosage-places.service.ts's; the figures are core/dosage's.
 */
import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import type { DosageCheckIn, DosageForce, DosagePing } from '../../../core/dosage';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { fieldCheckIns, fieldPatrols, fieldPings, gridPlans, grids, incidents, users } from '../schema';

const pg = alias(fieldPings, 'pg');
const fp = alias(fieldPatrols, 'fp');
const ci = alias(fieldCheckIns, 'ci');
const u = alias(users, 'u');
const i = alias(incidents, 'i');
const g = alias(grids, 'g');
const gp = alias(gridPlans, 'gp');

/** [west, south, east, north] in EPSG:4326. */
export type LngLatBox = [number, number, number, number];

const envelope = ([w, s, e, n]: LngLatBox) => sql`ST_MakeEnvelope(${w}, ${s}, ${e}, ${n}, 4326)`;
const toMs = (t: unknown) => (t instanceof Date ? t.getTime() : Date.parse(String(t)));

/** SQL, a subquery: each open patrol's latest ping since `since` (unit, force, at, geom, accuracy). */
const latestPingsSince = (since: string) => sql`(
  SELECT DISTINCT ON (${pg.patrolId}) ${pg.patrolId} AS unit, ${fp.force} AS force, ${pg.at} AS at, ${pg.geom} AS geom, ${pg.accuracyM} AS accuracy
  FROM ${fieldPings} ${pg} JOIN ${fieldPatrols} ${fp} ON ${fp.id} = ${pg.patrolId}
  WHERE ${pg.at} >= ${since} AND ${fp.endedAt} IS NULL
  ORDER BY ${pg.patrolId}, ${pg.at} DESC)`;

/**
 * The units on patrol now, by force: open patrols whose latest ping since `since` lies in a grid of the published plan
 * inside `scope` (a unit that has left the jurisdiction is another's to count).
 */
export async function countPatrollingUnits(db: Db, since: string, scope: Scope): Promise<Record<DosageForce, number>> {
  const rows = await queryRows<{ force: DosageForce; n: number }>(
    db,
    sql`SELECT latest.force, count(*)::int AS n FROM ${latestPingsSince(since)} latest
        WHERE EXISTS (SELECT 1 FROM ${grids} ${g} JOIN ${gridPlans} ${gp} ON ${gp.id} = ${g.planId} AND ${gp.status} = 'published'
          WHERE ST_Intersects(${g.geom}, latest.geom) AND ${gridInScope(g.code, scope)})
        GROUP BY latest.force`,
  );
  const counts: Record<DosageForce, number> = { police: 0, grid: 0 };
  for (const r of rows) counts[r.force] = Number(r.n);
  return counts;
}

/** The pings taken in [from, to) within `box`, each with its patrol (the unit) and the patrol's force. */
export async function findPingsNear(db: Db, q: { from: string; to: string; box: LngLatBox }): Promise<DosagePing[]> {
  const rows = await queryRows<{ unit: string; force: DosageForce; at: string | Date; lng: number; lat: number; accuracy: number }>(
    db,
    sql`SELECT ${pg.patrolId} AS unit, ${fp.force} AS force, ${pg.at} AS at, ST_X(${pg.geom}) AS lng, ST_Y(${pg.geom}) AS lat, ${pg.accuracyM} AS accuracy
        FROM ${fieldPings} ${pg} JOIN ${fieldPatrols} ${fp} ON ${fp.id} = ${pg.patrolId}
        WHERE ${pg.at} >= ${q.from} AND ${pg.at} < ${q.to} AND ${pg.geom} && ${envelope(q.box)}`,
  );
  return rows.map((r) => ({ unitId: r.unit, force: r.force, atMs: toMs(r.at), lngLat: [Number(r.lng), Number(r.lat)], accuracyM: Number(r.accuracy) }));
}

/** A check-in of the period: its key place (by code) and position when it has them. */
export interface CheckInRow extends Omit<DosageCheckIn, 'placeId'> {
  keyPlaceCode: string | null;
  lngLat: [number, number] | null;
}

/**
 * The check-ins in [from, to). The unit is the patrol when the check-in was made on one (so it matches that patrol's
 * ping visits), else the account; the force is the patrol's, else grid staff for grid leaders and workers and police
 * for every other role.
 */
export async function findCheckIns(db: Db, q: { from: string; to: string }): Promise<CheckInRow[]> {
  const rows = await queryRows<{ unit: string; force: DosageForce; at: string | Date; code: string | null; lng: number | null; lat: number | null }>(
    db,
    sql`SELECT COALESCE(${ci.patrolId}::text, 'user:' || ${ci.username}) AS unit,
          COALESCE(${fp.force}, CASE WHEN ${u.role} IN ('grid_leader', 'grid_worker') THEN 'grid' ELSE 'police' END) AS force,
          ${ci.at} AS at, ${ci.keyPlaceCode} AS code, ST_X(${ci.geom}) AS lng, ST_Y(${ci.geom}) AS lat
        FROM ${fieldCheckIns} ${ci}
        LEFT JOIN ${fieldPatrols} ${fp} ON ${fp.id} = ${ci.patrolId}
        LEFT JOIN ${users} ${u} ON ${u.username} = ${ci.username}
        WHERE ${ci.at} >= ${q.from} AND ${ci.at} < ${q.to}`,
  );
  return rows.map((r) => ({
    unitId: r.unit,
    force: r.force,
    atMs: toMs(r.at),
    keyPlaceCode: r.code,
    lngLat: r.lng === null || r.lat === null ? null : [Number(r.lng), Number(r.lat)],
  }));
}

/** The times and positions of the caller's incidents in [from, to) within `box`. */
export async function findIncidentsNear(db: Db, q: { from: string; to: string; box: LngLatBox }, scope: Scope): Promise<{ atMs: number; lngLat: [number, number] }[]> {
  const rows = await queryRows<{ at: string | Date; lng: number; lat: number }>(
    db,
    sql`SELECT ${i.occurredAt} AS at, ST_X(${i.geom}) AS lng, ST_Y(${i.geom}) AS lat FROM ${incidents} ${i}
        WHERE ${i.occurredAt} >= ${q.from} AND ${i.occurredAt} < ${q.to} AND ${i.geom} && ${envelope(q.box)} AND ${gridInScope(i.gridCode, scope)}`,
  );
  return rows.map((r) => ({ atMs: toMs(r.at), lngLat: [Number(r.lng), Number(r.lat)] }));
}

/** Each open patrol's latest ping since `since`, when it lies within `box`: who is where now. */
export async function findLatestPings(db: Db, q: { since: string; box: LngLatBox }): Promise<DosagePing[]> {
  const rows = await queryRows<{ unit: string; force: DosageForce; at: string | Date; lng: number; lat: number; accuracy: number }>(
    db,
    sql`SELECT unit, force, at, ST_X(geom) AS lng, ST_Y(geom) AS lat, accuracy FROM ${latestPingsSince(q.since)} latest
        WHERE geom && ${envelope(q.box)}`,
  );
  return rows.map((r) => ({ unitId: r.unit, force: r.force, atMs: toMs(r.at), lngLat: [Number(r.lng), Number(r.lat)], accuracyM: Number(r.accuracy) }));
}
