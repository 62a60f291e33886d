import type { FieldCheckIn, FieldToday } from '../../../core/contracts/field';
import { findGeofenceMatch } from './geofence';

/** A place of 今日 one may check in at by position: a stop of a route, or a key place (巡逻必到点). */
export interface CheckInPlace {
  key: string;
  name: string;
  lngLat: [number, number];
  keyPlaceCode: string | null;
  /** Where it lies on a route of 今日; null for a key place on none of them. */
  stop: { routeId: string; routeName: string; index: number } | null;
}

/** The patrol this phone runs, as a check-in names it: its id and its route (null: a patrol on no route). */
export interface CheckInPatrol {
  id: string;
  routeId: string | null;
}

/**
 * The places to check in at by position: the stops of 今日's routes (only those of the patrol's route while a patrol
 * runs on one) and the key places that are no stop of them. Does not mutate its input.
 */
export function checkInPlaces(today: Pick<FieldToday, 'routes' | 'keyPlaces'>, patrol: CheckInPatrol | null): CheckInPlace[] {
  const routes = today.routes.filter((r) => !patrol?.routeId || r.id === patrol.routeId);
  const stops = routes.flatMap((r) =>
    r.stops.flatMap((s): CheckInPlace[] =>
      s.position ? [{ key: `${r.id}:${s.index}`, name: s.name, lngLat: s.position, keyPlaceCode: s.keyPlaceCode, stop: { routeId: r.id, routeName: r.name, index: s.index } }] : [],
    ),
  );
  const onRoutes = new Set(stops.flatMap((s) => (s.keyPlaceCode ? [s.keyPlaceCode] : [])));
  const keyPlaces = (today.keyPlaces ?? [])
    .filter((k) => !onRoutes.has(k.code))
    .map((k): CheckInPlace => ({ key: `key:${k.code}`, name: k.name, lngLat: k.position, keyPlaceCode: k.code, stop: null }));
  return [...stops, ...keyPlaces];
}

/**
 * Whether the server can take a check-in at `place` now. It knows a key place by its code at any time; a stop that is
 * no key place (a hot spot's cell) only as a stop of the route of the patrol the check-in belongs to, so without a
 * patrol on that route it must refuse one (it did, as 未能上传, while the phone said 签到已记录).
 */
export function canCheckInNow(place: CheckInPlace, patrol: CheckInPatrol | null): boolean {
  return place.keyPlaceCode !== null || (place.stop !== null && patrol?.routeId === place.stop.routeId);
}

type Fix = { lngLat: [number, number]; accuracyM: number };

/** The nearest of `places` to `lngLat`, whatever the distance, or null when there are none. */
function nearestOf(lngLat: [number, number], places: readonly CheckInPlace[]) {
  return findGeofenceMatch(lngLat, places.map((p) => ({ ...p, radiusM: Infinity })));
}

/**
 * What the check-in screen offers at a fix: nothing without a fix or places; else the nearest place the server can
 * take now, whatever the distance (the person sees how far it is; in range by `hintRadiusM`, distance plus accuracy,
 * as the server counts). Where the nearest place is a route's stop it cannot take, and no place it can take is in
 * range, that stop with the reason instead: a patrol must be started on its route first.
 */
export type CheckInOffer =
  | { kind: 'none' }
  | { kind: 'offer'; place: CheckInPlace; distanceM: number; inRange: boolean }
  | { kind: 'needs-patrol'; place: CheckInPlace; distanceM: number };

export function checkInOffer(places: readonly CheckInPlace[], fix: Fix | null, patrol: CheckInPatrol | null, hintRadiusM: number): CheckInOffer {
  if (!fix) return { kind: 'none' };
  const nearest = nearestOf(fix.lngLat, places);
  const takable = nearestOf(fix.lngLat, places.filter((p) => canCheckInNow(p, patrol)));
  const inRange = (distanceM: number) => distanceM + fix.accuracyM <= hintRadiusM;
  if (takable && (takable.distanceM <= nearest!.distanceM || inRange(takable.distanceM))) {
    return { kind: 'offer', place: takable.place, distanceM: takable.distanceM, inRange: inRange(takable.distanceM) };
  }
  return nearest ? { kind: 'needs-patrol', place: nearest.place, distanceM: nearest.distanceM } : { kind: 'none' };
}

/**
 * The body of a geofence check-in at `place`: its key place's code and, on the patrol's own route, the stop's index.
 * Null where the server would have neither (canCheckInNow false): such a body is never sent.
 */
export function geofenceCheckIn(
  place: CheckInPlace, patrol: CheckInPatrol | null, fix: Fix, id: string, at: string,
): FieldCheckIn | null {
  if (!canCheckInNow(place, patrol)) return null;
  const onPatrolRoute = place.stop !== null && patrol?.routeId === place.stop.routeId;
  return {
    id,
    method: 'geofence',
    ...(patrol ? { patrolId: patrol.id } : {}),
    ...(onPatrolRoute ? { stopIndex: place.stop!.index } : {}),
    ...(place.keyPlaceCode ? { keyPlaceCode: place.keyPlaceCode } : {}),
    at,
    position: fix.lngLat,
    accuracyM: fix.accuracyM,
  };
}
