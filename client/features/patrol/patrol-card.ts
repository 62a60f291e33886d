import type { ShownRoute } from './shown-route';
import { routeTotals, toStopRows, type RouteTotals, type StopRow } from './stop-rows';

/** What the printed patrol card (巡防卡) shows besides the map image: the route's terms, its totals and its stops. */
export interface PatrolCard {
  title: string;
  /** '城区派出所', the station's code only when its name is unknown, or null for a start picked on the map. */
  station: string | null;
  /** A picked start's place as the server named it ('星河城1栋附近'); null for a station, or where nothing is near. */
  startPlace: string | null;
  start: [number, number];
  window: string;
  weekdays: number[];
  mode: ShownRoute['mode'];
  dwellMin: number;
  /** Whom the saved route is assigned to, by name; null before it is saved. */
  assignedTo: string | null;
  totals: RouteTotals;
  method: string;
  /** Where the hotspot stops came from (the shift's forecast or recent Gi*), as the route panel says; null if not recorded. */
  hotspots: ShownRoute['hotspots'];
  rows: StopRow[];
}

/**
 * The card of a route; `title` is the saved name or one the view made up. It names the plan's weekdays and no date
 * (issue 12: it showed both): a patrol leader prints a route once and hands it out for every shift it was planned
 * for — the hotspots are those of these weekdays, and the stops' times are times of day — so a date would make the
 * card look stale after its first night. When it was printed is in its header.
 */
export function buildPatrolCard(route: ShownRoute, title: string): PatrolCard {
  // The station by its name: the code (PS01) is for joining, not for the officers the card is handed to.
  const station = route.stationCode ? (route.stationName ?? route.stationCode) : null;
  return {
    title,
    station,
    startPlace: route.stationCode ? null : route.stationName,
    start: route.start,
    window: `${route.window.start}–${route.window.end}`,
    weekdays: route.weekdays,
    mode: route.mode,
    dwellMin: route.dwellMin,
    assignedTo: route.saved?.assignedName ?? null,
    totals: routeTotals(route),
    method: route.method,
    hotspots: route.hotspots,
    rows: toStopRows(route.stops),
  };
}

/** A start point as text for the card: '107.50123, 31.20456' (about 1 m). */
export const formatLngLat = ([lng, lat]: [number, number]) => `${lng.toFixed(5)}, ${lat.toFixed(5)}`;

/**
 * ISO weekdays (1 = Monday) as runs for a person to read: [1,2,3,4,5] → [[1,5]], [1,2,3,5] → [[1,3],[5,5]],
 * [5,6] → [[5,5],[6,6]] (two days read better listed). Sorted; input is not mutated.
 */
export function weekdayRuns(weekdays: readonly number[]): [number, number][] {
  const days = [...new Set(weekdays)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const d of days) {
    const last = runs[runs.length - 1];
    if (last && d === last[1] + 1) last[1] = d;
    else runs.push([d, d]);
  }
  return runs.flatMap(([a, b]) => (b - a >= 2 ? [[a, b] as [number, number]] : Array.from({ length: b - a + 1 }, (_, k) => [a + k, a + k] as [number, number])));
}
