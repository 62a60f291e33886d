import type { OsmTags } from './types';

const riverWater = new Set(['river', 'canal', 'stream', 'oxbow', 'riverbank']);

/**
 * The OpenMapTiles `water` class of an area's tags: natural=water (river, canal… when `water=` says so, pond,
 * else lake), waterway=riverbank (river), landuse=reservoir or basin (lake), leisure=swimming_pool; null for
 * anything else. The caller decides whether the geometry is an area (a closed way or a multipolygon). Pure.
 */
export function classifyWaterArea(tags: OsmTags | undefined): 'lake' | 'river' | 'pond' | 'swimming_pool' | null {
  if (!tags) return null;
  if (tags.waterway === 'riverbank') return 'river';
  if (tags.natural === 'water') {
    if (riverWater.has(tags.water ?? '')) return 'river';
    return tags.water === 'pond' ? 'pond' : 'lake';
  }
  if (tags.landuse === 'reservoir' || tags.landuse === 'basin') return 'lake';
  if (tags.leisure === 'swimming_pool') return 'swimming_pool';
  return null;
}
