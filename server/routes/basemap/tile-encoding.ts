import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Tile } from '../../basemap/basemap-package';

/**
 * Whether a request's Accept-Encoding takes the coding. Without the header any coding is acceptable
 * (RFC 9110 §12.5.3); `gzip;q=0` refuses it.
 */
export function acceptsEncoding(header: string | undefined, coding: string): boolean {
  if (header === undefined) return true;
  let wildcard = false;
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const accepted = q === undefined || Number(q) > 0;
    if (name === coding) return accepted;
    if (name === '*') wildcard = accepted;
  }
  return wildcard;
}

/**
 * The tile as the client takes it: stored bytes with their Content-Encoding (what browsers and GDAL ask for),
 * or, for a client that refuses gzip or br, decoded here. A zstd tile goes as stored (Node 20 has no zstd).
 */
export function negotiateTile(tile: Tile, acceptEncoding: string | undefined): Tile {
  const coding = tile.contentEncoding;
  if (!coding || coding === 'zstd' || acceptsEncoding(acceptEncoding, coding)) return tile;
  const bytes = coding === 'gzip' ? gunzipSync(tile.bytes) : brotliDecompressSync(tile.bytes);
  return { bytes, contentType: tile.contentType };
}
