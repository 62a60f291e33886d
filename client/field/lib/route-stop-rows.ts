import { distance } from '@turf/turf';
import type { FieldToday } from '../../../core/contracts/field';

type Stop = FieldToday['routes'][number]['stops'][number];

/** A stop of the route walked, as 巡逻 lists it while on patrol. */
export interface RouteStopRow {
  index: number;
  name: string;
  arrival: string | null;
  /** Metres from the phone's last fix, to the nearest 10; null without a fix or a point for the stop. */
  distanceM: number | null;
  /** The stop nearest the phone (one at most). */
  nearest: boolean;
}

/**
 * The route's stops in their order, each with how far it is from the phone's last position: on foot between stops the
 * officer reads where the next one is without leaving 巡逻 (the list was on 今日 only). Does not mutate its input.
 */
export function routeStopRows(stops: readonly Stop[], from: [number, number] | null): RouteStopRow[] {
  const rows = stops.map((s): RouteStopRow => ({
    index: s.index,
    name: s.name,
    arrival: s.arrival,
    distanceM: from && s.position ? Math.round(distance(from, s.position, { units: 'meters' }) / 10) * 10 : null,
    nearest: false,
  }));
  let nearest: RouteStopRow | null = null;
  for (const r of rows) if (r.distanceM !== null && (!nearest || r.distanceM < nearest.distanceM!)) nearest = r;
  if (nearest) nearest.nearest = true;
  return rows;
}
