/** A lattice of square cells: the south-west corner of square (0, 0), the side in metres, and its size. */
export interface LatticeSpec {
  originX: number;
  originY: number;
  cellSizeM: number;
  rows: number;
  cols: number;
}

/** A polygon in a metric frame: outer ring first, then holes; each ring a list of [x, y] (closed or not). */
export type PolygonXY = number[][][];

/**
 * Marks the lattice squares that intersect an area (the union of `polygons`): a square is marked when its centre lies
 * inside a polygon (even-odd over that polygon's rings, so holes are holes) or when a boundary segment passes through
 * or touches the closed square. So every point of the area lies in a marked square, and a square that merely touches
 * the area along an edge or at a corner is marked as well. Returns rows × cols flags (index row × cols + col).
 * O(vertices + marked squares); pure.
 */
export function markAreaSquares(polygons: readonly PolygonXY[], lattice: LatticeSpec): Uint8Array {
  const mark = new Uint8Array(lattice.rows * lattice.cols);
  for (const polygon of polygons) fillInterior(polygon, lattice, mark);
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let k = 0; k + 1 < ring.length; k++) markSegment(ring[k], ring[k + 1], lattice, mark);
      if (ring.length > 1) markSegment(ring[ring.length - 1], ring[0], lattice, mark);
    }
  }
  return mark;
}

/** The indices i of centres origin + (i + ½)·size in [from, to), clamped to [0, count − 1]. */
function centreRange(from: number, to: number, origin: number, size: number, count: number): [number, number] {
  const first = Math.max(0, Math.ceil((from - origin) / size - 0.5));
  const last = Math.min(count - 1, Math.ceil((to - origin) / size - 0.5) - 1);
  return [first, last];
}

// Scanline fill through the square centres: each edge adds its crossing to the rows whose centre line it spans
// (half-open in y, so a vertex on a centre line is counted once), then pairs of sorted crossings bound the inside.
function fillInterior(polygon: PolygonXY, lattice: LatticeSpec, mark: Uint8Array) {
  const { originX, originY, cellSizeM: size, rows, cols } = lattice;
  const crossings = new Map<number, number[]>();
  for (const ring of polygon) {
    for (let k = 0; k < ring.length; k++) {
      const a = ring[k];
      const b = ring[(k + 1) % ring.length];
      if (a[1] === b[1]) continue;
      const [r0, r1] = centreRange(Math.min(a[1], b[1]), Math.max(a[1], b[1]), originY, size, rows);
      for (let r = r0; r <= r1; r++) {
        const yc = originY + (r + 0.5) * size;
        const x = a[0] + ((yc - a[1]) * (b[0] - a[0])) / (b[1] - a[1]);
        const list = crossings.get(r);
        if (list) list.push(x);
        else crossings.set(r, [x]);
      }
    }
  }
  for (const [r, xs] of crossings) {
    xs.sort((p, q) => p - q);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const [c0, c1] = centreRange(xs[k], xs[k + 1], originX, size, cols);
      for (let c = c0; c <= c1; c++) mark[r * cols + c] = 1;
    }
  }
}

// Every square in the segment's bounding box that the closed segment meets (Liang–Barsky clipping against the
// closed square). Boundary segments of real areas are short, so the boxes are a few squares.
function markSegment(a: number[], b: number[], lattice: LatticeSpec, mark: Uint8Array) {
  const { originX, originY, cellSizeM: size, rows, cols } = lattice;
  const c0 = Math.max(0, Math.floor((Math.min(a[0], b[0]) - originX) / size));
  const c1 = Math.min(cols - 1, Math.floor((Math.max(a[0], b[0]) - originX) / size));
  const r0 = Math.max(0, Math.floor((Math.min(a[1], b[1]) - originY) / size));
  const r1 = Math.min(rows - 1, Math.floor((Math.max(a[1], b[1]) - originY) / size));
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const x0 = originX + c * size;
      const y0 = originY + r * size;
      if (segmentMeetsBox(a, b, x0, y0, x0 + size, y0 + size)) mark[r * cols + c] = 1;
    }
  }
}

function segmentMeetsBox(a: number[], b: number[], x0: number, y0: number, x1: number, y1: number): boolean {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number) => {
    if (p === 0) return q >= 0;
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
    return true;
  };
  return clip(-dx, a[0] - x0) && clip(dx, x1 - a[0]) && clip(-dy, a[1] - y0) && clip(dy, y1 - a[1]);
}
