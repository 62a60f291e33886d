import { PLACE_CLASSES } from './openmaptiles-schema';
import { pickNameProperties } from './pick-name-properties';
import type { BasemapFeature, OsmNode } from './types';

// OpenMapTiles' place rank: smaller is more important (a style can thin labels by it).
const rankOf: Record<string, number> = { city: 1, town: 2, village: 3, suburb: 4, quarter: 5, neighbourhood: 6 };

/** The `place` point of a named OSM node tagged place=city/town/village/suburb/quarter/neighbourhood; null otherwise. Pure. */
export function convertPlaceNode(node: OsmNode): BasemapFeature | null {
  const cls = node.tags?.place;
  if (!cls || !(PLACE_CLASSES as readonly string[]).includes(cls)) return null;
  const names = pickNameProperties(node.tags);
  if (!names.name) return null;
  return {
    layer: 'place',
    minzoom: 0,
    feature: { type: 'Feature', properties: { class: cls, ...names, rank: rankOf[cls] }, geometry: { type: 'Point', coordinates: [node.lon, node.lat] } },
  };
}
