import { renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { TilesetMetadata } from '../../../core/basemap/index';

export interface StoredTile {
  z: number;
  x: number;
  /** XYZ row, from the north. */
  y: number;
  /** The gzip'ed vector tile. */
  data: Uint8Array;
}

/** The MBTiles 1.3 `metadata` rows (github.com/mapbox/mbtiles-spec): strings, the layers in `json`. */
function metadataRows(m: TilesetMetadata): [string, string][] {
  return [
    ['name', m.name],
    ['description', m.description],
    ['format', m.format],
    ['type', m.type],
    ['version', m.version],
    ['attribution', m.attribution],
    ['bounds', m.bounds.join(',')],
    ['center', m.center.join(',')],
    ['minzoom', String(m.minzoom)],
    ['maxzoom', String(m.maxzoom)],
    ['json', JSON.stringify({ vector_layers: m.vector_layers, schema: m.schema })],
  ];
}

/**
 * Writes an MBTiles 1.3 file: `metadata` and `tiles` (TMS rows: y counted from the south) in one transaction, into
 * a temporary file beside `path` that is renamed over it at the end, so a failed run leaves no half-written package.
 */
export function writeMbtiles(path: string, tiles: StoredTile[], metadata: TilesetMetadata): void {
  const partial = `${path}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  let db: Database.Database | null = null;
  try {
    db = new Database(partial);
    db.pragma('journal_mode = MEMORY'); // no -journal file beside the package
    db.exec(`
      CREATE TABLE metadata (name TEXT, value TEXT);
      CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);
      CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);
    `);
    const addMeta = db.prepare('INSERT INTO metadata (name, value) VALUES (?, ?)');
    const addTile = db.prepare('INSERT INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)');
    db.transaction(() => {
      for (const [name, value] of metadataRows(metadata)) addMeta.run(name, value);
      for (const t of tiles) addTile.run(t.z, t.x, 2 ** t.z - 1 - t.y, Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength));
    })();
    db.close();
    db = null;
    renameSync(partial, path);
  } catch (err) {
    db?.close();
    rmSync(partial, { force: true });
    throw err;
  }
}
