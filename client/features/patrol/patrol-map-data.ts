import { DEFAULT_PATROL_RADIUS_M, type PatrolCandidateView, type PatrolMode } from '../../../core/contracts/patrol';
import type { BeatCollection, GridCollection } from '../../api/feature-types';
import type { PatrolLayerData } from '../../map/layers/patrol-layers';
import { arrowSpacingM, placeRouteArrows } from '../../map/layers/patrol-route-layer';
import type { ShownRoute } from './shown-route';
import { methodKind } from './stop-rows';

export interface PatrolMapInput {
  /** The candidates on show: the shown route's own when there is one, else those of the form. */
  candidates: readonly PatrolCandidateView[];
  route: ShownRoute | null;
  /** Key places marked 必到 in the form (a stop of the route shows its own flag). */
  mandatory: readonly string[];
  /** Stops a 422 named as not fitting the budget. */
  infeasible: readonly string[];
  start: { lngLat: [number, number]; label: string } | null;
  /** The grids outside the user's jurisdiction, drawn faded. */
  outsideGrids?: GridCollection;
  /** The beats of the user's jurisdiction, outlined. */
  beats?: BeatCollection;
}

/**
 * The patrol map's layer data: the candidates listed beside it (marked visited, 必到 as the form has it, infeasible),
 * the route with its arrows, its numbered stops, the start.
 */
export function toPatrolLayerData(input: PatrolMapInput): PatrolLayerData {
  const { candidates, route } = input;
  const visited = new Set(route?.stops.map((s) => s.id) ?? []);
  const mandatory = new Set(input.mandatory);
  const infeasible = new Set(input.infeasible);
  return {
    cells: candidates
      .filter((c) => c.kind === 'hotspot' && c.polygon && c.polygon.length > 2)
      .map((c) => ({ id: c.id, name: c.name, polygon: c.polygon!, hotspotClass: c.hotspotClass, risk: c.risk, incidents: c.incidents, visited: visited.has(c.id) })),
    places: candidates
      .filter((c) => c.kind === 'key_place')
      .map((c) => ({ id: c.id, name: c.name, lngLat: c.lngLat, risk: c.risk, mandatory: mandatory.has(c.id), visited: visited.has(c.id), infeasible: infeasible.has(c.id) })),
    route: route
      ? { path: route.path, straight: methodKind(route.method) === 'straight', arrows: placeRouteArrows(route.path, arrowSpacingM(route.distanceKm)) }
      : undefined,
    stops: (route?.stops ?? []).flatMap((s, k) =>
      s.lngLat ? [{ order: k + 1, id: s.id, name: s.name, lngLat: s.lngLat, kind: s.kind, mandatory: s.mandatory, arrival: s.arrival, departure: s.departure }] : [],
    ),
    start: input.start ?? undefined,
    outsideGrids: input.outsideGrids,
    beats: input.beats,
  };
}

export type Bounds = [number, number, number, number];

/** The bounding box (w, s, e, n) of points; null for none. */
export function boundsOf(points: readonly [number, number][]): Bounds | null {
  if (points.length === 0) return null;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  return [w, s, e, n];
}

/** A box `radiusM` around a point (metres; equirectangular, fine at these sizes). */
export function boundsAround([lng, lat]: [number, number], radiusM: number): Bounds {
  const dLat = radiusM / 110_540;
  const dLng = radiusM / (111_320 * Math.cos((lat * Math.PI) / 180));
  return [lng - dLng, lat - dLat, lng + dLng, lat + dLat];
}

/**
 * What the map should show, and a key that changes only when that should move the map: the whole route and its
 * stops once there is one (so the printed card shows all of it), else the user's jurisdiction (`home`, the box of
 * its grids) together with the candidates' circle around the start — so the view opens on the jurisdiction.
 */
export function patrolView(route: ShownRoute | null, start: [number, number] | null, mode: PatrolMode, home: Bounds | null = null): { key: string; bounds: Bounds } | null {
  if (route) {
    const points = [...route.path, ...route.stops.flatMap((s) => (s.lngLat ? [s.lngLat] : []))];
    const bounds = boundsOf(points);
    // A route that never leaves its start (the straight-line fallback without stops) has no area to fit.
    if (bounds && (bounds[2] - bounds[0] > 1e-5 || bounds[3] - bounds[1] > 1e-5)) {
      return { key: `route:${route.saved?.id ?? ''}:${route.path.length}:${bounds.join(',')}`, bounds };
    }
    return { key: `route-start:${route.start.join(',')}`, bounds: boundsAround(route.start, 400) };
  }
  if (!start) return home ? { key: `home:${home.join(',')}`, bounds: home } : null;
  const radiusM = DEFAULT_PATROL_RADIUS_M[mode];
  const circle = boundsAround(start, radiusM);
  const bounds: Bounds = home ? [Math.min(home[0], circle[0]), Math.min(home[1], circle[1]), Math.max(home[2], circle[2]), Math.max(home[3], circle[3])] : circle;
  // Keyed by what is shown: a new start inside the jurisdiction's box does not move the map.
  return { key: `start:${bounds.join(',')}`, bounds };
}
