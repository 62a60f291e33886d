import { measureDistanceM } from './measure-distance-m';
import type { LngLat, TravelMatrix, TravelMode } from './types';

export const STRAIGHT_LINE_METHOD = 'straight-line (no road data)';

/**
 * Street distance over great-circle distance. 1.3 is a common urban figure (measured ratios cluster around 1.2–1.4
 * in street grids); it keeps plans made without road data from being systematically too ambitious.
 */
export const DEFAULT_DETOUR_FACTOR = 1.3;

/** Average speeds (km/h) without road data: walking pace, and a car's mean speed in town including junctions. */
export const STRAIGHT_LINE_SPEED_KMH: Record<TravelMode, number> = { foot: 4.5, car: 25 };

export interface StraightLineOptions {
  mode: TravelMode;
  /** Default DEFAULT_DETOUR_FACTOR (1.3). */
  detourFactor?: number;
  /** Default STRAIGHT_LINE_SPEED_KMH[mode]. */
  speedKmh?: number;
}

/**
 * The fallback when there is no road graph: metres = great-circle distance × detour factor, minutes = metres at
 * the mode's speed, and the path a straight segment. Points are [lng, lat] in EPSG:4326. Every pair is reachable.
 */
export function buildStraightLineMatrix(points: LngLat[], options: StraightLineOptions): TravelMatrix {
  const detour = options.detourFactor ?? DEFAULT_DETOUR_FACTOR;
  const speedKmh = options.speedKmh ?? STRAIGHT_LINE_SPEED_KMH[options.mode];
  const minPerM = 60 / (speedKmh * 1000);
  const metres = points.map((a) => points.map((b) => measureDistanceM(a, b) * detour));
  const minutes = metres.map((row) => row.map((m) => m * minPerM));
  return { minutes, metres, pathBetween: (i, j) => [points[i], points[j]], method: STRAIGHT_LINE_METHOD };
}
