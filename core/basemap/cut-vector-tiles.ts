import { GeoJSONVT, type GeoJSONVTFeature } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { findTileRange } from './find-tile-range';
import { BasemapInputError, type BasemapFeature, type Bbox } from './types';

export const TILE_EXTENT = 4096;
export const TILE_BUFFER = 64;

export interface CutOptions {
  minzoom: number;
  maxzoom: number;
  /** Only tiles touching this box (w, s, e, n in degrees) are cut. */
  bbox: Bbox;
}

export interface VectorTile {
  z: number;
  x: number;
  /** XYZ row, from the north. */
  y: number;
  /** The tile as an uncompressed Mapbox Vector Tile (v2) protobuf. */
  data: Uint8Array;
}

/**
 * Cuts features into Mapbox Vector Tiles (extent 4096, buffer 64) for every zoom from `minzoom` to `maxzoom`, with
 * @maplibre/geojson-vt (clipping, simplification at each zoom) and @maplibre/vt-pbf; one tile layer a feature layer
 * name. A feature appears from its own `minzoom` on. Yields only tiles that hold at least one feature, zoom by zoom,
 * rows then columns. Throws BasemapInputError for a zoom range outside 0…22 or reversed. Does not mutate the input.
 */
export function* cutVectorTiles(features: BasemapFeature[], options: CutOptions): Generator<VectorTile> {
  const { minzoom, maxzoom, bbox } = options;
  if (!(Number.isInteger(minzoom) && Number.isInteger(maxzoom) && minzoom >= 0 && maxzoom <= 22 && minzoom <= maxzoom)) {
    throw new BasemapInputError(`zoom range ${minzoom}…${maxzoom} must be integers with 0 ≤ minzoom ≤ maxzoom ≤ 22`);
  }
  // One index per (layer, minzoom): geojson-vt has no per-feature minzoom, so a tile merges the indexes it is deep enough for.
  const groups = new Map<string, { layer: string; minzoom: number; features: BasemapFeature['feature'][] }>();
  for (const f of features) {
    if (f.minzoom > maxzoom) continue;
    const key = `${f.layer}\u0000${f.minzoom}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { layer: f.layer, minzoom: Math.max(f.minzoom, minzoom), features: [] }));
    group.features.push(f.feature);
  }
  const indexes = [...groups.values()].map((g) => ({
    layer: g.layer,
    minzoom: g.minzoom,
    index: new GeoJSONVT({ type: 'FeatureCollection', features: g.features }, { maxZoom: maxzoom, extent: TILE_EXTENT, buffer: TILE_BUFFER }),
  }));
  for (let z = minzoom; z <= maxzoom; z++) {
    const live = indexes.filter((i) => i.minzoom <= z);
    if (live.length === 0) continue;
    const { x0, y0, x1, y1 } = findTileRange(bbox, z);
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const layers: Record<string, { features: GeoJSONVTFeature[] }> = {};
        for (const { layer, index } of live) {
          const tile = index.getTile(z, x, y);
          if (!tile || tile.features.length === 0) continue;
          const into = (layers[layer] ??= { features: [] }).features;
          for (const feature of tile.features) into.push(feature);
        }
        if (Object.keys(layers).length === 0) continue;
        yield { z, x, y, data: fromGeojsonVt(layers, { version: 2, extent: TILE_EXTENT }) };
      }
    }
  }
}
