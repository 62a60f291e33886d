/**
 * The centre of a cell's ring, [lng, lat] or [x, y]: the mean of its corners, the closing point (a repeat of the
 * first) left out. A cell is a square, so this is its centre; named and measured by it in every view. Pure.
 */
export function cellRingCentre(ring: readonly (readonly number[])[]): [number, number] {
  const closed = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1];
  const corners = closed ? ring.slice(0, -1) : ring;
  return [corners.reduce((s, p) => s + p[0], 0) / corners.length, corners.reduce((s, p) => s + p[1], 0) / corners.length];
}
