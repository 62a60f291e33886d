import { gzipSync } from 'node:zlib';
import { Compression, TileType, zxyToTileId } from 'pmtiles';

/** One tile of a test archive, XYZ scheme, its bytes as they are to be stored (already compressed if they are). */
export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  bytes: Uint8Array;
}

export interface ArchiveOptions {
  tileType: TileType;
  tileCompression: Compression;
  metadata: Record<string, unknown>;
  bounds: [number, number, number, number];
  /** Directories and metadata gzip'ed (as tippecanoe and go-pmtiles write them) or left plain. */
  gzipInternal?: boolean;
}

const headerBytes = 127;

/**
 * A minimal PMTiles v3 writer for tests (there is no maintained Node writer): the 127-byte header, one root
 * directory (no leaves; it must fit in the first 16 KiB with the header), the JSON metadata and the tile data,
 * tiles clustered in TileID order. Layout and encodings after spec/v3/spec.md of protomaps/PMTiles.
 */
export function writePmtiles(tiles: ArchiveTile[], options: ArchiveOptions): Uint8Array {
  return layOutPmtiles(tiles, options).bytes;
}

/** writePmtiles, also telling where each tile's bytes lie in the file (for reading them straight, in the bench). */
export function layOutPmtiles(tiles: ArchiveTile[], options: ArchiveOptions): { bytes: Uint8Array; placed: (ArchiveTile & { fileOffset: number })[] } {
  const sorted = tiles.map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) })).sort((a, b) => a.tileId - b.tileId);
  const entries: { tileId: number; offset: number; length: number }[] = [];
  let offset = 0;
  for (const t of sorted) {
    entries.push({ tileId: t.tileId, offset, length: t.bytes.length });
    offset += t.bytes.length;
  }
  const internal = (b: Uint8Array) => (options.gzipInternal === false ? b : new Uint8Array(gzipSync(b)));
  const root = internal(serializeDirectory(entries));
  const metadata = internal(new TextEncoder().encode(JSON.stringify(options.metadata)));
  if (headerBytes + root.length > 16_384) throw new Error('the root directory does not fit in the first 16 KiB: this writer makes no leaf directories');
  const zooms = sorted.map((t) => t.z);
  const rootOffset = headerBytes;
  const metadataOffset = rootOffset + root.length;
  const tileDataOffset = metadataOffset + metadata.length;
  const header = new DataView(new ArrayBuffer(headerBytes));
  new TextEncoder().encodeInto('PMTiles', new Uint8Array(header.buffer));
  header.setUint8(7, 3);
  const u64 = (at: number, value: number) => header.setBigUint64(at, BigInt(value), true);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, tileDataOffset); // no leaf directories: an empty section where the tile data starts
  u64(48, 0);
  u64(56, tileDataOffset);
  u64(64, offset);
  u64(72, sorted.length); // addressed tiles
  u64(80, entries.length); // tile entries
  u64(88, sorted.length); // tile contents
  header.setUint8(96, 1); // clustered
  header.setUint8(97, options.gzipInternal === false ? Compression.None : Compression.Gzip);
  header.setUint8(98, options.tileCompression);
  header.setUint8(99, options.tileType);
  header.setUint8(100, Math.min(...zooms));
  header.setUint8(101, Math.max(...zooms));
  const e7 = (deg: number) => Math.round(deg * 1e7);
  const [w, s, e, n] = options.bounds;
  header.setInt32(102, e7(w), true);
  header.setInt32(106, e7(s), true);
  header.setInt32(110, e7(e), true);
  header.setInt32(114, e7(n), true);
  header.setUint8(118, Math.min(...zooms));
  header.setInt32(119, e7((w + e) / 2), true);
  header.setInt32(123, e7((s + n) / 2), true);

  const out = new Uint8Array(tileDataOffset + offset);
  out.set(new Uint8Array(header.buffer), 0);
  out.set(root, rootOffset);
  out.set(metadata, metadataOffset);
  let at = tileDataOffset;
  const placed = sorted.map((t) => {
    out.set(t.bytes, at);
    at += t.bytes.length;
    return { z: t.z, x: t.x, y: t.y, bytes: t.bytes, fileOffset: at - t.bytes.length };
  });
  return { bytes: out, placed };
}

/**
 * A directory: the entry count, then the TileID deltas, run lengths, lengths and offsets, each column of
 * varints (an offset is written +1, or 0 when the entry follows the previous one's bytes directly).
 */
function serializeDirectory(entries: { tileId: number; offset: number; length: number }[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let lastId = 0;
  for (const e of entries) {
    writeVarint(out, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const _ of entries) writeVarint(out, 1);
  for (const e of entries) writeVarint(out, e.length);
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    writeVarint(out, i > 0 && e.offset === previous.offset + previous.length ? 0 : e.offset + 1);
  });
  return new Uint8Array(out);
}

function writeVarint(out: number[], value: number) {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}
