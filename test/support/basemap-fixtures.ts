import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { geoJSONToTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import Database from 'better-sqlite3';
import { PNG } from 'pngjs';
import { boundsOfTileRange, tileXToLng, tileYToLat } from '../../server/basemap/tile-math';

/** A tile of a test package, XYZ scheme (y grows southward). */
export interface FixtureTile {
  z: number;
  x: number;
  y: number;
  bytes: Uint8Array;
}

/** The zoom-12 tile of central Dachuan (107.50° E, 31.21° N), which the fixtures are built around. */
export const dachuanZ12 = { z: 12, x: 3271, y: 1673 };

/** The tiles of a small block: every zoom from minzoom to maxzoom over the area of the zoom-12 tile `centre`. */
export function blockOfTiles(minzoom: number, maxzoom: number, make: (z: number, x: number, y: number) => Uint8Array, centre = dachuanZ12): FixtureTile[] {
  const tiles: FixtureTile[] = [];
  for (let z = minzoom; z <= maxzoom; z++) {
    const scale = 2 ** (z - centre.z);
    const [x0, x1] = scale >= 1 ? [centre.x * scale, (centre.x + 1) * scale - 1] : [Math.floor(centre.x * scale), Math.floor(centre.x * scale)];
    const [y0, y1] = scale >= 1 ? [centre.y * scale, (centre.y + 1) * scale - 1] : [Math.floor(centre.y * scale), Math.floor(centre.y * scale)];
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) tiles.push({ z, x, y, bytes: make(z, x, y) });
  }
  return tiles;
}

/** A 256 px PNG of one colour with a diagonal stripe, different for each tile (so its bytes identify it). */
export function makePng(z: number, x: number, y: number, size = 256): Uint8Array {
  const png = new PNG({ width: size, height: size });
  const colour = [(x * 37) % 256, (y * 59) % 256, (z * 83) % 256];
  for (let i = 0; i < size * size; i++) {
    const onStripe = i % size === Math.floor(i / size);
    png.data.set(onStripe ? [255, 255, 255, 255] : [...colour, 255], i * 4);
  }
  return new Uint8Array(PNG.sync.write(png));
}

/**
 * A real Mapbox vector tile (uncompressed) with OpenMapTiles-like layers: a `transportation` line across the tile,
 * a `water` polygon in its south-west quarter and a `place` point at its centre.
 */
export function makeVectorTile(z: number, x: number, y: number): Uint8Array {
  const [w, s, e, n] = boundsOfTileRange(z, x, x, y, y);
  const mid = [(w + e) / 2, (s + n) / 2];
  const layer = (fc: FeatureCollection) => geoJSONToTile(fc, z, x, y, { extent: 4096 });
  const collection = (geometry: FeatureCollection['features'][number]['geometry'], properties: Record<string, string | number>): FeatureCollection => ({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry, properties }],
  });
  return fromGeojsonVt(
    {
      transportation: layer(collection({ type: 'LineString', coordinates: [[w, mid[1]], [e, mid[1]]] }, { class: 'primary', name: '通川路' })),
      water: layer(collection({ type: 'Polygon', coordinates: [[[w, s], [mid[0], s], [mid[0], mid[1]], [w, mid[1]], [w, s]]] }, { class: 'river' })),
      place: layer(collection({ type: 'Point', coordinates: mid }, { class: 'town', name: '达川' })),
    },
    { version: 2, extent: 4096 },
  );
}

/** The vector layers of makeVectorTile, as TileJSON's vector_layers lists them. */
export const fixtureVectorLayers = [
  { id: 'transportation', fields: { class: 'String', name: 'String' }, minzoom: 0, maxzoom: 14 },
  { id: 'water', fields: { class: 'String' }, minzoom: 0, maxzoom: 14 },
  { id: 'place', fields: { class: 'String', name: 'String' }, minzoom: 0, maxzoom: 14 },
];

/** Writes tiles as {z}/{x}/{y}.<ext> under `dir`. */
export function writeXyzFolder(dir: string, tiles: FixtureTile[], ext = 'png') {
  for (const t of tiles) {
    mkdirSync(join(dir, String(t.z), String(t.x)), { recursive: true });
    writeFileSync(join(dir, String(t.z), String(t.x), `${t.y}.${ext}`), t.bytes);
  }
}

/** Writes an MBTiles file (metadata and tiles tables, TMS rows, as the spec lays them out). */
export function writeMbtiles(file: string, tiles: FixtureTile[], metadata: Record<string, string>) {
  const db = new Database(file);
  try {
    db.exec(`CREATE TABLE metadata (name TEXT, value TEXT);
      CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);
      CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);`);
    const putMeta = db.prepare('INSERT INTO metadata (name, value) VALUES (?, ?)');
    const putTile = db.prepare('INSERT INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)');
    db.transaction(() => {
      for (const [name, value] of Object.entries(metadata)) putMeta.run(name, value);
      for (const t of tiles) putTile.run(t.z, t.x, 2 ** t.z - 1 - t.y, t.bytes);
    })();
  } finally {
    db.close();
  }
}

/** MBTiles metadata for tiles covering `tiles` (bounds from the deepest zoom's tile range). */
export function mbtilesMetadata(tiles: FixtureTile[], fields: Record<string, string>): Record<string, string> {
  const deepest = Math.max(...tiles.map((t) => t.z));
  const atDeepest = tiles.filter((t) => t.z === deepest);
  const xs = atDeepest.map((t) => t.x);
  const ys = atDeepest.map((t) => t.y);
  const bounds = boundsOfTileRange(deepest, Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys));
  return {
    bounds: bounds.map((v) => v.toFixed(6)).join(','),
    center: `${((bounds[0] + bounds[2]) / 2).toFixed(6)},${((bounds[1] + bounds[3]) / 2).toFixed(6)},${deepest}`,
    minzoom: String(Math.min(...tiles.map((t) => t.z))),
    maxzoom: String(deepest),
    ...fields,
  };
}

/** Gzip'ed copies of tiles, as MBTiles vector packages store them. */
export function gzipTiles(tiles: FixtureTile[]): FixtureTile[] {
  return tiles.map((t) => ({ ...t, bytes: new Uint8Array(gzipSync(t.bytes)) }));
}

/** The [w, s, e, n] bounds of one tile. */
export function tileBounds(z: number, x: number, y: number): [number, number, number, number] {
  return [tileXToLng(x, z), tileYToLat(y + 1, z), tileXToLng(x + 1, z), tileYToLat(y, z)];
}
