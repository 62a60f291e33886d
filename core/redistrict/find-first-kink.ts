import type { MultiPolygon, Polygon, Position } from 'geojson';

interface Segment {
  ring: number;
  index: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/**
 * The first self-intersection turf.kinks would report for a Polygon or MultiPolygon, or null: the same pairs of
 * segments (every pair of all rings but a segment with itself, neighbours in a ring and a closed ring's first and
 * last) and the same intersection test, but only pairs whose bounding boxes overlap are tested, found by a sweep
 * over x. turf.kinks tests every pair: on the Iowa counties (≈ 1,800 vertices a county) that was 2.7 of the CLI's
 * 3.5 s (issue 17). "First" is turf's order (ring, other ring, segment, other segment), so messages do not change.
 * Coordinates as given (degrees); does not mutate input.
 */
export function findFirstKink(geometry: Polygon | MultiPolygon): Position | null {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  const segments: Segment[] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = ring[i];
      const [bx, by] = ring[i + 1];
      segments.push({ ring: r, index: i, minX: Math.min(ax, bx), maxX: Math.max(ax, bx), minY: Math.min(ay, by), maxY: Math.max(ay, by) });
    }
  });
  segments.sort((p, q) => p.minX - q.minX);
  const eps = 1e-12;
  let best: [number, number, number, number] | null = null;
  let active: Segment[] = [];
  for (const s of segments) {
    active = active.filter((t) => t.maxX >= s.minX - eps);
    for (const t of active) {
      if (t.maxY < s.minY - eps || s.maxY < t.minY - eps || skipped(rings, s, t)) continue;
      const key = turfOrder(s, t);
      if (best && compareKeys(key, best) >= 0) continue;
      if (intersection(rings, key)) best = key;
    }
    active.push(s);
  }
  return best ? intersection(rings, best) : null;
}

/** Pairs turf.kinks never tests: one ring's neighbouring segments, and a closed ring's first and last. */
function skipped(rings: Position[][], s: Segment, t: Segment): boolean {
  if (s.ring !== t.ring) return false;
  const ring = rings[s.ring];
  const [i, k] = s.index < t.index ? [s.index, t.index] : [t.index, s.index];
  if (k - i === 1) return true;
  return i === 0 && k === ring.length - 2 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1];
}

/** (ring1, ring2, i, k) as turf's loops first meet the pair: over ring1, ring2, then i and k ≥ i. */
function turfOrder(s: Segment, t: Segment): [number, number, number, number] {
  const [p, q] = s.index <= t.index ? [s, t] : [t, s];
  if (p.ring === q.ring) return [p.ring, p.ring, p.index, q.index];
  const a: [number, number, number, number] = [p.ring, q.ring, p.index, q.index];
  const b: [number, number, number, number] = [q.ring, p.ring, q.index, p.index];
  // The second reading (line1 = q's ring) needs k ≥ i, which holds only when the indices are equal.
  return p.index === q.index && compareKeys(b, a) < 0 ? b : a;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** turf.kinks' lineIntersects on segment i of ring r1 and segment k of ring r2. */
function intersection(rings: Position[][], [r1, r2, i, k]: readonly number[]): Position | null {
  const [x1, y1] = rings[r1][i];
  const [x2, y2] = rings[r1][i + 1];
  const [x3, y3] = rings[r2][k];
  const [x4, y4] = rings[r2][k + 1];
  const denominator = (y4 - y3) * (x2 - x1) - (x4 - x3) * (y2 - y1);
  if (denominator === 0) return null;
  const a0 = y1 - y3;
  const b0 = x1 - x3;
  const a = ((x4 - x3) * a0 - (y4 - y3) * b0) / denominator;
  const b = ((x2 - x1) * a0 - (y2 - y1) * b0) / denominator;
  return a >= 0 && a <= 1 && b >= 0 && b <= 1 ? [x1 + a * (x2 - x1), y1 + a * (y2 - y1)] : null;
}
