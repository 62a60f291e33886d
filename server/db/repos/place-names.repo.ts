/**
 * Points named as people name them (issue 11, part 6): by the nearest standard address or key place — '星河城1栋附近',
 * '达川区行政中心附近' — from the search index's locator (search-index.repo.ts), in memory: naming the 2,000
 * near-repeat pairs of an analysis costs milliseconds. Names are not scoped: the name of a building near a point
 * reveals no more than the base map does. A caller that sends someone to the point names it within a jurisdiction
 * instead (NameOptions.scope).
 */
import type { Scope } from '../../../core/contracts/auth';
import { describeNearPlace, NEAR_PLACE_M, type NamedPoint } from '../../../core/search';
import type { Db } from '../engine';
import { findScopeGridCodes, findScopeGridNamesAt } from './scope-points.repo';
import { loadSearchIndex } from './search-index.repo';

export interface NameOptions {
  /**
   * How far to look, metres (default NEAR_PLACE_M, 300). Within 300 m a point is '… 附近'; beyond, up to this
   * distance, it is named by direction and distance: '星河城1栋东北约450米'.
   */
  withinM?: number;
  /**
   * Names from this jurisdiction only: the addresses and key places in its grids, and for a point with none within
   * reach the name of the jurisdiction's grid it lies in ('梧桐梁社区第1网格'). A patrol stop on a beat's edge is
   * where the beat's officer goes: named by the building across the edge, in the next beat, it sends them to a
   * building that is not theirs.
   */
  scope?: Scope;
}

/**
 * A name for each WGS-84 [lng, lat] point, in order: the nearest standard address or key place within reach
 * (whichever is nearer; with a scope, the nearest in it, else its grid's name), or null when nothing lies within it.
 */
export async function nameNearestPlaces(db: Db, points: readonly [number, number][], options: NameOptions = {}): Promise<(string | null)[]> {
  if (points.length === 0) return [];
  const { locator } = await loadSearchIndex(db);
  const withinM = options.withinM ?? NEAR_PLACE_M;
  const { scope } = options;
  const scopeGrids = scope ? await findScopeGridCodes(db, scope) : null;
  const accept = scopeGrids ? (p: NamedPoint) => p.gridCode !== undefined && scopeGrids.has(p.gridCode) : undefined;
  const names = points.map((p) => {
    const near = locator.nearest(p, withinM, accept);
    return near ? describeNearPlace(near) : null;
  });
  const unnamed = names.flatMap((name, i) => (name === null ? [i] : []));
  if (!scope || unnamed.length === 0) return names;
  const gridNames = await findScopeGridNamesAt(db, unnamed.map((i) => points[i]), scope);
  unnamed.forEach((i, k) => {
    names[i] = gridNames[k];
  });
  return names;
}
