import { basename } from 'node:path';
import Database from 'better-sqlite3';
import type { BasemapSettings } from '../../core/contracts/basemap';
import { BasemapError } from './basemap-error';
import { describeFromSettings, usableBounds, type BasemapPackage } from './basemap-package';
import { requireReadablePath } from './readable-path';
import { boundsOfTileRange } from './tile-math';
import { contentTypeOf, formatOfName, isGzip, pngWidth, sniffFormat, type TileFormat } from './tile-format';
import { detectVectorSchema, vectorLayerIds } from './vector-schema';

/**
 * Opens an MBTiles file (https://github.com/mapbox/mbtiles-spec) read-only: the `metadata` table gives the name,
 * format, bounds, zoom range, attribution and (in `json`) the vector layers; what it lacks is read from the
 * `tiles` table. Rows are TMS (row 0 at the south), so y is flipped. Vector tiles are served as stored, a gzip'ed
 * one with Content-Encoding: gzip.
 */
export async function openMbtiles(settings: BasemapSettings): Promise<BasemapPackage> {
  const file = requireReadablePath(settings.path, 'file', '/srv/basemap/dachuan.mbtiles');
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const pkg = readPackage(db, file, settings);
    return pkg;
  } catch (err) {
    db?.close();
    if (err instanceof BasemapError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new BasemapError('path', 'basemap_not_sqlite', { file });
    }
    throw new BasemapError('path', 'basemap_mbtiles_unreadable', { file, detail: (err as Error).message });
  }
}

function readPackage(db: Database.Database, file: string, settings: BasemapSettings): BasemapPackage {
  const tilesTable = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'tiles' AND type IN ('table', 'view')").get();
  if (!tilesTable) throw new BasemapError('path', 'basemap_no_tiles_table', { file });
  const metadata = readMetadata(db);
  const first = db.prepare('SELECT tile_data AS bytes FROM tiles LIMIT 1').get() as { bytes: Buffer } | undefined;
  if (!first) throw new BasemapError('path', 'basemap_mbtiles_empty', { file });

  const format: TileFormat = formatOfName(metadata.format ?? '') ?? sniffFormat(first.bytes);
  const zooms = db.prepare('SELECT min(zoom_level) AS min, max(zoom_level) AS max FROM tiles').get() as { min: number; max: number };
  const minzoom = integerOf(metadata.minzoom) ?? zooms.min;
  const maxzoom = integerOf(metadata.maxzoom) ?? zooms.max;
  const vectorLayers = format === 'pbf' ? vectorLayerIds(parseJson(metadata.json)?.vector_layers) : [];
  const description = describeFromSettings(settings, {
    name: metadata.name || basename(file),
    tileType: format === 'pbf' ? 'vector' : 'raster',
    format,
    tileSize: format === 'pbf' || pngWidth(first.bytes) === 512 ? 512 : 256,
    minzoom,
    maxzoom,
    bounds: usableBounds(metadata.bounds?.split(',').map(Number)) ?? boundsOfTiles(db, zooms.max),
    attribution: metadata.attribution,
    vectorLayers,
    vectorSchema: detectVectorSchema(vectorLayers),
  });

  const selectTile = db.prepare('SELECT tile_data AS bytes FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?');
  const contentType = contentTypeOf(format);
  return {
    describe: () => description,
    getTile: async (z, x, y) => {
      const row = selectTile.get(z, x, 2 ** z - 1 - y) as { bytes: Buffer } | undefined;
      if (!row) return null;
      return format === 'pbf' && isGzip(row.bytes) ? { bytes: row.bytes, contentType, contentEncoding: 'gzip' } : { bytes: row.bytes, contentType };
    },
    close: async () => {
      db.close();
    },
  };
}

function readMetadata(db: Database.Database): Record<string, string | undefined> {
  const hasMetadata = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'metadata'").get();
  if (!hasMetadata) return {};
  const rows = db.prepare('SELECT name, value FROM metadata').all() as { name: string; value: string }[];
  return Object.fromEntries(rows.map((r) => [r.name, r.value == null ? undefined : String(r.value)]));
}

/** Bounds from the tiles of the deepest zoom, for a package whose metadata has none. */
function boundsOfTiles(db: Database.Database, z: number) {
  const r = db
    .prepare('SELECT min(tile_column) AS xMin, max(tile_column) AS xMax, min(tile_row) AS rowMin, max(tile_row) AS rowMax FROM tiles WHERE zoom_level = ?')
    .get(z) as { xMin: number; xMax: number; rowMin: number; rowMax: number };
  const flip = (row: number) => 2 ** z - 1 - row;
  return boundsOfTileRange(z, r.xMin, r.xMax, flip(r.rowMax), flip(r.rowMin));
}

function integerOf(value: string | undefined): number | null {
  return value !== undefined && /^\d{1,2}$/.test(value.trim()) ? Number(value) : null;
}

function parseJson(value: string | undefined): { vector_layers?: unknown } | null {
  if (!value) return null;
  try {
    return JSON.parse(value) as { vector_layers?: unknown };
  } catch {
    return null;
  }
}
