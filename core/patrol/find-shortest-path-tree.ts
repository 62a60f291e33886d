import { MinHeap } from './min-heap';
import type { RoadGraph } from './types';

/** Fastest travel from one source node to every node: minutes, the metres of that fastest path, and the tree. */
export interface ShortestPathTree {
  source: number;
  /** Infinity where unreachable (or not settled before every target was). */
  minutes: Float64Array;
  metres: Float64Array;
  /** The node before v on the fastest path from the source; −1 at the source and where unreachable. */
  previousNode: Int32Array;
}

/**
 * One-to-all Dijkstra on edge minutes, with a binary heap. When `targets` are given the search stops as soon as all
 * of them are settled (their entries are then exact; other nodes' may be Infinity or upper bounds).
 *
 * Why hand-written rather than ngraph.path: ngraph.path answers one pair per search (`find(from, to)`), so a
 * travel-time matrix over 100 stops would take 10,100 A* searches where 101 one-to-all searches do (see
 * test/bench/patrol-bench.ts for the two timed side by side). The same tree also gives every path geometry from its
 * source, so no second search per leg is needed. Does not mutate the graph.
 */
export function findShortestPathTree(graph: RoadGraph, source: number, targets?: number[]): ShortestPathTree {
  const n = graph.nodeCount;
  const minutes = new Float64Array(n).fill(Infinity);
  const metres = new Float64Array(n).fill(Infinity);
  const previousNode = new Int32Array(n).fill(-1);
  const settled = new Uint8Array(n);
  const isTarget = targets ? new Uint8Array(n) : null;
  let targetsLeft = 0;
  for (const t of targets ?? []) {
    if (isTarget![t]) continue;
    isTarget![t] = 1;
    targetsLeft++;
  }

  const heap = new MinHeap();
  minutes[source] = 0;
  metres[source] = 0;
  heap.push(0, source);
  const { edgeStart, edgeTarget, edgeMinutes, edgeLengthM } = graph;
  while (heap.size > 0) {
    const key = heap.peekKey();
    const u = heap.pop();
    if (settled[u] || key > minutes[u]) continue;
    settled[u] = 1;
    if (isTarget && isTarget[u] && --targetsLeft === 0) break;
    for (let e = edgeStart[u]; e < edgeStart[u + 1]; e++) {
      const v = edgeTarget[e];
      const t = key + edgeMinutes[e];
      if (t < minutes[v]) {
        minutes[v] = t;
        metres[v] = metres[u] + edgeLengthM[e];
        previousNode[v] = u;
        heap.push(t, v);
      }
    }
  }
  return { source, minutes, metres, previousNode };
}

/** The node sequence source → … → target from a tree, or null when the target was not reached. */
export function tracePath(tree: ShortestPathTree, target: number): number[] | null {
  if (!Number.isFinite(tree.minutes[target])) return null;
  const path = [target];
  for (let v = target; v !== tree.source; ) {
    v = tree.previousNode[v];
    path.push(v);
  }
  return path.reverse();
}
