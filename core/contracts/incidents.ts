import { z } from 'zod';
import { BboxSchema, csvOf, periodBound } from './query-params';

/** Query of GET /api/incidents. Hours are local (Asia/Shanghai) hours of day 0–23; weekdays ISO 1 (Mon) … 7 (Sun). */
/** The incident filter shared by GET /api/incidents and the analysis routes (no refinement, so it can be extended). */
export const IncidentFilterSchema = z.object({
  from: periodBound('from').optional(),
  to: periodBound('to').optional(),
  categories: csvOf(z.string().regex(/^[A-Z_]{2,32}$/, 'categories must be category codes like THEFT_RES')).optional(),
  hours: csvOf(z.coerce.number().int().min(0).max(23)).optional(),
  weekdays: csvOf(z.coerce.number().int().min(1).max(7)).optional(),
});

export const IncidentQuerySchema = IncidentFilterSchema.extend({
  bbox: BboxSchema.optional(),
  // json (default): IncidentColumns; binary: application/octet-stream, see encodeIncidentColumns.
  format: z.enum(['json', 'binary'], { message: 'format must be json or binary' }).optional(),
}).refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), { message: 'from must be before to', path: ['from'] });
export type IncidentQuery = z.infer<typeof IncidentQuerySchema>;

/**
 * Answer of GET /api/incidents: columnar, so a heatmap of 100,000 points is one flat array, not 100,000 features.
 * positions = [lng0, lat0, lng1, lat1, …] in EPSG:4326 degrees rounded to 6 decimals (~0.1 m);
 * times = epoch seconds (occurred_at rounded to the nearest second); categories = index into categoryCodes,
 * which lists the codes present in order of first appearance. Rows are oldest first (occurred_at, then id).
 */
export const IncidentColumnsSchema = z.object({
  count: z.number(),
  positions: z.array(z.number()),
  times: z.array(z.number()),
  categories: z.array(z.number()),
  categoryCodes: z.array(z.string()),
});
export type IncidentColumns = z.infer<typeof IncidentColumnsSchema>;

export const IncidentCategorySchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  group: z.string(),
});
export type IncidentCategory = z.infer<typeof IncidentCategorySchema>;

/** IncidentColumns as typed arrays: what the repository builds, and what the binary answer decodes to. */
export interface IncidentColumnArrays {
  count: number;
  positions: Float64Array; // [lng0, lat0, …], the same numbers as the JSON answer
  times: Uint32Array; // epoch seconds (to 2106)
  categories: Uint8Array | Uint16Array; // Uint16Array only when there are more than 256 codes
  categoryCodes: string[];
}

export const incidentColumnsMediaType = 'application/octet-stream';
const magic = 0x4349574a; // "JWIC" read as a little-endian uint32
const version = 1;
const headerBytes = 16;
const align8 = (n: number) => (n + 7) & ~7;

/**
 * The binary answer of GET /api/incidents?format=binary, all numbers little-endian:
 *
 * | offset | type | content |
 * |---|---|---|
 * | 0 | 4 bytes | ASCII "JWIC" |
 * | 4 | uint8 | version, 1 |
 * | 5 | uint8 | bytes per category index: 1 (Uint8) or 2 (Uint16) |
 * | 6 | uint16 | 0 (reserved) |
 * | 8 | uint32 | count, n |
 * | 12 | uint32 | L, byte length of categoryCodes as UTF-8 joined by "\n" |
 * | 16 | L bytes | the codes, then zero bytes up to a multiple of 8 (offset P) |
 * | P | Float64 × 2n | positions, exactly the JSON answer's numbers (so 6 decimals, not Float32's ~1 m) |
 * | P + 16n | Uint32 × n | times |
 * | P + 20n | Uint8 or Uint16 × n | categories |
 *
 * Every array starts at a multiple of its element size, so a decoder can view them without copying.
 * Returns a new buffer; does not mutate `cols`.
 */
export function encodeIncidentColumns(cols: IncidentColumnArrays): Uint8Array<ArrayBuffer> {
  const codes = new TextEncoder().encode(cols.categoryCodes.join('\n'));
  const n = cols.count;
  const categoryBytes = cols.categories.BYTES_PER_ELEMENT;
  const positionsAt = align8(headerBytes + codes.length);
  const out = new Uint8Array(positionsAt + 16 * n + 4 * n + categoryBytes * n);
  const view = new DataView(out.buffer);
  view.setUint32(0, magic, true);
  view.setUint8(4, version);
  view.setUint8(5, categoryBytes);
  view.setUint32(8, n, true);
  view.setUint32(12, codes.length, true);
  out.set(codes, headerBytes);
  assertLittleEndian();
  out.set(new Uint8Array(cols.positions.buffer, cols.positions.byteOffset, 16 * n), positionsAt);
  out.set(new Uint8Array(cols.times.buffer, cols.times.byteOffset, 4 * n), positionsAt + 16 * n);
  out.set(new Uint8Array(cols.categories.buffer, cols.categories.byteOffset, categoryBytes * n), positionsAt + 20 * n);
  return out;
}

/** Reads the binary answer (see encodeIncidentColumns); the arrays are views into `bytes` when it is aligned. */
export function decodeIncidentColumns(bytes: ArrayBuffer | Uint8Array): IncidentColumnArrays {
  let b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (b.byteOffset % 8 !== 0) b = b.slice(); // typed-array views need aligned offsets
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.byteLength < headerBytes || view.getUint32(0, true) !== magic || view.getUint8(4) !== version) {
    throw new Error('not a version-1 incident columns answer (expected "JWIC", version 1)');
  }
  const categoryBytes = view.getUint8(5);
  const n = view.getUint32(8, true);
  const codesLength = view.getUint32(12, true);
  const positionsAt = align8(headerBytes + codesLength);
  if (b.byteLength !== positionsAt + (20 + categoryBytes) * n || (categoryBytes !== 1 && categoryBytes !== 2)) {
    throw new Error(`incident columns answer of ${b.byteLength} bytes does not match its header (count ${n})`);
  }
  assertLittleEndian();
  const codes = new TextDecoder().decode(b.subarray(headerBytes, headerBytes + codesLength));
  const at = b.byteOffset + positionsAt;
  return {
    count: n,
    positions: new Float64Array(b.buffer, at, 2 * n),
    times: new Uint32Array(b.buffer, at + 16 * n, n),
    categories: categoryBytes === 1 ? new Uint8Array(b.buffer, at + 20 * n, n) : new Uint16Array(b.buffer, at + 20 * n, n),
    categoryCodes: codes.length > 0 ? codes.split('\n') : [],
  };
}

// Typed arrays use the platform's byte order; every platform we serve or run on (x86, ARM) is little-endian.
function assertLittleEndian() {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('incident columns need a little-endian platform');
}
