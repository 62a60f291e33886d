import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BasemapSettings } from '../../core/contracts/basemap';
import { BasemapError } from './basemap-error';
import { describeFromSettings, type BasemapPackage, type Tile } from './basemap-package';
import { requireReadablePath } from './readable-path';
import { boundsOfTileRange } from './tile-math';
import { contentTypeOf, formatOfName, isGzip, pngWidth, type TileFormat } from './tile-format';
import { detectVectorSchema, vectorLayerIds } from './vector-schema';

const numberName = /^\d{1,8}$/;
const tileName = /^(\d{1,8})\.(png|jpe?g|webp|pbf)$/i;

interface ZoomScan {
  z: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  extensions: Map<string, number>; // extension as written → tiles
  firstTile: string | null;
}

/**
 * Opens a folder of tiles laid out {z}/{x}/{y}.png|jpg|webp (|pbf), XYZ scheme. The extension is the one its
 * tiles have (the commonest, when mixed; each tile is looked for under every extension present); the zoom range
 * comes from the folder names, the bounds from the tiles of the deepest zoom. An optional metadata.json
 * (as mb-util writes it) gives the name, attribution and vector layers.
 */
export async function openXyzFolder(settings: BasemapSettings): Promise<BasemapPackage> {
  const root = requireReadablePath(settings.path, 'folder', '/srv/basemap/dachuan');
  const zooms = (await readdir(root, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && numberName.test(d.name))
    .map((d) => Number(d.name))
    .sort((a, b) => a - b);
  // The deepest zoom is read whole (its bounds); shallower ones only until one tile shows they hold tiles.
  let deepest: ZoomScan | null = null;
  for (let k = zooms.length - 1; k >= 0 && !deepest; k--) deepest = await scanZoom(root, zooms[k], false);
  if (!deepest) {
    throw new BasemapError('path', 'basemap_xyz_no_tiles', { path: root });
  }
  let minzoom = deepest.z;
  for (const z of zooms.filter((z) => z < deepest.z)) {
    if (await scanZoom(root, z, true)) {
      minzoom = z;
      break;
    }
  }
  const extensions = [...deepest.extensions.entries()].sort((a, b) => b[1] - a[1]).map(([ext]) => ext);
  const format = formatOfName(extensions[0]) as TileFormat;
  const metadata = readFolderMetadata(root);
  const vectorLayers = format === 'pbf' ? metadata.vectorLayers : [];
  const firstBytes = deepest.firstTile ? readFileSync(deepest.firstTile) : null;
  const description = describeFromSettings(settings, {
    name: metadata.name ?? basename(root),
    tileType: format === 'pbf' ? 'vector' : 'raster',
    format,
    tileSize: format === 'pbf' || (firstBytes && pngWidth(firstBytes) === 512) ? 512 : 256,
    minzoom,
    maxzoom: deepest.z,
    bounds: boundsOfTileRange(deepest.z, deepest.xMin, deepest.xMax, deepest.yMin, deepest.yMax),
    attribution: metadata.attribution,
    vectorLayers,
    vectorSchema: detectVectorSchema(vectorLayers),
  });

  return {
    describe: () => description,
    async getTile(z, x, y) {
      for (const ext of extensions) {
        const bytes = await readFile(join(root, String(z), String(x), `${y}.${ext}`)).catch((err: NodeJS.ErrnoException) => {
          if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return null;
          throw err;
        });
        if (bytes) return tileOf(bytes, formatOfName(ext) as TileFormat);
      }
      return null;
    },
    close: async () => {},
  };
}

function tileOf(bytes: Uint8Array, format: TileFormat): Tile {
  return { bytes, contentType: contentTypeOf(format), ...(format === 'pbf' && isGzip(bytes) ? { contentEncoding: 'gzip' as const } : {}) };
}

/** The tiles of one zoom folder, or null when it holds none; `anyTile` stops at the first. */
async function scanZoom(root: string, z: number, anyTile: boolean): Promise<ZoomScan | null> {
  const scan: ZoomScan = { z, xMin: Infinity, xMax: -Infinity, yMin: Infinity, yMax: -Infinity, extensions: new Map(), firstTile: null };
  const columns = (await readdir(join(root, String(z)), { withFileTypes: true })).filter((d) => d.isDirectory() && numberName.test(d.name));
  for (const column of columns) {
    const x = Number(column.name);
    for (const name of await readdir(join(root, String(z), column.name))) {
      const m = tileName.exec(name);
      if (!m) continue;
      const y = Number(m[1]);
      scan.xMin = Math.min(scan.xMin, x);
      scan.xMax = Math.max(scan.xMax, x);
      scan.yMin = Math.min(scan.yMin, y);
      scan.yMax = Math.max(scan.yMax, y);
      scan.extensions.set(m[2], (scan.extensions.get(m[2]) ?? 0) + 1);
      scan.firstTile ??= join(root, String(z), column.name, name);
      if (anyTile) return scan;
    }
  }
  return scan.firstTile ? scan : null;
}

function readFolderMetadata(root: string): { name?: string; attribution?: string; vectorLayers: string[] } {
  const file = join(root, 'metadata.json');
  if (!existsSync(file)) return { vectorLayers: [] };
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; attribution?: unknown; json?: unknown; vector_layers?: unknown };
    const json = typeof m.json === 'string' ? (JSON.parse(m.json) as { vector_layers?: unknown }) : m;
    return {
      name: typeof m.name === 'string' && m.name ? m.name : undefined,
      attribution: typeof m.attribution === 'string' ? m.attribution : undefined,
      vectorLayers: vectorLayerIds(json.vector_layers),
    };
  } catch {
    throw new BasemapError('path', 'basemap_metadata_json', { file });
  }
}
