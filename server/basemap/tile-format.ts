import type { BasemapDescription } from '../../core/contracts/basemap';

export type TileFormat = NonNullable<BasemapDescription['format']>;

const contentTypes: Record<TileFormat, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  pbf: 'application/x-protobuf',
};

/** The Content-Type a tile of this format is served with. */
export function contentTypeOf(format: TileFormat): string {
  return contentTypes[format];
}

/** A format name as packages write it (MBTiles metadata `format`, a file extension), or null for another. */
export function formatOfName(name: string): TileFormat | null {
  const n = name.toLowerCase();
  if (n === 'png') return 'png';
  if (n === 'jpg' || n === 'jpeg') return 'jpg';
  if (n === 'webp') return 'webp';
  if (n === 'pbf' || n === 'mvt') return 'pbf';
  return null;
}

/** The format of tile bytes, from their magic numbers; a gzip'ed or unrecognised tile is taken as a vector tile. */
export function sniffFormat(bytes: Uint8Array): TileFormat {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpg';
  if (bytes[0] === 0x52 && bytes[1] === 0x49 && bytes[8] === 0x57 && bytes[9] === 0x45) return 'webp'; // RIFF….WEBP
  return 'pbf';
}

/** Whether the bytes are gzip'ed (MBTiles vector tiles usually are). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The pixel width of a PNG tile (its IHDR chunk), or null for another format: a 512 px raster package says so. */
export function pngWidth(bytes: Uint8Array): number | null {
  if (bytes.length < 24 || sniffFormat(bytes) !== 'png') return null;
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(16);
}
