import { isTileInGrid } from '../../basemap/tile-math';

export interface TileAddress {
  z: number;
  x: number;
  y: number;
}

const integer = /^\d{1,8}$/;
// The last segment may carry the extension a client adds (…/12.png, …/12.pbf); it does not pick the format.
const lastSegment = /^(\d{1,8})(?:\.(?:png|jpe?g|webp|pbf|mvt))?$/i;

/** The tile a route's :z/:x/:y names, or null when they are not integers in the 2^z grid (400). */
export function parseTileAddress(params: { z?: string; x?: string; y?: string }): TileAddress | null {
  const y = lastSegment.exec(params.y ?? '')?.[1];
  if (!integer.test(params.z ?? '') || !integer.test(params.x ?? '') || y === undefined) return null;
  const address = { z: Number(params.z), x: Number(params.x), y: Number(y) };
  return isTileInGrid(address.z, address.x, address.y) ? address : null;
}
