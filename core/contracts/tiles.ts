/**
 * Vector tiles under /tiles (issue 14, item 2): the layers served, the tile matrix they are cut on (Web Mercator,
 * XYZ: y grows southward) and the TileJSON 3.0.0 document that describes each layer.
 */

/** The layers served, each a layer of the same name inside its tiles. */
export const tileLayerIds = ['incidents', 'buildings', 'grids'] as const;
export type TileLayerId = (typeof tileLayerIds)[number];

export const isTileLayerId = (s: string): s is TileLayerId => (tileLayerIds as readonly string[]).includes(s);

/** The deepest zoom a tile may name; tiles below it are cut from the same rows (features are not generalised). */
export const tileMaxZoom = 22;
/** MVT geometry units across a tile, and how far past its edges geometry is kept (as ST_AsMVTGeom's defaults). */
export const tileExtent = 4096;
export const tileBuffer = 64;

export interface TileAddress {
  z: number;
  x: number;
  y: number;
}

/** Which part of a z/x/y is wrong, and the values it may take. */
export type TileAddressProblem =
  | { field: 'z'; value: string; max: number }
  | { field: 'x' | 'y'; value: string; max: number; z: number };

const whole = /^\d{1,9}$/;

/**
 * The tile that path segments z, x and y name, or the first of them that is not a whole number in the tile matrix:
 * z in 0..tileMaxZoom, x and y in 0..2^z−1. Does not mutate its input.
 */
export function parseTileAddress(raw: { z: string; x: string; y: string }): { ok: true; tile: TileAddress } | { ok: false; problem: TileAddressProblem } {
  if (!whole.test(raw.z) || Number(raw.z) > tileMaxZoom) return { ok: false, problem: { field: 'z', value: raw.z, max: tileMaxZoom } };
  const z = Number(raw.z);
  const max = 2 ** z - 1;
  for (const field of ['x', 'y'] as const) {
    if (!whole.test(raw[field]) || Number(raw[field]) > max) return { ok: false, problem: { field, value: raw[field], max, z } };
  }
  return { ok: true, tile: { z, x: Number(raw.x), y: Number(raw.y) } };
}

/** A vector layer of a TileJSON document: its id and its fields' types ("Number", "String", "Boolean"). */
export interface TileJsonVectorLayer {
  id: TileLayerId;
  description: string;
  fields: Record<string, 'Number' | 'String' | 'Boolean'>;
  minzoom: number;
  maxzoom: number;
}

/** TileJSON 3.0.0 (https://github.com/mapbox/tilejson-spec/tree/master/3.0.0), as /tiles/{layer}.json answers it. */
export interface TileJson {
  tilejson: '3.0.0';
  name: string;
  description: string;
  scheme: 'xyz';
  tiles: string[]; // one template whose query carries the layer's data version: …/{z}/{x}/{y}.mvt?v=<version>
  minzoom: number;
  maxzoom: number;
  bounds: [number, number, number, number];
  center: [number, number, number];
  vector_layers: TileJsonVectorLayer[];
}
