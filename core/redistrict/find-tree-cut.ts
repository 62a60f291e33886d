import type { PlanGraph } from './build-plan-graph';

export interface TreeCut {
  /** The score of the chosen cut (lower is better). */
  score: number;
  /** Nodes on the cut-off side (one subtree); the rest of `nodes` is the other side. */
  side: number[];
  sideWeight: number;
}

/**
 * Draws one random spanning tree of the subgraph induced by `nodes` (Kruskal on random edge keys: a random minimum
 * spanning tree, as in GerryChain's ReCom) and returns the tree edge whose removal scores lowest, where score gets
 * the weight of the subtree below the edge. Both sides of a tree cut are connected. The subgraph must be connected;
 * fewer than two nodes gives null. Deterministic for a given random sequence. Does not mutate input.
 */
export function findTreeCut(
  graph: PlanGraph,
  nodes: readonly number[],
  random: () => number,
  score: (sideWeight: number) => number,
): TreeCut | null {
  const n = nodes.length;
  if (n < 2) return null;
  const local = new Map<number, number>();
  nodes.forEach((node, i) => local.set(node, i));
  const from: number[] = [];
  const to: number[] = [];
  nodes.forEach((node, i) => {
    for (const other of graph.neighbours[node]) {
      const j = local.get(other);
      if (j !== undefined && j > i) {
        from.push(i);
        to.push(j);
      }
    }
  });
  const keys = new Float64Array(from.length);
  for (let e = 0; e < keys.length; e++) keys[e] = random();
  const order = Array.from({ length: from.length }, (_, e) => e).sort((x, y) => keys[x] - keys[y]);
  const parentSet = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parentSet[x] !== x) x = parentSet[x] = parentSet[parentSet[x]];
    return x;
  };
  const tree: number[][] = Array.from({ length: n }, () => []);
  for (const e of order) {
    const ra = find(from[e]);
    const rb = find(to[e]);
    if (ra === rb) continue;
    parentSet[ra] = rb;
    tree[from[e]].push(to[e]);
    tree[to[e]].push(from[e]);
  }
  const root = Math.floor(random() * n);
  const parent = new Int32Array(n).fill(-1);
  const bfs = [root];
  parent[root] = root;
  for (let h = 0; h < bfs.length; h++) {
    for (const c of tree[bfs[h]]) {
      if (parent[c] === -1) {
        parent[c] = bfs[h];
        bfs.push(c);
      }
    }
  }
  const sub = new Float64Array(n);
  for (let h = bfs.length - 1; h >= 0; h--) {
    const v = bfs[h];
    sub[v] += graph.weight[nodes[v]];
    if (v !== root) sub[parent[v]] += sub[v];
  }
  let best = -1;
  let bestScore = Infinity;
  for (let h = 1; h < bfs.length; h++) {
    const s = score(sub[bfs[h]]);
    if (s < bestScore) {
      bestScore = s;
      best = bfs[h];
    }
  }
  if (best < 0) return null;
  const side: number[] = [];
  const stack = [best];
  while (stack.length) {
    const v = stack.pop()!;
    side.push(nodes[v]);
    for (const c of tree[v]) if (c !== parent[v]) stack.push(c);
  }
  return { score: bestScore, side, sideWeight: sub[best] };
}
