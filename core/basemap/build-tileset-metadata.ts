import { describeVectorLayers, OSM_ATTRIBUTION, type VectorLayerDescription } from './openmaptiles-schema';
import type { Bbox } from './types';

export interface TilesetMetadata {
  name: string;
  description: string;
  format: 'pbf';
  type: 'baselayer';
  version: string;
  attribution: string;
  /** w, s, e, n in degrees. */
  bounds: Bbox;
  /** lng, lat, zoom. */
  center: [number, number, number];
  minzoom: number;
  maxzoom: number;
  /** The schema the tiles follow, which picks the bundled style (core/contracts/basemap.ts VectorSchema). */
  schema: 'openmaptiles';
  vector_layers: VectorLayerDescription[];
}

/**
 * The TileJSON-style description of a base map cut from OSM, for the MBTiles `metadata` table and the PMTiles JSON
 * metadata: bounds and zooms as cut, the centre of the bounds at zoom 13 (kept within the zoom range), OSM's ODbL
 * attribution and every layer of the OpenMapTiles subset with its fields. Pure.
 */
export function buildTilesetMetadata(input: { name: string; source: string; bounds: Bbox; minzoom: number; maxzoom: number }): TilesetMetadata {
  const { name, source, bounds, minzoom, maxzoom } = input;
  const round = (v: number) => Math.round(v * 1e7) / 1e7;
  return {
    name,
    description: `OpenStreetMap base map (OpenMapTiles schema) cut from ${source}`,
    format: 'pbf',
    type: 'baselayer',
    version: '1',
    attribution: OSM_ATTRIBUTION,
    bounds: bounds.map(round) as Bbox,
    center: [round((bounds[0] + bounds[2]) / 2), round((bounds[1] + bounds[3]) / 2), Math.max(minzoom, Math.min(maxzoom, 13))],
    minzoom,
    maxzoom,
    schema: 'openmaptiles',
    vector_layers: describeVectorLayers(minzoom, maxzoom),
  };
}
