import { distance } from '@turf/turf';

/** A place one may check in at by position: a stop of the assigned route or a key place, with its geofence. */
export interface GeofencePlace {
  key: string;
  lngLat: [number, number];
  radiusM: number;
}

export interface GeofenceMatch<P extends GeofencePlace> {
  place: P;
  distanceM: number;
}

/**
 * The nearest place whose geofence holds the position ([lng, lat], EPSG:4326), or null. The phone's accuracy is
 * not added to the radius: a fix 80 m off is no evidence of being there, and the server checks the same radius.
 * Does not mutate its input.
 */
export function findGeofenceMatch<P extends GeofencePlace>(position: [number, number], places: readonly P[]): GeofenceMatch<P> | null {
  let best: GeofenceMatch<P> | null = null;
  for (const place of places) {
    const distanceM = distance(position, place.lngLat, { units: 'meters' });
    if (distanceM <= place.radiusM && (!best || distanceM < best.distanceM)) best = { place, distanceM };
  }
  return best;
}
