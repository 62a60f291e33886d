/**
 * Where a patrol starts and what it may visit (issue 6, part 4): the start (a station, or a point) checked against
 * the caller's scope, and the candidate stops for a time window — hotspot cells of recent incidents in the window
 * and key places at their peak during it.
 *
 * Risk, one scale for both kinds so the planner can weigh a cell against a key place:
 * - a hotspot cell: incidents a week in the cell during the window (count over the weeks ÷ weeks); only cells
 *   classed hot at 90 % confidence or better (Gi*, FDR-corrected) are candidates;
 * - a key place: hours a day its peak overlaps the window (averaged over the weekdays) × KEY_PLACE_RISK_PER_HOUR.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../core/contracts/auth';
import type { PatrolCandidateView, PatrolStart, PatrolWindow } from '../../../core/contracts/patrol';
import { parseTimeOfDay } from '../../../core/contracts/patrol';
import { DEFAULT_CELL_SIZE_M, buildCellGrid, classifyHotspots, computeGiStar, countPointsPerCell, createUtmFrame } from '../../../core/hotspots';
import { measureDistanceM, type LngLat } from '../../../core/patrol';
import { measurePeakOverlap, type PeakWindowInput } from '../../../core/patrol/measure-peak-overlap';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { nameNearestPlaces } from './place-names.repo';

export const DEFAULT_WEEKS = 8;
/**
 * An hour a day of a key place's peak inside the window counts as half an incident a week. On the demo data the hot
 * cells within 1.5 km of a station see 0.1–3 incidents a week in a 4-hour evening window, so a mall at its peak all
 * evening (3 h → 1.5) ranks with the upper third of the hot cells: neither kind crowds out the other.
 */
export const KEY_PLACE_RISK_PER_HOUR = 0.5;
/**
 * How far a hotspot cell looks for a place to be named after (issue 11, part 6): within 300 m it is '星河城1栋附近',
 * farther '星河城1栋东北约450米'; a cell with nothing named within this reach is HOTSPOT_FALLBACK_NAME.
 */
export const HOTSPOT_NAME_REACH_M = 2000;
export const HOTSPOT_FALLBACK_NAME = '热点区域';

const ALL_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** SQL: the station `code` (an expression) is the caller's: the whole district, or a beat of it has a grid in the scope. */
export function stationInScope(code: SQL, scope: Scope): SQL {
  if (scope.kind === 'district') return sql`TRUE`;
  return sql`EXISTS (SELECT 1 FROM beats b JOIN beat_grids bg ON bg.beat_code = b.code WHERE b.station_code = ${code} AND ${gridInScope(sql`bg.grid_code`, scope)})`;
}

/** SQL: the point `geom` (an expression) is the caller's: the whole district, or it lies in a published grid of the scope. */
export function pointInScope(geom: SQL, scope: Scope): SQL {
  if (scope.kind === 'district') return sql`TRUE`;
  return sql`EXISTS (SELECT 1 FROM grids g JOIN grid_plans p ON p.id = g.plan_id AND p.status = 'published'
      WHERE ST_Intersects(g.geom, ${geom}) AND ${gridInScope(sql`g.code`, scope)})`;
}

export type FindStartResult = { ok: true; start: PatrolStart } | { ok: false; reason: 'unknown_station' | 'outside_scope' };

/** The start of a patrol: a station the caller's scope reaches (one of its beats' grids), or a point in a grid of the scope. */
export async function findPatrolStart(db: Db, input: { stationCode?: string; start?: [number, number] }, scope: Scope): Promise<FindStartResult> {
  if (input.stationCode !== undefined) {
    const [s] = await queryRows<{ code: string; name: string; lng: number; lat: number; in_scope: boolean }>(
      db,
      sql`SELECT s.code, s.name, ST_X(s.geom) AS lng, ST_Y(s.geom) AS lat, ${stationInScope(sql`s.code`, scope)} AS in_scope
          FROM stations s WHERE s.code = ${input.stationCode}`,
    );
    if (!s) return { ok: false, reason: 'unknown_station' };
    if (!s.in_scope) return { ok: false, reason: 'outside_scope' };
    return { ok: true, start: { stationCode: s.code, name: s.name, lngLat: [Number(s.lng), Number(s.lat)] } };
  }
  const [lng, lat] = input.start!;
  const [r] = await queryRows<{ ok: boolean }>(db, sql`SELECT ${pointInScope(sql`ST_SetSRID(ST_MakePoint(${lng}, ${lat}), 4326)`, scope)} AS ok`);
  if (!r.ok) return { ok: false, reason: 'outside_scope' };
  return { ok: true, start: { stationCode: null, name: null, lngLat: [lng, lat] } };
}

export interface CandidateQuery {
  start: LngLat;
  window: PatrolWindow;
  weekdays?: number[];
  radiusM: number;
  weeks?: number;
  /** Key places to include wherever they are and whatever their peak (they must still be in scope). */
  mandatory?: string[];
}

export interface FoundCandidates {
  weekdays: number[];
  weeks: number;
  /** Best first (risk, then id); mandatory key places included and flagged. */
  candidates: PatrolCandidateView[];
  /** Mandatory codes that are no key place in the caller's scope. */
  unknownMandatory: string[];
}

/** The candidate stops around a start for a window, within the caller's scope (incidents and key places alike). */
export async function findPatrolCandidates(db: Db, q: CandidateQuery, scope: Scope): Promise<FoundCandidates> {
  const weekdays = q.weekdays ?? ALL_WEEKDAYS;
  const weeks = q.weeks ?? DEFAULT_WEEKS;
  const startMin = parseTimeOfDay(q.window.start);
  const durationMin = (parseTimeOfDay(q.window.end) - startMin + 1440) % 1440;
  const hot = await findHotCells(db, { ...q, weekdays, weeks, startMin, durationMin }, scope);
  // People read a cell by the place it lies at; its id (cell-12-9) stays the plan's key.
  const names = await nameNearestPlaces(db, hot.map((c) => c.lngLat), { withinM: HOTSPOT_NAME_REACH_M });
  hot.forEach((c, i) => {
    c.name = names[i] ?? HOTSPOT_FALLBACK_NAME;
  });
  const { places, unknownMandatory } = await findKeyPlaceCandidates(db, { ...q, weekdays, startMin, durationMin }, scope);
  const candidates = [...hot, ...places].sort((a, b) => b.risk - a.risk || (a.id < b.id ? -1 : 1));
  return { weekdays, weeks, candidates, unknownMandatory };
}

type Window = { startMin: number; durationMin: number; weekdays: number[] };

/**
 * Hot cells: incidents of the last `weeks` weeks whose local time (Asia/Shanghai) falls in the window, counted in
 * DEFAULT_CELL_SIZE_M cells of a square study area around the start (2 × radius a side, in the start's UTM zone), then Gi* with
 * FDR classes; cells classed hot-90 or better whose centre lies within the radius. A night that runs past midnight
 * belongs to the weekday it began on: the local time is shifted back by the window's start before the weekday and
 * the time of day are read.
 */
async function findHotCells(db: Db, q: CandidateQuery & Window & { weeks: number }, scope: Scope): Promise<PatrolCandidateView[]> {
  const frame = createUtmFrame(q.start);
  const [x, y] = frame.toXY(q.start);
  const r = q.radiusM;
  const grid = buildCellGrid({ cellSizeM: DEFAULT_CELL_SIZE_M, bboxXY: [x - r, y - r, x + r, y + r], frame });
  const corners = [[x - r, y - r], [x + r, y - r], [x + r, y + r], [x - r, y + r]].map((p) => frame.toLngLat(p));
  const [w, s, e, n] = [Math.min(...corners.map((c) => c[0])), Math.min(...corners.map((c) => c[1])), Math.max(...corners.map((c) => c[0])), Math.max(...corners.map((c) => c[1]))];
  const shifted = sql`((i.occurred_at AT TIME ZONE 'Asia/Shanghai') - make_interval(mins => ${q.startMin}::int))`;
  const rows = await queryRows<{ lng: number; lat: number }>(
    db,
    sql`SELECT ST_X(i.geom) AS lng, ST_Y(i.geom) AS lat FROM incidents i
        WHERE i.occurred_at >= now() - make_interval(days => ${q.weeks * 7}::int) AND i.occurred_at < now()
          AND i.geom && ST_MakeEnvelope(${w}, ${s}, ${e}, ${n}, 4326)
          AND extract(hour FROM ${shifted}) * 60 + extract(minute FROM ${shifted}) < ${q.durationMin}
          AND extract(isodow FROM ${shifted})::int IN (${sql.join(q.weekdays.map((d) => sql`${d}`), sql`, `)})
          AND ${gridInScope(sql`i.grid_code`, scope)}`,
  );
  const points = { lng: Float64Array.from(rows, (p) => Number(p.lng)), lat: Float64Array.from(rows, (p) => Number(p.lat)) };
  const { counts } = countPointsPerCell(points, grid);
  const gi = computeGiStar(grid, counts);
  const classes = classifyHotspots(gi.z, gi.p);
  return grid.cells.flatMap((cell, i): PatrolCandidateView[] => {
    const cls = classes[i];
    if (!cls.startsWith('hot-') || counts[i] === 0 || measureDistanceM(q.start, cell.center) > r) return [];
    return [{
      id: `cell-${cell.row}-${cell.col}`,
      kind: 'hotspot',
      name: null,
      lngLat: [round(cell.center[0], 6), round(cell.center[1], 6)],
      risk: round(counts[i] / q.weeks, 3),
      mandatory: false,
      incidents: counts[i],
      z: round(gi.z[i], 3),
      hotspotClass: cls,
      polygon: cell.polygon.map(([lng, lat]): [number, number] => [round(lng, 6), round(lat, 6)]),
    }];
  });
}

/** Key places within the radius whose peak overlaps the window, and the mandatory ones wherever they are in scope. */
async function findKeyPlaceCandidates(db: Db, q: CandidateQuery & Window, scope: Scope): Promise<{ places: PatrolCandidateView[]; unknownMandatory: string[] }> {
  const mandatory = q.mandatory ?? [];
  const dLat = q.radiusM / 111_320;
  const dLng = q.radiusM / (111_320 * Math.cos((q.start[1] * Math.PI) / 180));
  const near = sql`k.geom && ST_MakeEnvelope(${q.start[0] - dLng}, ${q.start[1] - dLat}, ${q.start[0] + dLng}, ${q.start[1] + dLat}, 4326)`;
  const named = mandatory.length > 0 ? sql`k.code IN (${sql.join(mandatory.map((c) => sql`${c}`), sql`, `)})` : sql`FALSE`;
  const rows = await queryRows<{ code: string; name: string; kind: string; peak_windows: unknown; lng: number; lat: number }>(
    db,
    sql`SELECT k.code, k.name, k.kind, k.peak_windows, ST_X(k.geom) AS lng, ST_Y(k.geom) AS lat FROM key_places k
        WHERE (${near} OR ${named}) AND ${gridInScope(sql`k.grid_code`, scope)} ORDER BY k.code`,
  );
  const places = rows.flatMap((k): PatrolCandidateView[] => {
    const lngLat: [number, number] = [Number(k.lng), Number(k.lat)];
    const isMandatory = mandatory.includes(k.code);
    const peaks = (typeof k.peak_windows === 'string' ? JSON.parse(k.peak_windows) : k.peak_windows) as PeakWindowInput[];
    const overlap = measurePeakOverlap(q, q.weekdays, peaks);
    if (!isMandatory && (overlap.meanMin === 0 || measureDistanceM(q.start, lngLat) > q.radiusM)) return [];
    return [{
      id: k.code,
      kind: 'key_place',
      name: k.name,
      lngLat,
      risk: round((overlap.meanMin / 60) * KEY_PLACE_RISK_PER_HOUR, 3),
      mandatory: isMandatory,
      keyPlaceKind: k.kind,
      peakOverlapMin: round(overlap.meanMin, 1),
      ...(overlap.window ? { window: overlap.window } : {}),
    }];
  });
  const found = new Set(rows.map((k) => k.code));
  return { places, unknownMandatory: mandatory.filter((c) => !found.has(c)) };
}
