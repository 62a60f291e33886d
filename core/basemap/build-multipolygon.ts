import type { MultiPolygon, Position } from 'geojson';
import type { LngLat } from './types';

function contains(ring: LngLat[], [x, y]: LngLat): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * A MultiPolygon from closed outer and inner rings ([lng, lat], first = last): each inner ring becomes a hole of the
 * first outer ring that contains its first vertex (ray casting in degrees, fine at a city's scale); an inner ring in
 * no outer ring is dropped. Ring orientation is left as given (the tile cutter rewinds rings). Null when there is no
 * outer ring. Does not mutate the input.
 */
export function buildMultipolygon(outers: LngLat[][], inners: LngLat[][]): MultiPolygon | null {
  if (outers.length === 0) return null;
  const polygons: Position[][][] = outers.map((ring) => [ring]);
  for (const inner of inners) {
    const k = outers.findIndex((outer) => contains(outer, inner[0]));
    if (k >= 0) polygons[k].push(inner);
  }
  return { type: 'MultiPolygon', coordinates: polygons };
}
