import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { ShownRoute } from './shown-route';

export interface RouteLineProperties {
  kind: 'route';
  name: string;
  stationCode: string | null;
  window: string;
  weekdays: number[];
  mode: ShownRoute['mode'];
  budgetMin: number;
  dwellMin: number;
  distanceKm: number;
  minutes: number;
  coveredRisk: number;
  method: string;
  /** The assignee's id ('beat:PS01-J01') and name. */
  assignedTo: string | null;
  assignedName: string | null;
}

export interface RoutePointProperties {
  kind: 'start' | 'stop';
  /** Visiting order, 1 …; 0 for the start. */
  order: number;
  id: string;
  name: string | null;
  stopKind?: ShownRoute['stops'][number]['kind'];
  arrival?: string;
  departure?: string;
  waitMin?: number;
  risk?: number;
  mandatory?: boolean;
}

export type RouteFeatureCollection = FeatureCollection<LineString | Point, RouteLineProperties | RoutePointProperties>;

/**
 * The route as GeoJSON (RFC 7946, [lng, lat] in EPSG:4326): the path as a LineString with the plan's totals, the
 * start as a Point (order 0), then a Point a stop in visiting order with its times, risk and kind. Stops a saved
 * route kept no place of are left out.
 */
export function buildRouteGeojson(route: ShownRoute, name: string): RouteFeatureCollection {
  const line: Feature<LineString, RouteLineProperties> = {
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: route.path },
    properties: {
      kind: 'route',
      name,
      stationCode: route.stationCode,
      window: `${route.window.start}–${route.window.end}`,
      weekdays: route.weekdays,
      mode: route.mode,
      budgetMin: route.budgetMin,
      dwellMin: route.dwellMin,
      distanceKm: route.distanceKm,
      minutes: route.minutes,
      coveredRisk: route.coveredRisk,
      method: route.method,
      assignedTo: route.saved?.assignedTo ?? null,
      assignedName: route.saved?.assignedName ?? null,
    },
  };
  const start: Feature<Point, RoutePointProperties> = {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: route.start },
    properties: { kind: 'start', order: 0, id: route.stationCode ?? 'start', name: route.stationName },
  };
  const stops = route.stops.flatMap((s, k): Feature<Point, RoutePointProperties>[] =>
    s.lngLat
      ? [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: s.lngLat },
            properties: {
              kind: 'stop',
              order: k + 1,
              id: s.id,
              name: s.name,
              stopKind: s.kind,
              arrival: s.arrival,
              departure: s.departure,
              waitMin: s.waitMin,
              risk: s.risk,
              mandatory: s.mandatory,
            },
          },
        ]
      : [],
  );
  return { type: 'FeatureCollection', features: [line, start, ...stops] };
}
