import { booleanPointInPolygon, point, pointToLineDistance, lineString, polygon } from '@turf/turf';
import type { Feature, LineString, Polygon } from 'geojson';
import { measureDistanceM } from '../patrol/measure-distance-m';
import { DosageInputError, type DosageShape, type LngLat } from './types';

/**
 * How far a position lies outside a place, in metres: 0 or less inside (a circle's is the negative distance to its
 * rim; a polygon's inside is 0), the distance to the nearest edge or rim outside. Turf's point-to-line distance is
 * geodesic, so a 15 m margin means 15 m at any latitude. Throws DosageInputError for a ring of fewer than 3 points.
 * Pure; does not mutate the shape.
 */
export function measurePlaceDistanceM(shape: DosageShape, at: LngLat): number {
  if (shape.kind === 'circle') return measureDistanceM(shape.center, at) - shape.radiusM;
  const { area, edge } = preparedPolygon(shape);
  const p = point(at);
  if (booleanPointInPolygon(p, area)) return 0;
  return pointToLineDistance(p, edge, { units: 'meters' });
}

// A dosage answer measures thousands of pings against the same few hundred cells: their Turf features are built once.
const prepared = new WeakMap<DosageShape, { area: Feature<Polygon>; edge: Feature<LineString> }>();
function preparedPolygon(shape: Extract<DosageShape, { kind: 'polygon' }>) {
  let features = prepared.get(shape);
  if (!features) {
    const ring = closeRing(shape.ring);
    features = { area: polygon([ring]), edge: lineString(ring) };
    prepared.set(shape, features);
  }
  return features;
}

function closeRing(ring: LngLat[]): LngLat[] {
  if (ring.length < 3) throw new DosageInputError('a place polygon needs at least 3 corners');
  const [first, last] = [ring[0], ring[ring.length - 1]];
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
}

/** [west, south, east, north] of a shape grown by `marginM`, for a cheap first test before the exact distance. */
export function boundShape(shape: DosageShape, marginM: number): [number, number, number, number] {
  const pts = shape.kind === 'circle' ? [shape.center] : shape.ring;
  // 20 % and 5 m to spare: a degree is not exactly 111 km, and the exact distance decides anyway.
  const grow = (marginM + (shape.kind === 'circle' ? shape.radiusM : 0)) * 1.2 + 5;
  const lat = pts[0][1];
  const dLat = grow / 111_000;
  const dLng = grow / (111_000 * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
  const lngs = pts.map((p) => p[0]);
  const lats = pts.map((p) => p[1]);
  return [Math.min(...lngs) - dLng, Math.min(...lats) - dLat, Math.max(...lngs) + dLng, Math.max(...lats) + dLat];
}
