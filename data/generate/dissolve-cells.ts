/**
 * Dissolves a set of mesh cells into one Polygon or MultiPolygon by cancelling shared edges.
 *
 * Why not turf.union: unioning hundreds of polygons one by one is slow and can hang on shared
 * edges (Turf issues 2092 and 2832). Cells of one mesh share vertex ids, so a shared edge is simply
 * the same pair of ids walked in opposite directions by the two cells; cancelling those pairs leaves
 * exactly the boundary, with coordinates copied bit for bit from the shared vertices.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { pointInRing, signedArea2 } from './planar';

/**
 * @param vertices shared vertex table, [lng, lat].
 * @param rings each cell's vertex ids, counter-clockwise, not closed.
 * @param cellIds the cells to dissolve (at least one; ids index `rings`).
 * @returns a Polygon when the cells form one edge-connected piece, else a MultiPolygon. Outer rings are
 *   counter-clockwise and holes clockwise (RFC 7946 §3.1.6); rings are closed and simple (no vertex twice).
 *   Cells that touch only at a corner end up in separate polygons that share that vertex; holes that
 *   touch each other or the outer ring at a vertex become separate rings sharing it.
 *   Inputs are not mutated; output coordinates are fresh arrays.
 * @throws Error when `cellIds` is empty or the boundary edges do not close into rings (inconsistent mesh).
 */
export function dissolveCells(vertices: readonly Position[], rings: readonly (readonly number[])[], cellIds: Iterable<number>): Polygon | MultiPolygon {
  const n = vertices.length;
  // Directed boundary edges, key = from × n + to (exact in a double for n < 2^26).
  const edges = new Map<number, true>();
  let count = 0;
  for (const id of cellIds) {
    count += 1;
    const ring = rings[id];
    for (let k = 0; k < ring.length; k++) {
      const a = ring[k];
      const b = ring[(k + 1) % ring.length];
      const reverse = b * n + a;
      if (edges.has(reverse)) edges.delete(reverse);
      else edges.set(a * n + b, true);
    }
  }
  if (count === 0) throw new Error('dissolveCells: no cells');

  const outgoing = new Map<number, number[]>();
  for (const key of edges.keys()) {
    const a = Math.floor(key / n);
    const list = outgoing.get(a);
    if (list) list.push(key % n);
    else outgoing.set(a, [key % n]);
  }

  // Face tracing: at every vertex take the leftmost turn. Around a vertex of a region's boundary the
  // incoming and outgoing edges alternate, so "leftmost turn" pairs each incoming edge with exactly one
  // outgoing edge, and every ring is a cycle of that pairing that returns to its first edge.
  const used = new Set<number>();
  const traced: number[][] = [];
  for (const key of edges.keys()) {
    if (used.has(key)) continue;
    used.add(key);
    const start = Math.floor(key / n);
    const first = key % n;
    const ring = [start];
    let prev = start;
    let cur = first;
    for (;;) {
      const next = chooseLeftmost(vertices, prev, cur, outgoing.get(cur) ?? []);
      if (cur === start && next === first) break;
      const k = cur * n + next;
      if (next < 0 || used.has(k)) throw new Error(`dissolveCells: boundary does not close at vertex ${cur}`);
      used.add(k);
      ring.push(cur);
      prev = cur;
      cur = next;
    }
    traced.push(...splitAtRepeatedVertices(ring));
  }
  return assemble(traced.map((ids) => [...ids, ids[0]].map((k) => [vertices[k][0], vertices[k][1]])));
}

/**
 * Hugging the interior keeps pieces that touch at a corner apart, but where two empty regions touch at
 * a corner (two holes, or a hole and the outside) the traced ring passes that vertex twice. Such a ring
 * is cut there into simple loops: each loop is a hole (clockwise) or an outer ring (counter-clockwise)
 * of its own, touching the other at one point, which is valid in GeoJSON and OGC.
 */
function splitAtRepeatedVertices(ring: number[]): number[][] {
  const loops: number[][] = [];
  const stack: number[] = [];
  const at = new Map<number, number>();
  for (const v of ring) {
    const p = at.get(v);
    if (p === undefined) {
      at.set(v, stack.length);
      stack.push(v);
      continue;
    }
    const loop = stack.splice(p);
    for (const k of loop) at.delete(k);
    loops.push(loop);
    at.set(v, stack.length);
    stack.push(v);
  }
  if (stack.length) loops.push(stack);
  return loops;
}

/**
 * Of the boundary edges leaving `cur`, the one making the sharpest left turn after arriving from `prev`:
 * with the interior on the left of every edge, this hugs the interior, so a vertex where two pieces meet
 * diagonally splits them into separate rings instead of one ring crossing itself.
 */
function chooseLeftmost(vertices: readonly Position[], prev: number, cur: number, options: number[]): number {
  if (options.length <= 1) return options.length ? options[0] : -1;
  const [px, py] = vertices[prev];
  const [cx, cy] = vertices[cur];
  const back = Math.atan2(py - cy, px - cx);
  let best = -1;
  let bestAngle = Infinity;
  for (const o of options) {
    const [ox, oy] = vertices[o];
    // Clockwise angle from the way back to the candidate: the smallest is the leftmost turn.
    let a = back - Math.atan2(oy - cy, ox - cx);
    while (a <= 0) a += 2 * Math.PI;
    while (a > 2 * Math.PI) a -= 2 * Math.PI;
    if (a < bestAngle) [best, bestAngle] = [o, a];
  }
  return best;
}

/** Groups closed rings into polygons: counter-clockwise rings are outers, each hole goes to the smallest outer containing it. */
function assemble(rings: Position[][]): Polygon | MultiPolygon {
  const outers: { ring: Position[]; area: number; holes: Position[][] }[] = [];
  const holes: Position[][] = [];
  for (const ring of rings) {
    const a = signedArea2(ring);
    if (a > 0) outers.push({ ring, area: a, holes: [] });
    else holes.push(ring);
  }
  for (const hole of holes) {
    // The midpoint of a hole edge is on no other ring (boundary edges are unique), so it is a safe probe.
    const probe = [(hole[0][0] + hole[1][0]) / 2, (hole[0][1] + hole[1][1]) / 2];
    const owner = outers.filter((o) => pointInRing(probe, o.ring)).sort((x, y) => x.area - y.area)[0];
    if (!owner) throw new Error('dissolveCells: a hole lies in no outer ring');
    owner.holes.push(hole);
  }
  const polygons = outers.map((o) => [o.ring, ...o.holes]);
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
}
