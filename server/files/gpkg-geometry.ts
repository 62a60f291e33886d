import type { Geometry } from 'geojson';
import wkx from 'wkx';

/**
 * GeoPackage geometry blobs (OGC 12-128r18, §2.1.3): a header — "GP", version 0, flags, srs_id, an optional envelope —
 * then ISO WKB. The flags' bits 1–3 give the envelope's size; bit 0 is the byte order of srs_id and envelope.
 */
const envelopeBytes = [0, 32, 48, 48, 64];

/** The geometry of a blob, or null for an empty one; throws on a blob that is not a GeoPackage geometry. */
export function decodeGpkgGeometry(blob: Buffer): Geometry | null {
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) throw new Error('not a GeoPackage geometry (no GP header)');
  const flags = blob[3];
  const envelope = envelopeBytes[(flags >> 1) & 0x07];
  if (envelope === undefined) throw new Error(`unknown envelope type ${(flags >> 1) & 0x07}`);
  if (flags & 0x10) return null; // the empty-geometry flag
  return wkx.Geometry.parse(blob.subarray(8 + envelope)).toGeoJSON() as Geometry;
}

function positionsOf(g: Geometry): number[][] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positionsOf);
  }
}

/** A blob for a CRS84 geometry: little-endian header with srs_id and an xy envelope (envelope type 1), then WKB. */
export function encodeGpkgGeometry(g: Geometry, srsId: number): Buffer {
  const positions = positionsOf(g);
  const header = Buffer.alloc(8 + 32);
  header.write('GP', 0, 'ascii');
  header[2] = 0; // version 1 of the blob format is written as 0
  header[3] = (1 << 1) | 1; // envelope [minx, maxx, miny, maxy]; little-endian
  header.writeInt32LE(srsId, 4);
  const box = [Infinity, -Infinity, Infinity, -Infinity]; // a loop, not Math.min(...): a grid has many vertices
  for (const [x, y] of positions) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.max(box[1], x);
    box[2] = Math.min(box[2], y);
    box[3] = Math.max(box[3], y);
  }
  box.forEach((v, i) => header.writeDoubleLE(v, 8 + i * 8));
  return Buffer.concat([header, wkx.Geometry.parseGeoJSON(g).toWkb()]);
}
