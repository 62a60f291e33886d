import type { PlanGraph } from './build-plan-graph';
import { findTreeCut } from './find-tree-cut';

/** Trees drawn per bisection before the best cut found so far is taken. */
const maxTreesPerSplit = 40;

/**
 * Initial plan by recursive spanning-tree bisection (GerryChain's recursive_tree_part, bisecting instead of peeling):
 * split the connected node set into ⌊k/2⌋ and ⌈k/2⌉ districts at the tree edge whose subtree weight is nearest
 * either share, drawing new trees until the error is within half the tolerance of one district's ideal or the tree
 * budget is spent (then the best cut seen is taken and refinement balances later). Every district is connected.
 * Returns k node lists (fewer only when there are fewer nodes than k). Does not mutate input.
 */
export function partitionByTrees(
  graph: PlanGraph,
  nodes: readonly number[],
  k: number,
  tolerance: number,
  random: () => number,
): number[][] {
  if (k <= 1 || nodes.length <= 1) return [nodes.slice()];
  const total = nodes.reduce((s, n) => s + graph.weight[n], 0);
  const ideal = total / k;
  const k1 = Math.floor(k / 2);
  const k2 = k - k1;
  const error = (s: number) => Math.min(Math.abs(s - k1 * ideal), Math.abs(s - k2 * ideal));
  let best: ReturnType<typeof findTreeCut> = null;
  for (let t = 0; t < maxTreesPerSplit; t++) {
    const cut = findTreeCut(graph, nodes, random, error);
    if (cut && (!best || cut.score < best.score)) best = cut;
    if (best && best.score <= 0.5 * tolerance * ideal) break;
  }
  if (!best) return [nodes.slice()];
  const sideSet = new Set(best.side);
  const rest = nodes.filter((n) => !sideSet.has(n));
  const sideK = Math.abs(best.sideWeight - k1 * ideal) <= Math.abs(best.sideWeight - k2 * ideal) ? k1 : k2;
  const kSide = Math.min(sideK, best.side.length);
  const kRest = Math.min(k - kSide, rest.length);
  return [
    ...partitionByTrees(graph, best.side, kSide, tolerance, random),
    ...partitionByTrees(graph, rest, kRest, tolerance, random),
  ];
}
