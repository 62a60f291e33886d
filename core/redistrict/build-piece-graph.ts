import type { PlanGraph } from './build-plan-graph';

/**
 * One connected piece of a plan graph in compressed sparse rows with local indices 0..n−1, so the compactness chain
 * can use typed arrays instead of maps keyed by global node (the maps were most of its time).
 */
export interface PieceGraph {
  /** Global plan-graph node of each local index. */
  node: Int32Array;
  weight: Float64Array;
  /** Neighbours of local v are target[start[v]..start[v+1]). */
  start: Int32Array;
  target: Int32Array;
  /** Unit pairs joining v and target (contracted compounds join by several), the cut-edge count of that link. */
  multiplicity: Int32Array;
}

/**
 * The subgraph of `graph` induced by `nodes` (a connected piece: its neighbours all lie in it, as findPieces makes
 * them), nodes keeping their given order as local indices. Neighbours outside `nodes` are dropped. Does not mutate
 * input.
 */
export function buildPieceGraph(graph: PlanGraph, nodes: readonly number[]): PieceGraph {
  const local = new Map<number, number>();
  nodes.forEach((n, i) => local.set(n, i));
  const start = new Int32Array(nodes.length + 1);
  const target: number[] = [];
  const multiplicity: number[] = [];
  nodes.forEach((n, i) => {
    graph.neighbours[n].forEach((m, j) => {
      const l = local.get(m);
      if (l === undefined) return;
      target.push(l);
      multiplicity.push(graph.multiplicity[n][j]);
    });
    start[i + 1] = target.length;
  });
  return {
    node: Int32Array.from(nodes),
    weight: Float64Array.from(nodes, (n) => graph.weight[n]),
    start,
    target: Int32Array.from(target),
    multiplicity: Int32Array.from(multiplicity),
  };
}
