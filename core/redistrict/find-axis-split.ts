import type { PieceGraph } from './build-piece-graph';
import type { TreeSplit } from './find-best-tree-split';
import { findPrincipalAxis } from './find-principal-axis';

/** Stamps and a queue on one piece, reused across calls (one allocation per piece). */
interface AxisScratch {
  stamp: Int32Array;
  mark: Int32Array;
  queue: Int32Array;
  round: number;
}

const scratchOf = new WeakMap<PieceGraph, AxisScratch>();

function scratchFor(piece: PieceGraph): AxisScratch {
  let s = scratchOf.get(piece);
  if (!s) {
    const n = piece.weight.length;
    s = { stamp: new Int32Array(n), mark: new Int32Array(n), queue: new Int32Array(n), round: 0 };
    scratchOf.set(piece, s);
  }
  return s;
}

/** Balanced cut positions tried for connectivity, best ranked first, before giving up. */
const positionsTried = 8;

/**
 * Splits the connected node set `members` across its principal axis (recursive inertial bisection): nodes are
 * sorted by their position (`xy`, metres, two numbers a local node) projected on the axis along which the set is
 * longest, and the split is the prefix of that order ranking lowest by `rank(sideWeight, otherWeight, cut)` whose
 * two sides are both connected (the best few positions are tried). A straight cut across the short side is what a
 * random spanning tree's best edge rarely finds on a large set: a tree's balanced edges are few and their cuts
 * ragged, and the first bisections' ragged borders stayed in the plan (issue 17, the 5,000-unit case). With `step`
 * ±1 the order sweeps strips one node spacing wide (at a random phase) along the axis, each strip along the short side
 * upward (1) or downward (−1): every prefix is then a straight cut with one step, so a balanced position exists at
 * the resolution of one node instead of one line, where a straight line's sides jump by a whole strip. Returns null
 * when no tried position is finite-ranked and connected, or `members` has fewer than two nodes. Does not mutate
 * input.
 */
export function findAxisSplit(
  piece: PieceGraph,
  members: readonly number[],
  xy: Float64Array,
  rank: (sideWeight: number, otherWeight: number, cut: number) => number,
  random: () => number,
  step: -1 | 0 | 1 = 0,
): TreeSplit | null {
  const count = members.length;
  if (count < 2) return null;
  const s = scratchFor(piece);
  const round = ++s.round;
  let total = 0;
  for (const v of members) {
    s.stamp[v] = round;
    total += piece.weight[v];
  }
  const { ax, ay, sxx, syy } = findPrincipalAxis(members, xy);
  const spacing = Math.sqrt((6 * (sxx + syy)) / count) / Math.sqrt(count);
  const key = new Map<number, number>();
  if (step !== 0) {
    // Strips one spacing wide swept one after the other along the axis, each along the short side: every prefix is a
    // straight cut with one step, so the side weight moves a node at a time while the cut stays straight.
    const phase = random();
    let minPerp = Infinity;
    let maxPerp = -Infinity;
    for (const v of members) {
      const perp = -xy[2 * v] * ay + xy[2 * v + 1] * ax;
      minPerp = Math.min(minPerp, perp);
      maxPerp = Math.max(maxPerp, perp);
    }
    const width = maxPerp - minPerp + 1;
    for (const v of members) {
      const along = xy[2 * v] * ax + xy[2 * v + 1] * ay;
      const perp = -xy[2 * v] * ay + xy[2 * v + 1] * ax - minPerp;
      key.set(v, Math.floor(along / spacing + phase) * width + (step > 0 ? perp : width - 1 - perp));
    }
  } else for (const v of members) key.set(v, xy[2 * v] * ax + xy[2 * v + 1] * ay);
  const order = members.slice().sort((p, q) => key.get(p)! - key.get(q)!);
  const positions: { at: number; rank: number; cut: number; weight: number }[] = [];
  const side = ++s.round;
  let weight = 0;
  let cut = 0;
  for (let i = 0; i < count - 1; i++) {
    const v = order[i];
    s.mark[v] = side;
    weight += piece.weight[v];
    for (let e = piece.start[v]; e < piece.start[v + 1]; e++) {
      const w = piece.target[e];
      if (s.stamp[w] === round) cut += s.mark[w] === side ? -piece.multiplicity[e] : piece.multiplicity[e];
    }
    const r = rank(weight, total - weight, cut);
    if (r < Infinity) positions.push({ at: i + 1, rank: r, cut, weight });
  }
  positions.sort((p, q) => p.rank - q.rank);
  for (const p of positions.slice(0, positionsTried)) {
    const first = order.slice(0, p.at);
    const rest = order.slice(p.at);
    if (isConnected(piece, s, first, round) && isConnected(piece, s, rest, round)) return { side: first, sideWeight: p.weight, cut: p.cut, rank: p.rank };
  }
  return null;
}

/** Whether `nodes` (inside the set stamped `round`) are connected among themselves. */
function isConnected(piece: PieceGraph, s: AxisScratch, nodes: readonly number[], round: number): boolean {
  const inside = ++s.round;
  for (const v of nodes) s.mark[v] = inside;
  const reached = ++s.round;
  let head = 0;
  let tail = 0;
  s.queue[tail++] = nodes[0];
  s.mark[nodes[0]] = reached;
  while (head < tail) {
    const v = s.queue[head++];
    for (let e = piece.start[v]; e < piece.start[v + 1]; e++) {
      const w = piece.target[e];
      if (s.stamp[w] !== round || s.mark[w] !== inside) continue;
      s.mark[w] = reached;
      s.queue[tail++] = w;
    }
  }
  return tail === nodes.length;
}
