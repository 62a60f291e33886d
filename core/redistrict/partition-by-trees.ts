import type { PieceGraph } from './build-piece-graph';
import { findAxisSplit } from './find-axis-split';
import { findBestTreeSplit, type SplitScratch } from './find-best-tree-split';
import { findPrincipalAxis } from './find-principal-axis';

/** Trees drawn per bisection before the best cut found so far is taken. */
const maxTreesPerSplit = 40;

/**
 * Straight cuts with one step (findAxisSplit, alternating the step's direction) drawn per bisection before trees are
 * tried. On lattices unlike the bench's (80×60 into 192, 60×40 into 96, 120×40 into 192, 70×70 into 140, weights
 * 20–80, 2 %) 16 step cuts, all drawn and the best kept, gave 2.6 % fewer cut edges after compactness than 16
 * jittered straight cuts stopping at the first balanced one (the issue 17 round before); 8 or 32 did no better.
 */
const axisDraws = 16;

/** Ranks an unbalanced split after every balanced one, so among balanced splits the fewest cut edges win. */
const unbalancedRank = 1e15;

/**
 * Initial plan by recursive spanning-tree bisection (GerryChain's recursive_tree_part, bisecting instead of peeling):
 * split the connected local node set into k1 and k − k1 districts at a tree edge whose sides are within half the
 * tolerance of their shares of the whole piece's district ideal (`districtIdeal`, passed down the levels), taking
 * among those the one with the fewest cut edges; trees are drawn until one has such an edge or the tree budget is
 * spent (then the best-balanced cut seen is taken and balancing follows). When node positions `xy` are given, k1 is
 * chosen so the cut falls where square districts would meet (chooseFirstShare), and straight cuts with one step across
 * the set's principal axis (findAxisSplit) are tried first, trees only when none of those is balanced and connected.
 * Every
 * district is connected. Returns k local node lists (fewer only when there are fewer nodes than k). Does not mutate
 * input.
 */
export function partitionByTrees(
  piece: PieceGraph,
  nodes: readonly number[],
  k: number,
  tolerance: number,
  random: () => number,
  scratch: SplitScratch,
  xy?: Float64Array,
  districtIdeal?: number,
): number[][] {
  if (k <= 1 || nodes.length <= 1) return [nodes.slice()];
  let total = 0;
  for (const v of nodes) total += piece.weight[v];
  const ideal = districtIdeal ?? total / k;
  const k1 = xy ? chooseFirstShare(nodes, k, xy) : Math.floor(k / 2);
  const k2 = k - k1;
  // Against the whole piece's ideal, not this set's own: errors of the levels above are then paid back here instead
  // of adding up down the levels (leaves were up to 2 % off at 2 % tolerance, and balancing them cost compactness).
  const error = (s: number, o: number) => Math.min(Math.max(Math.abs(s - k1 * ideal), Math.abs(o - k2 * ideal)), Math.max(Math.abs(s - k2 * ideal), Math.abs(o - k1 * ideal)));
  const enough = 0.5 * tolerance * ideal;
  const rank = (side: number, other: number, cut: number) => (error(side, other) <= enough ? cut : unbalancedRank + error(side, other));
  let best: ReturnType<typeof findBestTreeSplit> = null;
  // Every draw is made and the fewest cut edges kept: the first balanced cut found was often a poor one.
  for (let t = 0; xy && t < axisDraws; t++) {
    const split = findAxisSplit(piece, nodes, xy, rank, random, t % 2 ? -1 : 1);
    if (split && (!best || split.rank < best.rank)) best = split;
  }
  for (let t = 0; t < maxTreesPerSplit && !(best && best.rank < unbalancedRank); t++) {
    const split = findBestTreeSplit(piece, nodes, random, rank, scratch);
    if (split && (!best || split.rank < best.rank)) best = split;
    if (best && best.rank < unbalancedRank) break;
  }
  if (!best) return [nodes.slice()];
  const sideSet = new Set(best.side);
  const rest = nodes.filter((n) => !sideSet.has(n));
  const otherWeight = total - best.sideWeight;
  const sideK =
    Math.max(Math.abs(best.sideWeight - k1 * ideal), Math.abs(otherWeight - k2 * ideal)) <= Math.max(Math.abs(best.sideWeight - k2 * ideal), Math.abs(otherWeight - k1 * ideal)) ? k1 : k2;
  const kSide = Math.min(sideK, best.side.length);
  const kRest = Math.min(k - kSide, rest.length);
  return [
    ...partitionByTrees(piece, best.side, kSide, tolerance, random, scratch, xy, ideal),
    ...partitionByTrees(piece, rest, kRest, tolerance, random, scratch, xy, ideal),
  ];
}

/**
 * Districts on the first side of a bisection: a multiple of the districts that fit across the set's short side (as
 * squares of the set's area / k), nearest half, so the cut lies on a line the finished squares share; ⌊k/2⌋ when no
 * multiple lies between a quarter and three quarters of k.
 */
function chooseFirstShare(nodes: readonly number[], k: number, xy: Float64Array): number {
  const half = Math.floor(k / 2);
  const { ax, ay } = findPrincipalAxis(nodes, xy);
  let minA = Infinity;
  let maxA = -Infinity;
  let minB = Infinity;
  let maxB = -Infinity;
  for (const v of nodes) {
    const a = xy[2 * v] * ax + xy[2 * v + 1] * ay;
    const b = -xy[2 * v] * ay + xy[2 * v + 1] * ax;
    minA = Math.min(minA, a);
    maxA = Math.max(maxA, a);
    minB = Math.min(minB, b);
    maxB = Math.max(maxB, b);
  }
  const long = maxA - minA;
  const short = maxB - minB;
  if (!(long > 0) || !(short > 0)) return half;
  const across = Math.max(1, Math.round(Math.sqrt((k * short) / long)));
  const m = Math.round(k / 2 / across);
  const k1 = m * across;
  return k1 >= k / 4 && k1 <= (3 * k) / 4 && k1 >= 1 && k1 < k ? k1 : half;
}
