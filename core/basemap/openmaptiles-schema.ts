/**
 * The part of the OpenMapTiles vector schema (https://openmaptiles.org/schema/, layers and fields as in its v3.x)
 * that the base-map builder writes. Any OpenMapTiles style draws our packages, and our bundled style
 * (client/map/basemap/openmaptiles-style.ts) uses only the layers and fields listed here. Pure data, no I/O.
 */

/** Every layer the builder writes, in drawing order (bottom first). */
export const OPENMAPTILES_LAYERS = ['landcover', 'water', 'waterway', 'building', 'transportation', 'transportation_name', 'place'] as const;
export type OpenMapTilesLayer = (typeof OPENMAPTILES_LAYERS)[number];

/** `transportation.class`: OSM highway values grouped as OpenMapTiles does (residential, unclassified… are `minor`). */
export const TRANSPORTATION_CLASSES = ['motorway', 'trunk', 'primary', 'secondary', 'tertiary', 'minor', 'service', 'track', 'path'] as const;
export type TransportationClass = (typeof TRANSPORTATION_CLASSES)[number];

export const LANDCOVER_CLASSES = ['wood', 'grass', 'sand', 'wetland', 'farmland'] as const;
export const WATER_CLASSES = ['ocean', 'lake', 'river', 'pond', 'swimming_pool'] as const;
export const WATERWAY_CLASSES = ['river', 'canal', 'stream'] as const;
export const PLACE_CLASSES = ['city', 'town', 'village', 'suburb', 'quarter', 'neighbourhood'] as const;

/** Buildings are only in tiles from this zoom on (a building is a few pixels below it). */
export const BUILDING_MINZOOM = 13;

export const OSM_ATTRIBUTION = '© OpenStreetMap contributors (ODbL)';

type FieldType = 'String' | 'Number' | 'Boolean';

/**
 * The fields of each layer, as TileJSON 3.0 `vector_layers[].fields` lists them. `name` is `name:zh` when the
 * element has one, otherwise `name` (the map is read in Chinese); `name:zh` is written too when present.
 */
export const OPENMAPTILES_FIELDS: Record<OpenMapTilesLayer, Record<string, FieldType>> = {
  landcover: { class: 'String', subclass: 'String' },
  water: { class: 'String', intermittent: 'Number' },
  waterway: { class: 'String', name: 'String', 'name:zh': 'String', intermittent: 'Number' },
  building: { render_height: 'Number', render_min_height: 'Number' },
  transportation: { class: 'String', subclass: 'String', ramp: 'Number', oneway: 'Number', brunnel: 'String', layer: 'Number' },
  transportation_name: { class: 'String', subclass: 'String', name: 'String', 'name:zh': 'String', ref: 'String', brunnel: 'String' },
  place: { class: 'String', name: 'String', 'name:zh': 'String', rank: 'Number' },
};

const descriptions: Record<OpenMapTilesLayer, string> = {
  landcover: 'Parks, gardens and grass (class grass), woods (wood), beaches (sand), wetland and farmland',
  water: 'Water areas: the sea from natural=coastline (class ocean), natural=water, waterway=riverbank, landuse=reservoir, leisure=swimming_pool, water multipolygons',
  waterway: 'Rivers, canals and streams as lines',
  building: `Building footprints (zoom ${BUILDING_MINZOOM} and up)`,
  transportation: 'Roads and paths by class',
  transportation_name: 'Named or numbered roads, for labels along the line',
  place: 'Named places (city, town, village, suburb, quarter, neighbourhood) as points',
};

export interface VectorLayerDescription {
  id: OpenMapTilesLayer;
  description: string;
  minzoom: number;
  maxzoom: number;
  fields: Record<string, FieldType>;
}

/**
 * TileJSON `vector_layers` for a package cut from `minzoom` to `maxzoom`: every layer the builder writes, with its
 * fields, even a layer that happens to be empty in one extract (so a style can always be checked against it).
 */
export function describeVectorLayers(minzoom: number, maxzoom: number): VectorLayerDescription[] {
  return OPENMAPTILES_LAYERS.map((id) => ({
    id,
    description: descriptions[id],
    minzoom: id === 'building' ? Math.max(minzoom, Math.min(BUILDING_MINZOOM, maxzoom)) : minzoom,
    maxzoom,
    fields: OPENMAPTILES_FIELDS[id],
  }));
}
