/**
 * Where a patrol starts and what it may visit (issue 6, part 4), as SQL: the start (a station, or a point) checked
 * against the caller's scope, the incidents of a time window around it, and the key places near it with their peak
 * windows. What the candidates are and how they are weighed is patrol-candidates.service.ts's.
 */
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import type { PatrolStart } from '../../../core/contracts/patrol';
import type { PointColumns } from '../../../core/hotspots';
import type { PeakWindowInput } from '../../../core/patrol/measure-peak-overlap';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { beatGrids, beats, gridPlans, grids, incidents, keyPlaces, stations } from '../schema';

const b = alias(beats, 'b');
const bg = alias(beatGrids, 'bg');
const g = alias(grids, 'g');
const p = alias(gridPlans, 'p');
const s = alias(stations, 's');
const i = alias(incidents, 'i');
const k = alias(keyPlaces, 'k');

/** [west, south, east, north] in EPSG:4326. */
export type LngLatBox = [number, number, number, number];

/** SQL: the station `code` (an expression) is the caller's: the whole district, or a beat of it has a grid in the scope. */
export function stationInScope(code: SQL | AnyColumn, scope: Scope): SQL {
  if (scope.kind === 'district') return sql`TRUE`;
  return sql`EXISTS (SELECT 1 FROM ${beats} ${b} JOIN ${beatGrids} ${bg} ON ${bg.beatCode} = ${b.code}
    WHERE ${b.stationCode} = ${code} AND ${gridInScope(bg.gridCode, scope)})`;
}

/** SQL: the point `geom` (an expression) is the caller's: the whole district, or it lies in a published grid of the scope. */
export function pointInScope(geom: SQL, scope: Scope): SQL {
  if (scope.kind === 'district') return sql`TRUE`;
  return sql`EXISTS (SELECT 1 FROM ${grids} ${g} JOIN ${gridPlans} ${p} ON ${p.id} = ${g.planId} AND ${p.status} = 'published'
      WHERE ST_Intersects(${g.geom}, ${geom}) AND ${gridInScope(g.code, scope)})`;
}

/** `stationName`: the station a refusal names, when the start asked for was one. */
export type FindStartResult = { ok: true; start: PatrolStart } | { ok: false; reason: 'unknown_station' | 'outside_scope'; stationName?: string };

/** The start of a patrol: a station the caller's scope reaches (one of its beats' grids), or a point in a grid of the scope. */
export async function findPatrolStart(db: Db, input: { stationCode?: string; start?: [number, number] }, scope: Scope): Promise<FindStartResult> {
  if (input.stationCode !== undefined) {
    const [station] = await queryRows<Pick<typeof stations.$inferSelect, 'code' | 'name'> & { lng: number; lat: number; in_scope: boolean }>(
      db,
      sql`SELECT ${s.code} AS code, ${s.name} AS name, ST_X(${s.geom}) AS lng, ST_Y(${s.geom}) AS lat, ${stationInScope(s.code, scope)} AS in_scope
          FROM ${stations} ${s} WHERE ${s.code} = ${input.stationCode}`,
    );
    if (!station) return { ok: false, reason: 'unknown_station' };
    if (!station.in_scope) return { ok: false, reason: 'outside_scope', stationName: station.name };
    return { ok: true, start: { stationCode: station.code, name: station.name, lngLat: [Number(station.lng), Number(station.lat)] } };
  }
  const [lng, lat] = input.start!;
  const [r] = await queryRows<{ ok: boolean }>(db, sql`SELECT ${pointInScope(sql`ST_SetSRID(ST_MakePoint(${lng}, ${lat}), 4326)`, scope)} AS ok`);
  if (!r.ok) return { ok: false, reason: 'outside_scope' };
  return { ok: true, start: { stationCode: null, name: null, lngLat: [lng, lat] } };
}

export interface WindowIncidentQuery {
  bbox: LngLatBox;
  /** How many weeks back from now. */
  weeks: number;
  /** The window: its start in minutes after local midnight, its length in minutes, its ISO weekdays (1 Mon … 7 Sun). */
  startMin: number;
  durationMin: number;
  weekdays: number[];
}

/**
 * The positions of the incidents of the last `weeks` weeks in `bbox`, within the caller's scope, whose local time
 * (Asia/Shanghai) falls in the window, with their times (epoch seconds) for the shift forecast. A night that runs
 * past midnight belongs to the weekday it began on: the local time is shifted back by the window's start before the
 * weekday and the time of day are read. `toMs` is the end of the weeks (now() when the database answered).
 */
export async function findWindowIncidentPoints(db: Db, q: WindowIncidentQuery, scope: Scope): Promise<PointColumns & { timesS: Float64Array; toMs: number }> {
  const [west, south, east, north] = q.bbox;
  const shifted = sql`((${i.occurredAt} AT TIME ZONE 'Asia/Shanghai') - make_interval(mins => ${q.startMin}::int))`;
  const rows = await queryRows<{ lng: number; lat: number; t: number; now: number }>(
    db,
    sql`SELECT ST_X(${i.geom}) AS lng, ST_Y(${i.geom}) AS lat, extract(epoch FROM ${i.occurredAt}) AS t, extract(epoch FROM now()) AS now
        FROM ${incidents} ${i}
        WHERE ${i.occurredAt} >= now() - make_interval(days => ${q.weeks * 7}::int) AND ${i.occurredAt} < now()
          AND ${i.geom} && ST_MakeEnvelope(${west}, ${south}, ${east}, ${north}, 4326)
          AND extract(hour FROM ${shifted}) * 60 + extract(minute FROM ${shifted}) < ${q.durationMin}
          AND extract(isodow FROM ${shifted})::int IN (${sql.join(q.weekdays.map((d) => sql`${d}`), sql`, `)})
          AND ${gridInScope(i.gridCode, scope)}`,
  );
  const toMs = rows.length > 0 ? Number(rows[0].now) * 1000 : Date.now();
  return { lng: Float64Array.from(rows, (p) => Number(p.lng)), lat: Float64Array.from(rows, (p) => Number(p.lat)), timesS: Float64Array.from(rows, (p) => Number(p.t)), toMs };
}

export type KeyPlaceRow = Pick<typeof keyPlaces.$inferSelect, 'code' | 'name' | 'kind'> & {
  lngLat: [number, number];
  peakWindows: PeakWindowInput[];
};

/** The key places of the caller's scope in `bbox`, and those of `codes` wherever they are, by code. */
export async function findKeyPlacesNear(db: Db, q: { bbox: LngLatBox; codes: readonly string[] }, scope: Scope): Promise<KeyPlaceRow[]> {
  const [west, south, east, north] = q.bbox;
  const near = sql`${k.geom} && ST_MakeEnvelope(${west}, ${south}, ${east}, ${north}, 4326)`;
  const named = q.codes.length > 0 ? sql`${k.code} IN (${sql.join(q.codes.map((c) => sql`${c}`), sql`, `)})` : sql`FALSE`;
  const rows = await queryRows<Pick<typeof keyPlaces.$inferSelect, 'code' | 'name' | 'kind' | 'peakWindows'> & { lng: number; lat: number }>(
    db,
    sql`SELECT ${k.code} AS code, ${k.name} AS name, ${k.kind} AS kind, ${k.peakWindows} AS "peakWindows",
          ST_X(${k.geom}) AS lng, ST_Y(${k.geom}) AS lat
        FROM ${keyPlaces} ${k} WHERE (${near} OR ${named}) AND ${gridInScope(k.gridCode, scope)} ORDER BY ${k.code}`,
  );
  return rows.map((place) => ({
    code: place.code,
    name: place.name,
    kind: place.kind,
    lngLat: [Number(place.lng), Number(place.lat)],
    peakWindows: (typeof place.peakWindows === 'string' ? JSON.parse(place.peakWindows) : place.peakWindows) as PeakWindowInput[],
  }));
}
