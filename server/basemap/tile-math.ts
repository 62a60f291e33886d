// Web Mercator tile arithmetic (XYZ scheme: y grows southward), as every package here is cut.
// Bounds are [w, s, e, n] in degrees of EPSG:4326 (or of the package's own frame, which is carried through).

export type LngLatBounds = [number, number, number, number];

/** The deepest zoom a tile request may name (a 2^24 grid is finer than any base map is cut). */
export const deepestZoom = 24;
const maxLat = 85.0511287798066;
const clampLat = (lat: number) => Math.max(-maxLat, Math.min(maxLat, lat));

/** The fractional tile column of a longitude at zoom z. */
export function lngToTileX(lng: number, z: number): number {
  return ((lng + 180) / 360) * 2 ** z;
}

/** The fractional tile row of a latitude at zoom z (row 0 at the north). */
export function latToTileY(lat: number, z: number): number {
  const rad = (clampLat(lat) * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z;
}

/** The longitude of a tile column's west edge. */
export function tileXToLng(x: number, z: number): number {
  return (x / 2 ** z) * 360 - 180;
}

/** The latitude of a tile row's north edge. */
export function tileYToLat(y: number, z: number): number {
  const n = Math.PI - (2 * Math.PI * y) / 2 ** z;
  return (180 / Math.PI) * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n)));
}

/** The bounds covered by the tiles x ∈ [xMin, xMax], y ∈ [yMin, yMax] at zoom z (inclusive ranges). */
export function boundsOfTileRange(z: number, xMin: number, xMax: number, yMin: number, yMax: number): LngLatBounds {
  return [tileXToLng(xMin, z), tileYToLat(yMax + 1, z), tileXToLng(xMax + 1, z), tileYToLat(yMin, z)];
}

/** Whether the tile z/x/y lies in the 2^z × 2^z grid. */
export function isTileInGrid(z: number, x: number, y: number): boolean {
  const n = 2 ** z;
  return Number.isInteger(z) && z >= 0 && z <= deepestZoom && Number.isInteger(x) && Number.isInteger(y) && x >= 0 && y >= 0 && x < n && y < n;
}

// Edges computed back from tile numbers carry rounding errors of ~1e-12 tile: a tile that only shares an edge
// with the bounds does not count as meeting them.
const edgeTolerance = 1e-6;

/** Whether tile z/x/y meets the bounds with more than an edge (a tile wholly outside them answers 404). */
export function tileMeetsBounds(z: number, x: number, y: number, bounds: LngLatBounds): boolean {
  const [w, s, e, n] = bounds;
  const xMin = Math.floor(lngToTileX(w, z) + edgeTolerance);
  const xMax = Math.ceil(lngToTileX(e, z) - edgeTolerance) - 1;
  const yMin = Math.floor(latToTileY(n, z) + edgeTolerance);
  const yMax = Math.ceil(latToTileY(s, z) - edgeTolerance) - 1;
  return x >= xMin && x <= Math.max(xMin, xMax) && y >= yMin && y <= Math.max(yMin, yMax);
}
