// Why hand-written: the `pmtiles` npm package only reads archives, and there is no maintained PMTiles writer for Node
// (the reference writers are go-pmtiles and Python's pmtiles). The v3 layout is small enough to write from the spec
// (github.com/protomaps/PMTiles spec/v3/spec.md); tests read every archive back with the `pmtiles` package's reader.
import { zxyToTileId } from 'pmtiles';
import { encodePmtilesDirectory, type PmtilesEntry } from './encode-pmtiles-directory';
import { encodePmtilesHeader, PMTILES_HEADER_BYTES, type PmtilesHeader } from './encode-pmtiles-header';
import type { Bbox } from './types';

/** The header and root directory must fit in the first 16,384 bytes, which clients fetch in one request. */
const MAX_HEADER_AND_ROOT_BYTES = 16_384;

export interface PmtilesTileInput {
  z: number;
  x: number;
  /** XYZ row, from the north. */
  y: number;
  /** The tile as stored, already compressed as `tileCompression` says. */
  data: Uint8Array;
}

export interface BuildPmtilesOptions {
  /** 1 MVT, 2 PNG, 3 JPEG, 4 WebP. */
  tileType: number;
  /** 1 none, 2 gzip: how `data` of every tile is compressed. */
  tileCompression: number;
  minZoom: number;
  maxZoom: number;
  bounds: Bbox;
  center: [number, number];
  centerZoom: number;
  /** The archive's JSON metadata (name, attribution, vector_layers…). */
  metadata: unknown;
  /** gzip, for directories and metadata (injected, so this module needs no Node API). */
  gzip: (bytes: Uint8Array) => Uint8Array;
}

function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Entries by tile id, each distinct content stored once (a hash, then a byte comparison), runs of equal tiles merged. */
function layOutTiles(tiles: PmtilesTileInput[]) {
  const sorted = tiles.map((t) => ({ tileId: zxyToTileId(t.z, t.x, t.y), data: t.data })).sort((a, b) => a.tileId - b.tileId);
  const blobs: Uint8Array[] = [];
  const byHash = new Map<number, { offset: number; data: Uint8Array }[]>();
  const entries: PmtilesEntry[] = [];
  let dataLength = 0;
  sorted.forEach(({ tileId, data }, k) => {
    if (k > 0 && sorted[k - 1].tileId === tileId) throw new Error(`tile ${tileId} is given twice`);
    if (data.length === 0) throw new Error('a PMTiles tile must not be empty');
    const hash = fnv1a(data);
    const candidates = byHash.get(hash) ?? [];
    let offset = candidates.find((c) => sameBytes(c.data, data))?.offset;
    if (offset === undefined) {
      offset = dataLength;
      blobs.push(data);
      dataLength += data.length;
      byHash.set(hash, [...candidates, { offset, data }]);
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === offset && last.tileId + last.runLength === tileId) last.runLength++;
    else entries.push({ tileId, offset, length: data.length, runLength: 1 });
  });
  return { entries, blobs, dataLength };
}

/** A root directory alone when it fits beside the header; else leaves of `leafSize` entries, growing until the root fits. */
function buildDirectories(entries: PmtilesEntry[], gzip: (b: Uint8Array) => Uint8Array) {
  const root = gzip(encodePmtilesDirectory(entries));
  if (PMTILES_HEADER_BYTES + root.length <= MAX_HEADER_AND_ROOT_BYTES) return { root, leaves: [] as Uint8Array[] };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const leaves: Uint8Array[] = [];
    const rootEntries: PmtilesEntry[] = [];
    let offset = 0;
    for (let k = 0; k < entries.length; k += leafSize) {
      const leaf = gzip(encodePmtilesDirectory(entries.slice(k, k + leafSize)));
      rootEntries.push({ tileId: entries[k].tileId, offset, length: leaf.length, runLength: 0 });
      leaves.push(leaf);
      offset += leaf.length;
    }
    const leafRoot = gzip(encodePmtilesDirectory(rootEntries));
    if (PMTILES_HEADER_BYTES + leafRoot.length <= MAX_HEADER_AND_ROOT_BYTES) return { root: leafRoot, leaves };
  }
}

/**
 * Lays out a PMTiles v3 archive (spec/v3/spec.md): the 127-byte header, the gzip'ed root directory, the gzip'ed
 * JSON metadata, leaf directories when the root would not fit in the first 16,384 bytes, then the tile data in
 * Hilbert tile-id order (`zxyToTileId` of the `pmtiles` package), each distinct content once, so the archive is
 * clustered. Returns the file as parts to write in order, and the header's fields. Throws on no tiles, an empty
 * tile, or a tile given twice. Does not mutate the input.
 */
export function buildPmtilesArchive(tiles: PmtilesTileInput[], options: BuildPmtilesOptions): { parts: Uint8Array[]; header: PmtilesHeader } {
  if (tiles.length === 0) throw new Error('a PMTiles archive needs at least one tile');
  const { entries, blobs, dataLength } = layOutTiles(tiles);
  const { root, leaves } = buildDirectories(entries, options.gzip);
  const metadata = options.gzip(new TextEncoder().encode(JSON.stringify(options.metadata)));
  const leafLength = leaves.reduce((s, l) => s + l.length, 0);
  const rootDirectoryOffset = PMTILES_HEADER_BYTES;
  const jsonMetadataOffset = rootDirectoryOffset + root.length;
  const leafDirectoryOffset = jsonMetadataOffset + metadata.length;
  const header: PmtilesHeader = {
    rootDirectoryOffset,
    rootDirectoryLength: root.length,
    jsonMetadataOffset,
    jsonMetadataLength: metadata.length,
    leafDirectoryOffset,
    leafDirectoryLength: leafLength,
    tileDataOffset: leafDirectoryOffset + leafLength,
    tileDataLength: dataLength,
    numAddressedTiles: entries.reduce((s, e) => s + e.runLength, 0),
    numTileEntries: entries.length,
    numTileContents: blobs.length,
    clustered: true,
    internalCompression: 2,
    tileCompression: options.tileCompression,
    tileType: options.tileType,
    minZoom: options.minZoom,
    maxZoom: options.maxZoom,
    bounds: options.bounds,
    centerZoom: options.centerZoom,
    center: options.center,
  };
  return { parts: [encodePmtilesHeader(header), root, metadata, ...leaves, ...blobs], header };
}
