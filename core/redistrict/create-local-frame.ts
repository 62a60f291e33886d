import type { RedistrictUnit } from './types';

const earthRadiusM = 6_371_008.8;

/** A local equirectangular projection: [lng, lat] degrees → [x, y] metres. */
export interface LocalFrame {
  originLat: number;
  /** Metres per degree of longitude and of latitude (project multiplies by these; hot loops use them inline). */
  kx: number;
  ky: number;
  project(lngLat: readonly number[]): [number, number];
}

/**
 * The local frame every length and area of one plan is measured in: equirectangular about the mean latitude of the
 * units' bounding box, so a square in the frame stays a square (error under 0.1 % across a city or a US state,
 * which is enough for Polsby-Popper). Both the adjacency's shared lengths and the unit perimeters use it, so they
 * cancel exactly. Empty input gives the equator. Does not mutate input.
 */
export function createLocalFrame(units: readonly RedistrictUnit[]): LocalFrame {
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const unit of units) {
    const g = unit.geometry;
    if (g.type === 'Point') {
      minLat = Math.min(minLat, g.coordinates[1]);
      maxLat = Math.max(maxLat, g.coordinates[1]);
      continue;
    }
    // No flattened copies: a state's counties have ~10⁵ vertices and this ran on every plan (issue 17 profile).
    for (const rings of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
      for (const ring of rings) {
        for (let i = 0; i < ring.length; i++) {
          const lat = ring[i][1];
          if (lat < minLat) minLat = lat;
          if (lat > maxLat) maxLat = lat;
        }
      }
    }
  }
  const originLat = Number.isFinite(minLat) ? (minLat + maxLat) / 2 : 0;
  const kx = (Math.cos((originLat * Math.PI) / 180) * Math.PI * earthRadiusM) / 180;
  const ky = (Math.PI * earthRadiusM) / 180;
  return { originLat, kx, ky, project: (p) => [p[0] * kx, p[1] * ky] };
}
