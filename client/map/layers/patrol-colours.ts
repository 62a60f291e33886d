import type { HotspotClass } from '../../../core/hotspots/types';
import type { Rgba } from './colour-scales';

// The patrol map's palette, shared by its layers and the view's legend (CSS colours from the same numbers).

/**
 * Hot cells by confidence (Gi*, after FDR): the darker, the surer. Only hot classes are candidates. Light enough that
 * the route over them stays the strongest thing on the map, and on the printed card.
 */
export const patrolCellColours: Partial<Record<HotspotClass, Rgba>> = {
  'hot-99': [189, 0, 38, 105],
  'hot-95': [240, 59, 32, 90],
  'hot-90': [253, 141, 60, 80],
};
export const patrolCellFallback: Rgba = [253, 141, 60, 70];

export const patrolColours = {
  route: [0, 61, 165, 235] as Rgba,
  /** The straight-line fallback (no road data): amber, so it is not taken for a street route. */
  straightRoute: [217, 119, 6, 235] as Rgba,
  casing: [255, 255, 255, 220] as Rgba,
  keyPlace: [109, 40, 217, 230] as Rgba,
  mandatory: [220, 38, 38, 255] as Rgba,
  hotspotStop: [0, 61, 165, 255] as Rgba,
  keyPlaceStop: [109, 40, 217, 255] as Rgba,
  start: [15, 42, 87, 255] as Rgba,
  white: [255, 255, 255, 255] as Rgba,
};

export const patrolCellColour = (cls: HotspotClass | undefined): Rgba => (cls && patrolCellColours[cls]) || patrolCellFallback;
