import type { ShownRoute } from './shown-route';
import { routeTotals, toStopRows, type RouteTotals, type StopRow } from './stop-rows';

/** What the printed patrol card (巡防卡) shows besides the map image: the route's terms, its totals and its stops. */
export interface PatrolCard {
  title: string;
  /** '城区派出所 (PS01)', the station's code alone, or null for a start picked on the map. */
  station: string | null;
  start: [number, number];
  window: string;
  weekdays: number[];
  mode: ShownRoute['mode'];
  dwellMin: number;
  assignedTo: string | null;
  /** The day the times are for, 'YYYY-MM-DD'. */
  day: string;
  totals: RouteTotals;
  method: string;
  rows: StopRow[];
}

/** The card of a route; `title` is the saved name or one the view made up, `day` from nextPatrolDay. */
export function buildPatrolCard(route: ShownRoute, title: string, day: string): PatrolCard {
  const station = route.stationCode ? (route.stationName ? `${route.stationName} (${route.stationCode})` : route.stationCode) : null;
  return {
    title,
    station,
    start: route.start,
    window: `${route.window.start}–${route.window.end}`,
    weekdays: route.weekdays,
    mode: route.mode,
    dwellMin: route.dwellMin,
    assignedTo: route.saved?.assignedTo ?? null,
    day,
    totals: routeTotals(route),
    method: route.method,
    rows: toStopRows(route.stops),
  };
}

/** A start point as text for the card: '107.50123, 31.20456' (about 1 m). */
export const formatLngLat = ([lng, lat]: [number, number]) => `${lng.toFixed(5)}, ${lat.toFixed(5)}`;
