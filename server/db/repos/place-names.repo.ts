/**
 * Points named as people name them (issue 11, part 6): by the nearest standard address or key place — '星河城1栋附近',
 * '达川区行政中心附近' — from the search index's locator (search-index.repo.ts), in memory: naming the 2,000
 * near-repeat pairs of an analysis costs milliseconds. Names are not scoped: the name of a building near a point
 * reveals no more than the base map does.
 */
import { describeNearPlace, NEAR_PLACE_M } from '../../../core/search';
import type { Db } from '../engine';
import { loadSearchIndex } from './search-index.repo';

export interface NameOptions {
  /**
   * How far to look, metres (default NEAR_PLACE_M, 300). Within 300 m a point is '… 附近'; beyond, up to this
   * distance, it is named by direction and distance: '星河城1栋东北约450米'.
   */
  withinM?: number;
}

/**
 * A name for each WGS-84 [lng, lat] point, in order: the nearest standard address or key place within reach
 * (whichever is nearer), or null when nothing lies within it.
 */
export async function nameNearestPlaces(db: Db, points: readonly [number, number][], options: NameOptions = {}): Promise<(string | null)[]> {
  if (points.length === 0) return [];
  const { locator } = await loadSearchIndex(db);
  const withinM = options.withinM ?? NEAR_PLACE_M;
  return points.map((p) => {
    const near = locator.nearest(p, withinM);
    return near ? describeNearPlace(near) : null;
  });
}
