import type { OsmTags } from './types';

// The OpenMapTiles landcover classes we fill, and the OSM tags that make them (its `subclass` is the tag value).
const byTag: [key: string, values: string[], cls: LandcoverClass][] = [
  ['natural', ['wood'], 'wood'],
  ['landuse', ['forest'], 'wood'],
  ['leisure', ['park', 'garden', 'golf_course'], 'grass'],
  ['landuse', ['grass', 'meadow', 'recreation_ground', 'village_green', 'allotments'], 'grass'],
  ['natural', ['grassland', 'scrub', 'heath'], 'grass'],
  ['natural', ['beach', 'sand'], 'sand'],
  ['natural', ['wetland'], 'wetland'],
  ['landuse', ['farmland', 'orchard', 'vineyard'], 'farmland'],
];

export type LandcoverClass = 'wood' | 'grass' | 'sand' | 'wetland' | 'farmland';

/**
 * The OpenMapTiles `landcover` class and subclass of an area's tags (parks and gardens are `grass`, woods and
 * forests `wood`, beaches `sand`…); null for anything else. The caller decides whether the geometry is an area. Pure.
 */
export function classifyLandcover(tags: OsmTags | undefined): { class: LandcoverClass; subclass: string } | null {
  if (!tags) return null;
  for (const [key, values, cls] of byTag) {
    const value = tags[key];
    if (value !== undefined && values.includes(value)) return { class: cls, subclass: value };
  }
  return null;
}
