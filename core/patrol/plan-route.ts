import type { Position } from 'geojson';
import { buildRoadTravelMatrix } from './build-road-travel-matrix';
import { buildStraightLineMatrix } from './build-straight-line-matrix';
import { planPatrolRoute } from './plan-patrol-route';
import {
  MandatoryStopsInfeasibleError,
  PatrolInputError,
  type DroppedStop,
  type LngLat,
  type PatrolCandidate,
  type PatrolPlan,
  type PlannedStop,
  type RoadGraph,
  type TravelMatrix,
  type TravelMode,
} from './types';

/** Candidates farther than this from any road node are dropped (metres). */
export const DEFAULT_MAX_SNAP_DISTANCE_M = 500;

export interface PlanRouteInput {
  start: { id?: string; lngLat: LngLat };
  stops: PatrolCandidate[];
  mode: TravelMode;
  budgetMin: number;
  /** Default dwell per stop (minutes); a stop's own dwellMin overrides it. */
  dwellMin: number;
  /**
   * When the patrol leaves the start. A Date makes `arrival`/`departure` ISO 8601 strings; a number (minutes of the
   * day, e.g. 19:00 = 1140) makes them minutes of the day, not wrapped past midnight (1500 = 01:00 the next day);
   * absent, they are minutes from the start. Stop windows are always minutes from the start.
   */
  startTime?: Date | number;
  /** A road graph built for `mode`; absent or null, travel is straight-line. */
  graph?: RoadGraph | null;
  /** Travel computed elsewhere (pgRouting on PostgreSQL): index 0 the start, k + 1 stop k. Takes precedence over `graph`. */
  matrix?: TravelMatrix;
  /** Straight-line fallback only; default 1.3. */
  detourFactor?: number;
  /** Road graph only; default DEFAULT_MAX_SNAP_DISTANCE_M. */
  maxSnapDistanceM?: number;
  maxRounds?: number;
}

/**
 * Plans a closed patrol route (the answer of POST /api/patrol/plan): builds the travel matrix (road graph, a given
 * matrix, or straight lines), drops candidates it cannot use (too far from the roads, unreachable from the start,
 * or unable to return to it) with the reason, chooses and orders stops with `planPatrolRoute`, and joins the legs'
 * paths into one LineString from the start back to it. With no stop visited the geometry is [start, start].
 * Throws PatrolInputError for bad input and MandatoryStopsInfeasibleError when a mandatory stop is dropped or the
 * mandatory stops do not fit the budget. Does not mutate the input.
 */
export function planRoute(input: PlanRouteInput): PatrolPlan {
  const { start, stops, mode, graph } = input;
  if (!isLngLat(start?.lngLat)) throw new PatrolInputError('start.lngLat must be [lng, lat]');
  const badStop = stops.findIndex((s) => !isLngLat(s.lngLat));
  if (badStop >= 0) throw new PatrolInputError(`stops[${badStop}].lngLat must be [lng, lat]`);
  if (graph && graph.mode !== mode) throw new PatrolInputError(`graph was built for ${graph.mode}, not ${mode}`);
  const { matrix, snapDistanceM } = chooseMatrix(input);
  if (matrix.minutes.length !== stops.length + 1) throw new PatrolInputError(`matrix must cover the start and ${stops.length} stops`);
  const dropped = dropUnusable(input, matrix, snapDistanceM);

  const kept = stops.map((_, k) => k + 1).filter((i) => !dropped.has(i));
  const mandatoryDropped = [...dropped].filter(([i]) => stops[i - 1].mandatory);
  if (mandatoryDropped.length > 0) {
    const detail = mandatoryDropped.map(([i, why]) => `${stops[i - 1].id}: ${why.code}${why.distanceM === undefined ? '' : ` ${why.distanceM} m`}`).join('; ');
    throw new MandatoryStopsInfeasibleError(mandatoryDropped.map(([i]) => stops[i - 1].id), Infinity, input.budgetMin, detail);
  }
  const index = [0, ...kept];
  const route = planPatrolRoute({
    stops: kept.map((i) => stops[i - 1]),
    travel: index.map((a) => index.map((b) => matrix.minutes[a][b])),
    budgetMin: input.budgetMin,
    dwellMin: input.dwellMin,
    maxRounds: input.maxRounds,
  });

  const visits = route.order.map((r) => index[r]);
  const { coordinates, metres } = joinLegs(matrix, [0, ...visits, 0], start.lngLat);
  const clock = (min: number) => formatTime(input.startTime, min);
  return {
    stops: visits.map((i, k): PlannedStop => ({
      id: stops[i - 1].id,
      risk: stops[i - 1].risk,
      mandatory: stops[i - 1].mandatory ?? false,
      arrival: clock(route.arrivalMin[k]),
      departure: clock(route.departureMin[k]),
      arrivalMin: route.arrivalMin[k],
      departureMin: route.departureMin[k],
      waitMin: route.serviceMin[k] - route.arrivalMin[k],
    })),
    geometry: { type: 'LineString', coordinates },
    distanceKm: metres / 1000,
    minutes: route.totalMin,
    coveredRisk: route.coveredRisk,
    method: matrix.method,
    dropped: [...dropped].map(([i, why]) => ({ id: stops[i - 1].id, ...why })),
  };
}

/** The given matrix, else the road graph's (with each point's snap distance), else straight lines. */
function chooseMatrix(input: PlanRouteInput): { matrix: TravelMatrix; snapDistanceM: number[] | null } {
  if (input.matrix) return { matrix: input.matrix, snapDistanceM: null };
  const points = [input.start.lngLat, ...input.stops.map((s) => s.lngLat)];
  if (!input.graph) return { matrix: buildStraightLineMatrix(points, { mode: input.mode, detourFactor: input.detourFactor }), snapDistanceM: null };
  const road = buildRoadTravelMatrix(input.graph, points);
  return { matrix: road, snapDistanceM: road.snaps.map((s) => s?.distanceM ?? Infinity) };
}

/** The legs' paths joined into one line (shared end points once), and the legs' metres. */
function joinLegs(matrix: TravelMatrix, legs: number[], start: LngLat): { coordinates: Position[]; metres: number } {
  const coordinates: Position[] = [];
  let metres = 0;
  for (let k = 1; k < legs.length; k++) {
    if (legs[k - 1] === legs[k]) continue;
    metres += matrix.metres[legs[k - 1]][legs[k]];
    for (const p of matrix.pathBetween(legs[k - 1], legs[k])) {
      const last = coordinates[coordinates.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) coordinates.push([p[0], p[1]]);
    }
  }
  return { coordinates: coordinates.length >= 2 ? coordinates : [[...start], [...start]], metres };
}

/** Matrix index → why the candidate cannot be planned. Throws when the start itself is off the road network. */
function dropUnusable(input: PlanRouteInput, matrix: TravelMatrix, snapDistanceM: number[] | null): Map<number, Omit<DroppedStop, 'id'>> {
  const dropped = new Map<number, Omit<DroppedStop, 'id'>>();
  const maxSnapM = input.maxSnapDistanceM ?? DEFAULT_MAX_SNAP_DISTANCE_M;
  if (snapDistanceM && !(snapDistanceM[0] <= maxSnapM)) {
    throw new PatrolInputError(`start is ${snapDistanceM[0].toFixed(0)} m from the road network (limit ${maxSnapM} m)`, { distanceM: snapDistanceM[0], limitM: maxSnapM });
  }
  input.stops.forEach((_, k) => {
    const i = k + 1;
    const snapM = snapDistanceM ? snapDistanceM[i] : 0;
    if (!(snapM <= maxSnapM)) dropped.set(i, { code: 'off_road', distanceM: Math.round(snapM), limitM: maxSnapM });
    else if (!Number.isFinite(matrix.minutes[0][i])) dropped.set(i, { code: 'unreachable' });
    else if (!Number.isFinite(matrix.minutes[i][0])) dropped.set(i, { code: 'no_return' });
  });
  return dropped;
}

function formatTime(startTime: Date | number | undefined, min: number): string | number {
  if (startTime instanceof Date) return new Date(startTime.getTime() + min * 60_000).toISOString();
  return typeof startTime === 'number' ? startTime + min : min;
}

function isLngLat(p: unknown): p is LngLat {
  return Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[1]) <= 90 && Math.abs(p[0]) <= 180;
}
