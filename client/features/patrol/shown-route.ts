import {
  SavePatrolRouteSchema,
  formatTimeOfDay,
  parseTimeOfDay,
  type DroppedStopView,
  type PatrolCandidateView,
  type PatrolHotspotSource,
  type PatrolMode,
  type PatrolPlanAnswer,
  type PatrolWindow,
  type SavePatrolRoute,
  type SavedPatrolRoute,
} from '../../../core/contracts/patrol';
import { allIssuesOf, type FormIssue } from '../../ui/form-issues';

/** A visited stop as the view shows it: local times 'HH:MM', minutes from the patrol's start too. */
export interface ShownStop {
  id: string;
  kind: PatrolCandidateView['kind'];
  name: string | null;
  /** Null only for a stop of a saved route that did not keep its place. */
  lngLat: [number, number] | null;
  risk: number;
  mandatory: boolean;
  arrival: string;
  departure: string;
  arrivalMin: number;
  departureMin: number;
  waitMin: number;
}

/** A route on screen: just planned, or a saved one opened again. Everything the list, map, card and files need. */
export interface ShownRoute {
  /** The saved route's id, name and assignee (id, and name to show); null for a plan not saved yet. */
  saved: { id: string; name: string; assignedTo: string; assignedName: string } | null;
  stationCode: string | null;
  stationName: string | null;
  start: [number, number];
  window: PatrolWindow;
  weekdays: number[];
  mode: PatrolMode;
  budgetMin: number;
  dwellMin: number;
  mandatory: string[];
  stops: ShownStop[];
  path: [number, number][];
  distanceKm: number;
  minutes: number;
  coveredRisk: number;
  method: string;
  dropped: DroppedStopView[];
  /** Where the hotspot cells came from; null for a route saved before this was kept. */
  hotspots: PatrolHotspotSource | null;
}

/** The route of a POST /api/patrol/plan answer; `mandatory` is what was asked for. */
export function routeFromPlan(answer: PatrolPlanAnswer, mandatory: readonly string[]): ShownRoute {
  return {
    saved: null,
    stationCode: answer.start.stationCode,
    stationName: answer.start.name,
    start: answer.start.lngLat,
    window: answer.window,
    weekdays: answer.weekdays,
    mode: answer.mode,
    budgetMin: answer.budgetMin,
    dwellMin: answer.dwellMin,
    mandatory: [...mandatory],
    stops: answer.stops.map((s) => ({
      id: s.id,
      kind: s.kind,
      name: s.name,
      lngLat: s.lngLat,
      risk: s.risk,
      mandatory: s.mandatory,
      arrival: s.arrival,
      departure: s.departure,
      arrivalMin: s.arrivalMin,
      departureMin: s.departureMin,
      waitMin: s.waitMin,
    })),
    path: answer.geometry.coordinates as [number, number][],
    distanceKm: answer.distanceKm,
    minutes: answer.minutes,
    coveredRisk: answer.coveredRisk,
    method: answer.method,
    dropped: answer.dropped,
    hotspots: answer.hotspots,
  };
}

const isTimeOfDay = (v: unknown): v is string => typeof v === 'string' && /^\d\d:\d\d$/.test(v);

/**
 * The route of GET /api/patrol/routes/:id. A saved plan keeps what the plan answered; times not kept as 'HH:MM' are
 * worked out from the window's start, and the start is the path's first point (a route starts and ends there).
 * `stationName` comes from the stations list (the saved route has the code only); a picked start's name was saved.
 */
export function routeFromSaved(saved: SavedPatrolRoute, stationName: string | null): ShownRoute | null {
  const plan = saved.plan;
  if (!plan) return null;
  const startMin = parseTimeOfDay(saved.window.start);
  const path = plan.geometry.coordinates as [number, number][];
  return {
    saved: { id: saved.id, name: saved.name, assignedTo: saved.assignedTo, assignedName: saved.assignedName },
    stationCode: saved.stationCode,
    stationName: saved.stationCode ? stationName : (plan.startName ?? null),
    start: plan.start ?? path[0],
    window: saved.window,
    weekdays: saved.weekdays,
    mode: saved.mode,
    budgetMin: saved.budgetMin,
    dwellMin: saved.dwellMin,
    mandatory: plan.mandatory ?? [],
    stops: plan.stops.map((s) => ({
      id: s.id,
      // Saved without a kind (the contract makes it optional): hotspot cells have ids cell-<row>-<col>.
      kind: s.kind ?? (s.id.startsWith('cell-') ? 'hotspot' : 'key_place'),
      name: s.name ?? null,
      lngLat: s.lngLat ?? null,
      risk: s.risk,
      mandatory: s.mandatory,
      arrival: isTimeOfDay(s.arrival) ? s.arrival : formatTimeOfDay(startMin + s.arrivalMin),
      departure: isTimeOfDay(s.departure) ? s.departure : formatTimeOfDay(startMin + s.departureMin),
      arrivalMin: s.arrivalMin,
      departureMin: s.departureMin,
      waitMin: s.waitMin,
    })),
    path,
    distanceKm: plan.distanceKm,
    minutes: plan.minutes,
    coveredRisk: plan.coveredRisk,
    method: plan.method,
    dropped: plan.dropped,
    hotspots: plan.hotspots ?? null,
  };
}

export type BuiltSave = { ok: true; body: SavePatrolRoute } | { ok: false; issues: FormIssue[] };

/**
 * The body of POST /api/patrol/routes: a name, the assignee's id (GET /api/patrol/assignees), the route's own request fields (not the
 * form's, which may have changed since) and its plan without the candidates; validated with the contract's schema.
 */
export function toSaveBody(route: ShownRoute, name: string, assignedTo: string): BuiltSave {
  const body = {
    name,
    assignedTo,
    ...(route.stationCode ? { stationCode: route.stationCode } : { start: route.start }),
    window: route.window,
    weekdays: route.weekdays,
    mode: route.mode,
    budgetMin: route.budgetMin,
    dwellMin: route.dwellMin,
    ...(route.mandatory.length > 0 ? { mandatory: route.mandatory } : {}),
    plan: {
      stops: route.stops.map((s) => ({ ...s, lngLat: s.lngLat ?? undefined })),
      geometry: { type: 'LineString' as const, coordinates: route.path },
      distanceKm: route.distanceKm,
      minutes: route.minutes,
      coveredRisk: route.coveredRisk,
      method: route.method,
      dropped: route.dropped,
      ...(route.hotspots ? { hotspots: route.hotspots } : {}),
    },
  };
  const parsed = SavePatrolRouteSchema.safeParse(body);
  if (parsed.success) return { ok: true, body: parsed.data };
  return { ok: false, issues: allIssuesOf(parsed.error) };
}
