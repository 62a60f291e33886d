import { HotspotInputError } from './types';

/**
 * The fewest incidents a Gi* hot-spot analysis is run on, after ArcGIS's Optimized Hot Spot Analysis, which refuses
 * fewer than 30. With a handful of incidents nearly every cell is empty, the counts' spread is tiny, and a cell holding
 * one or two incidents reaches a z-score that reads as a 99 % hot spot (QA: 6 incidents gave 48 such cells). One figure
 * for the analysis map, the emerging trend's slices and the client's notice. The patrol planner's hot cells are exempt
 * (computeCellHotspots' minIncidents 0): a beat's evening window over a few weeks holds 7–30 incidents, the planner
 * only ranks the cells they fell in as places to walk past, and it says its source; refusing there left ten of the
 * sixteen demo beats without a route.
 */
export const MIN_HOTSPOT_INCIDENTS = 30;

/** Why no hot-spot analysis was run: the incidents counted, fewer than `minimum` (MIN_HOTSPOT_INCIDENTS). */
export interface TooFewIncidents {
  incidents: number;
  minimum: number;
}

/**
 * Whether `incidents` (the incidents a hot-spot analysis counted in its cells) are enough: null when they are, else
 * the count and the minimum, to be said to the user. Throws HotspotInputError for a count that is not a number ≥ 0.
 */
export function checkHotspotIncidents(incidents: number, minimum: number = MIN_HOTSPOT_INCIDENTS): TooFewIncidents | null {
  if (!(incidents >= 0)) throw new HotspotInputError(`incidents must be a count ≥ 0, got ${incidents}`);
  return incidents < minimum ? { incidents, minimum } : null;
}
