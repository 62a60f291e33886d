import { geoJSONToTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { tileBuffer, tileExtent, type TileAddress, type TileLayerId } from '../../core/contracts/tiles';

/**
 * Encodes one layer's features (GeoJSON in EPSG:4326, as tiles.repo's findTileFeatures gives them) into a Mapbox
 * Vector Tile in Node: the path for PGlite, whose PostGIS has no ST_AsMVT (issue 14, item 2). Empty bytes when no
 * feature lands in the tile. Does not mutate `features`.
 *
 * Made to match ST_AsMVT(ST_AsMVTGeom(…, 4096, 64, true)) on PostgreSQL: the same extent and buffer, clipped at the
 * buffer, and no simplification at the tile's own zoom (maxZoom = z makes geojson-vt's tolerance 0 there), so the
 * two differ only by rounding to tile units and by how each clips a polygon at the buffer's edge.
 */
export function encodeTileInNode(layer: TileLayerId, features: GeoJSON.FeatureCollection, { z, x, y }: TileAddress): Uint8Array {
  if (features.features.length === 0) return new Uint8Array();
  // geoJSONToTile cuts the one tile asked for without building geojson-vt's index over the zooms above it.
  const tile = geoJSONToTile(features, z, x, y, { extent: tileExtent, buffer: tileBuffer, maxZoom: z, tolerance: 0, clip: true, wrap: false });
  if (!tile || tile.features.length === 0) return new Uint8Array();
  return fromGeojsonVt({ [layer]: tile }, { version: 2, extent: tileExtent });
}
