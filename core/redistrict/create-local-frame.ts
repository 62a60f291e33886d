import type { RedistrictUnit } from './types';

const earthRadiusM = 6_371_008.8;

/** A local equirectangular projection: [lng, lat] degrees → [x, y] metres. */
export interface LocalFrame {
  originLat: number;
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
    const rings = g.type === 'Point' ? [[g.coordinates]] : g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
    for (const ring of rings) {
      for (const p of ring) {
        if (p[1] < minLat) minLat = p[1];
        if (p[1] > maxLat) maxLat = p[1];
      }
    }
  }
  const originLat = Number.isFinite(minLat) ? (minLat + maxLat) / 2 : 0;
  const kx = (Math.cos((originLat * Math.PI) / 180) * Math.PI * earthRadiusM) / 180;
  const ky = (Math.PI * earthRadiusM) / 180;
  return { originLat, project: (p) => [p[0] * kx, p[1] * ky] };
}
