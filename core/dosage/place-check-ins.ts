import { measurePlaceDistanceM } from './measure-place-distance';
import type { DosageCheckIn, DosagePlace, LngLat } from './types';

/**
 * The places a check-in is evidence for: the key place it names (by code, as a QR check-in does), and every place whose
 * shape holds its position (a geofence check-in at a stop inside a hot cell). One DosageCheckIn a check-in and place.
 * Pure.
 */
export function placeCheckIns(checkIns: readonly (Omit<DosageCheckIn, 'placeId'> & { keyPlaceCode: string | null; lngLat: LngLat | null })[], places: readonly DosagePlace[]): DosageCheckIn[] {
  return checkIns.flatMap((c) => {
    const ids = new Set<string>();
    if (c.keyPlaceCode && places.some((p) => p.id === c.keyPlaceCode)) ids.add(c.keyPlaceCode);
    if (c.lngLat) for (const p of places) if (measurePlaceDistanceM(p.shape, c.lngLat) <= 0) ids.add(p.id);
    return [...ids].map((placeId) => ({ unitId: c.unitId, force: c.force, atMs: c.atMs, placeId }));
  });
}
