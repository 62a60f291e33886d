import { DAY_MS, localInstant, localFields, MINUTE_MS } from '../time/shanghai-time';
import type { LngLat } from './types';
import type { RouteStop } from './measure-route-adherence';

/** A stop of a saved route's plan as adherence needs it: minutes after the route's window start (core/patrol). */
export interface PlannedRouteStop {
  name: string;
  lngLat: LngLat | null;
  arrivalMin: number;
  departureMin: number;
}

/**
 * The absolute stops a patrol on a saved route was to keep. The route's window start ('HH:MM', local Asia/Shanghai)
 * is placed on the day whose instance of it lies nearest the patrol's start — so a 22:00–02:00 route started at 00:30
 * belongs to the evening before, and one started at 21:50 to the same evening. A stop's window runs from its planned
 * arrival minus `graceMin` to its planned departure plus `graceMin` (a unit a few minutes off the plan is on time).
 * `radiusM` is how near counts as reached. Pure; does not mutate its input; throws on a window start that is not HH:MM.
 */
export function planRouteStops(windowStart: string, stops: readonly PlannedRouteStop[], patrolStartMs: number, radiusM: number, graceMin: number): RouteStop[] {
  const m = /^(\d{2}):(\d{2})$/.exec(windowStart);
  if (!m) throw new Error(`window start "${windowStart}" is not HH:MM`);
  const { year, month, day } = localFields(patrolStartMs);
  const sameDay = localInstant(year, month, day, Number(m[1]), Number(m[2]));
  const startMs = [sameDay - DAY_MS, sameDay, sameDay + DAY_MS].reduce((best, t) => (Math.abs(t - patrolStartMs) < Math.abs(best - patrolStartMs) ? t : best));
  return stops.map((s, index) => ({
    index,
    name: s.name,
    lngLat: s.lngLat,
    radiusM,
    openMs: startMs + (s.arrivalMin - graceMin) * MINUTE_MS,
    closeMs: startMs + (s.departureMin + graceMin) * MINUTE_MS,
  }));
}
