import { booleanPointInPolygon, polygon } from '@turf/turf';
import type { MultiPolygon, Position } from 'geojson';
import type { LngLat } from './types';

/**
 * A MultiPolygon from closed outer and inner rings ([lng, lat], first = last): each inner ring becomes a hole of the
 * first outer ring that contains its first vertex (Turf's point-in-polygon, in degrees: fine at a city's scale); an inner ring in
 * no outer ring is dropped. Ring orientation is left as given (the tile cutter rewinds rings). Null when there is no
 * outer ring. Does not mutate the input.
 */
export function buildMultipolygon(outers: LngLat[][], inners: LngLat[][]): MultiPolygon | null {
  if (outers.length === 0) return null;
  const polygons: Position[][][] = outers.map((ring) => [ring]);
  for (const inner of inners) {
    const k = outers.findIndex((outer) => booleanPointInPolygon(inner[0], polygon([outer])));
    if (k >= 0) polygons[k].push(inner);
  }
  return { type: 'MultiPolygon', coordinates: polygons };
}
