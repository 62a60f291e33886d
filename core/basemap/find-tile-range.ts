import type { Bbox } from './types';

/** Web Mercator latitude limit: tiles cover ±85.0511°. */
const maxLat = 85.05112878;

/**
 * The XYZ tiles (y from the north, as in a URL) of zoom `z` that a bbox (w, s, e, n in EPSG:4326 degrees) touches:
 * columns x0…x1 and rows y0…y1, inclusive, clamped to the world. Latitudes are clamped to ±85.0511°. Pure.
 */
export function findTileRange(bbox: Bbox, z: number): { x0: number; y0: number; x1: number; y1: number } {
  const n = 2 ** z;
  const clamp = (v: number) => Math.min(n - 1, Math.max(0, Math.floor(v)));
  const x = (lng: number) => clamp(((lng + 180) / 360) * n);
  const y = (lat: number) => {
    const rad = (Math.max(-maxLat, Math.min(maxLat, lat)) * Math.PI) / 180;
    return clamp(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  };
  return { x0: x(bbox[0]), y0: y(bbox[3]), x1: x(bbox[2]), y1: y(bbox[1]) };
}
