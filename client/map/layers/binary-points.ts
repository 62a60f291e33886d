/** Points as deck.gl binary data: one flat [lng0, lat0, lng1, lat1, …] array, no per-point objects. */
export interface BinaryPoints {
  length: number;
  attributes: { getPosition: { value: Float64Array; size: 2 } };
}

/**
 * Wraps flat lng/lat pairs (as GET /api/incidents answers them, EPSG:4326) into deck.gl binary data.
 * Float64 keeps the server's 6 decimals; the input is copied, not mutated. An odd-length input throws.
 */
export function toBinaryPoints(positions: ArrayLike<number>): BinaryPoints {
  if (positions.length % 2 !== 0) throw new Error(`positions must hold lng,lat pairs; got ${positions.length} numbers`);
  return { length: positions.length / 2, attributes: { getPosition: { value: Float64Array.from(positions), size: 2 } } };
}
