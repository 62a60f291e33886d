import type { PieceGraph } from './build-piece-graph';
import { findAxisSplit } from './find-axis-split';
import { findBestTreeSplit, type SplitScratch } from './find-best-tree-split';

/** Trees drawn per bisection before the best cut found so far is taken. */
const maxTreesPerSplit = 40;

/**
 * Axis splits drawn per bisection (the first without jitter) before trees are tried. On lattices unlike the bench's
 * (60×40 into 96, 80×60 into 192, 40×30 into 48, weights 20–80, 2 %) they lowered the cut edges after compactness by
 * 1–4 %; a jitter of two spacings did worse than one.
 */
const axisDraws = 16;

/** Ranks an unbalanced split after every balanced one, so among balanced splits the fewest cut edges win. */
const unbalancedRank = 1e15;

/**
 * Initial plan by recursive spanning-tree bisection (GerryChain's recursive_tree_part, bisecting instead of peeling):
 * split the connected local node set into ⌊k/2⌋ and ⌈k/2⌉ districts at a tree edge whose side is within half the
 * tolerance of either share, taking among those the one with the fewest cut edges; trees are drawn until one has
 * such an edge or the tree budget is spent (then the best-balanced cut seen is taken and balancing follows). When
 * node positions `xy` are given, straight cuts across the set's principal axis (findAxisSplit) are tried first and
 * trees only when none of those is balanced and connected. Every
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
): number[][] {
  if (k <= 1 || nodes.length <= 1) return [nodes.slice()];
  let total = 0;
  for (const v of nodes) total += piece.weight[v];
  const ideal = total / k;
  const k1 = Math.floor(k / 2);
  const k2 = k - k1;
  const error = (s: number) => Math.min(Math.abs(s - k1 * ideal), Math.abs(s - k2 * ideal));
  const enough = 0.5 * tolerance * ideal;
  const rank = (side: number, _other: number, cut: number) => (error(side) <= enough ? cut : unbalancedRank + error(side));
  let best: ReturnType<typeof findBestTreeSplit> = null;
  for (let t = 0; xy && t < axisDraws && !(best && best.rank < unbalancedRank); t++) {
    const split = findAxisSplit(piece, nodes, xy, rank, random, t === 0 ? 0 : 1);
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
  const sideK = Math.abs(best.sideWeight - k1 * ideal) <= Math.abs(best.sideWeight - k2 * ideal) ? k1 : k2;
  const kSide = Math.min(sideK, best.side.length);
  const kRest = Math.min(k - kSide, rest.length);
  return [
    ...partitionByTrees(piece, best.side, kSide, tolerance, random, scratch, xy),
    ...partitionByTrees(piece, rest, kRest, tolerance, random, scratch, xy),
  ];
}
