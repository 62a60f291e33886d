import { VectorTile, type VectorTileFeature } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { latToTileY, lngToTileX, tileXToLng, tileYToLat } from '../../server/basemap/tile-math';
import { tileBuffer, tileExtent, type TileAddress } from '../../core/contracts/tiles';

/** A decoded feature: its id, properties and geometry rings in tile units. */
export interface DecodedFeature {
  id: number | undefined;
  type: VectorTileFeature['type'];
  properties: Record<string, number | string | boolean>;
  rings: { x: number; y: number }[][];
}

/** The features of one layer of an MVT (none when the tile lacks the layer). */
export function decodeLayer(bytes: Uint8Array, layer: string): DecodedFeature[] {
  const tile = new VectorTile(new PbfReader(bytes));
  const l = tile.layers[layer];
  if (!l) return [];
  const features: DecodedFeature[] = [];
  for (let i = 0; i < l.length; i++) {
    const f = l.feature(i);
    features.push({ id: f.id, type: f.type, properties: f.properties, rings: f.loadGeometry().map((r) => r.map((p) => ({ x: p.x, y: p.y }))) });
  }
  return features;
}

/** The z tile that holds a point. */
export function tileAt(lng: number, lat: number, z: number): TileAddress {
  return { z, x: Math.floor(lngToTileX(lng, z)), y: Math.floor(latToTileY(lat, z)) };
}

/** A tile's box [w, s, e, n] in degrees, widened by the tile buffer (64 of 4096 units), as the tile's rows are chosen. */
export function bufferedBbox({ z, x, y }: TileAddress): [number, number, number, number] {
  const m = tileBuffer / tileExtent;
  return [tileXToLng(x - m, z), tileYToLat(y + 1 + m, z), tileXToLng(x + 1 + m, z), tileYToLat(y - m, z)];
}
