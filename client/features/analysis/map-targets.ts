import { bbox } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';

/** Where the map goes when a list row is clicked: a point and a zoom, or bounds to fit ([w, s, e, n], EPSG:4326). */
export type MapTarget = { kind: 'point'; lngLat: [number, number]; zoom: number } | { kind: 'bounds'; bounds: [number, number, number, number] };

/** The bounds of a feature (a grid or a beat) to fit the map to; null for a feature without coordinates. */
export function featureTarget(feature: Feature<Geometry>): MapTarget | null {
  const [w, s, e, n] = bbox(feature);
  return [w, s, e, n].every(Number.isFinite) ? { kind: 'bounds', bounds: [w, s, e, n] } : null;
}

/** The feature of a collection with a `code` property, or null. */
export function findByCode(features: readonly Feature<Geometry, { code: string }>[] | undefined, code: string): Feature<Geometry, { code: string }> | null {
  return features?.find((f) => f.properties.code === code) ?? null;
}
