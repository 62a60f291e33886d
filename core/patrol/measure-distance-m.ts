import type { LngLat } from './types';

/** Mean Earth radius (m), as Turf uses. */
export const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle (haversine) distance in metres between two [lng, lat] positions in EPSG:4326. Pure. */
export function measureDistanceM(a: LngLat, b: LngLat): number {
  return measureDistanceMRaw(a[0], a[1], b[0], b[1]);
}

/** The same, on loose numbers (for typed-array loops that would otherwise allocate a tuple per call). */
export function measureDistanceMRaw(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}
