import type { Bbox } from './types';

export const PMTILES_HEADER_BYTES = 127;

/** The fields of a PMTiles v3 header; offsets and lengths in bytes from the start of the file. */
export interface PmtilesHeader {
  rootDirectoryOffset: number;
  rootDirectoryLength: number;
  jsonMetadataOffset: number;
  jsonMetadataLength: number;
  leafDirectoryOffset: number;
  leafDirectoryLength: number;
  tileDataOffset: number;
  tileDataLength: number;
  numAddressedTiles: number;
  numTileEntries: number;
  numTileContents: number;
  clustered: boolean;
  /** 1 none, 2 gzip (the compression of directories and metadata). */
  internalCompression: number;
  /** 1 none, 2 gzip. */
  tileCompression: number;
  /** 1 MVT, 2 PNG, 3 JPEG, 4 WebP, 5 AVIF. */
  tileType: number;
  minZoom: number;
  maxZoom: number;
  /** w, s, e, n in degrees. */
  bounds: Bbox;
  centerZoom: number;
  /** [lng, lat] in degrees. */
  center: [number, number];
}

/**
 * The 127-byte PMTiles v3 header (spec/v3/spec.md, "Header"): the magic `PMTiles`, version 3, eleven little-endian
 * uint64s, the flags and enums as bytes, and the bounds and centre as int32 in 1e-7 degrees. Pure.
 */
export function encodePmtilesHeader(h: PmtilesHeader): Uint8Array {
  const bytes = new Uint8Array(PMTILES_HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  bytes.set([0x50, 0x4d, 0x54, 0x69, 0x6c, 0x65, 0x73], 0); // "PMTiles"
  bytes[7] = 3;
  const uint64s = [
    h.rootDirectoryOffset, h.rootDirectoryLength, h.jsonMetadataOffset, h.jsonMetadataLength, h.leafDirectoryOffset,
    h.leafDirectoryLength, h.tileDataOffset, h.tileDataLength, h.numAddressedTiles, h.numTileEntries, h.numTileContents,
  ];
  uint64s.forEach((v, k) => view.setBigUint64(8 + 8 * k, BigInt(v), true));
  view.setUint8(96, h.clustered ? 1 : 0);
  view.setUint8(97, h.internalCompression);
  view.setUint8(98, h.tileCompression);
  view.setUint8(99, h.tileType);
  view.setUint8(100, h.minZoom);
  view.setUint8(101, h.maxZoom);
  const e7 = (deg: number) => Math.round(deg * 1e7);
  view.setInt32(102, e7(h.bounds[0]), true);
  view.setInt32(106, e7(h.bounds[1]), true);
  view.setInt32(110, e7(h.bounds[2]), true);
  view.setInt32(114, e7(h.bounds[3]), true);
  view.setUint8(118, h.centerZoom);
  view.setInt32(119, e7(h.center[0]), true);
  view.setInt32(123, e7(h.center[1]), true);
  return bytes;
}
