import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildPmtilesArchive, type TilesetMetadata } from '../../../core/basemap/index';
import type { StoredTile } from './write-mbtiles';

/**
 * Writes a PMTiles v3 archive of gzip'ed MVT tiles (the byte layout is core/basemap/build-pmtiles-archive.ts) into a
 * temporary file beside `path`, renamed over it at the end, so a failed run leaves no half-written package.
 */
export function writePmtiles(path: string, tiles: StoredTile[], metadata: TilesetMetadata): void {
  const { parts } = buildPmtilesArchive(tiles, {
    tileType: 1,
    tileCompression: 2,
    minZoom: metadata.minzoom,
    maxZoom: metadata.maxzoom,
    bounds: metadata.bounds,
    center: [metadata.center[0], metadata.center[1]],
    centerZoom: metadata.center[2],
    metadata,
    gzip: (bytes) => gzipSync(bytes),
  });
  const partial = `${path}.partial-${process.pid}`;
  let fd: number | null = null;
  try {
    fd = openSync(partial, 'w');
    for (const part of parts) writeSync(fd, part);
    closeSync(fd);
    fd = null;
    renameSync(partial, path);
  } catch (err) {
    if (fd !== null) closeSync(fd);
    rmSync(partial, { force: true });
    throw err;
  }
}
