import { basename } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Compression, PMTiles, SharedPromiseCache, TileType, type Header } from 'pmtiles';
import type { BasemapSettings } from '../../core/contracts/basemap';
import { BasemapError } from './basemap-error';
import { describeFromSettings, pmtilesUrl, usableBounds, type BasemapPackage, type Tile } from './basemap-package';
import { PmtilesFileSource } from './pmtiles-file-source';
import { requireReadablePath } from './readable-path';
import { contentTypeOf, type TileFormat } from './tile-format';
import { detectVectorSchema, vectorLayerIds } from './vector-schema';

const formatOfTileType: Partial<Record<TileType, TileFormat>> = {
  [TileType.Mvt]: 'pbf',
  [TileType.Png]: 'png',
  [TileType.Jpeg]: 'jpg',
  [TileType.Webp]: 'webp',
};
const encodingOf: Partial<Record<Compression, Tile['contentEncoding']>> = {
  [Compression.Gzip]: 'gzip',
  [Compression.Brotli]: 'br',
  [Compression.Zstd]: 'zstd',
};

/**
 * Opens a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md) with the `pmtiles`
 * reader over the file. The header gives the tile type, zoom range and bounds; the JSON metadata the name,
 * attribution and vector layers. Tiles are served as stored, their compression named in Content-Encoding;
 * the browser may also read the archive itself (GET /basemap/package.pmtiles, HTTP Range).
 */
export async function openPmtiles(settings: BasemapSettings): Promise<BasemapPackage> {
  const file = requireReadablePath(settings.path, 'file', '/srv/basemap/dachuan.pmtiles');
  const source = await PmtilesFileSource.open(file);
  try {
    return await readArchive(source, file, settings);
  } catch (err) {
    await source.close();
    if (err instanceof BasemapError) throw err;
    throw new BasemapError('path', 'basemap_pmtiles_invalid', { file, detail: (err as Error).message });
  }
}

async function readArchive(source: PmtilesFileSource, file: string, settings: BasemapSettings): Promise<BasemapPackage> {
  const magic = new Uint8Array((await source.getBytes(0, 8)).data);
  if (new TextDecoder().decode(magic.subarray(0, 7)) !== 'PMTiles') {
    throw new BasemapError('path', 'basemap_not_pmtiles', { file });
  }
  if (magic[7] !== 3) throw new BasemapError('path', 'basemap_pmtiles_version', { file, version: magic[7] });
  // The reader decompresses directories in its cache and metadata and tiles with its own function: tiles are
  // read through an instance whose function leaves them as stored, so they go out with their Content-Encoding.
  const cache = new SharedPromiseCache(100, false, decompress);
  const archive = new PMTiles(source, cache, async (buf) => buf);
  const header = await archive.getHeader();
  const format = formatOfTileType[header.tileType];
  if (!format) throw new BasemapError('path', 'basemap_tile_type', { file, type: header.tileType });
  if (header.tileCompression === Compression.Unknown && format === 'pbf') {
    throw new BasemapError('path', 'basemap_compression_unknown', { file });
  }
  const metadata = ((await new PMTiles(source, cache, decompress).getMetadata()) ?? {}) as { name?: unknown; attribution?: unknown; vector_layers?: unknown };
  const vectorLayers = format === 'pbf' ? vectorLayerIds(metadata.vector_layers) : [];
  const description = describeFromSettings(settings, {
    name: typeof metadata.name === 'string' && metadata.name ? metadata.name : basename(file),
    tileType: format === 'pbf' ? 'vector' : 'raster',
    format,
    tileSize: format === 'pbf' ? 512 : 256,
    minzoom: header.minZoom,
    maxzoom: header.maxZoom,
    bounds: boundsOf(header),
    attribution: typeof metadata.attribution === 'string' ? metadata.attribution : undefined,
    pmtilesUrl,
    vectorLayers,
    vectorSchema: detectVectorSchema(vectorLayers),
  });
  const contentType = contentTypeOf(format);
  const contentEncoding = encodingOf[header.tileCompression];
  return {
    describe: () => description,
    pmtilesPath: file,
    async getTile(z, x, y) {
      const found = await archive.getZxy(z, x, y);
      if (!found) return null;
      const bytes = new Uint8Array(found.data);
      return contentEncoding ? { bytes, contentType, contentEncoding } : { bytes, contentType };
    },
    close: () => source.close(),
  };
}

function boundsOf(h: Header) {
  return usableBounds([h.minLon, h.minLat, h.maxLon, h.maxLat]);
}

/** The archive's internal compression (directories, metadata), with Node's zlib. */
async function decompress(buf: ArrayBuffer, compression: Compression): Promise<ArrayBuffer> {
  const bytes = new Uint8Array(buf);
  const out =
    compression === Compression.None || compression === Compression.Unknown
      ? bytes
      : compression === Compression.Gzip
        ? gunzipSync(bytes)
        : compression === Compression.Brotli
          ? brotliDecompressSync(bytes)
          : null;
  if (!out) throw new Error(`compression ${compression} is not supported`);
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
}
