/** Vertices closer than this (degrees, about 1 cm) are one point: neighbouring areas share their boundary's vertices. */
export const snapDegrees = 1e-7;

/** A vertex's key after snapping to snapDegrees (WGS 84 lng, lat). */
export function vertexKey(p: readonly number[]): string {
  return `${Math.round(p[0] / snapDegrees)},${Math.round(p[1] / snapDegrees)}`;
}

/** The key of the edge between two vertex keys, whichever way a ring runs it. */
export function undirectedEdgeKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
