import type { PieceGraph } from './build-piece-graph';

/** A split of a merged pair of districts: `side` is one subtree of the spanning tree, the rest the other district. */
export interface TreeSplit {
  side: number[];
  sideWeight: number;
  /** Unit pairs (cut edges) between the two sides. */
  cut: number;
  /** The split's rank (lower is better). */
  rank: number;
}

/** Typed arrays reused across draws on one piece (one allocation per piece, not per step). */
export interface SplitScratch {
  stamp: Int32Array;
  black: Int32Array;
  dsu: Int32Array;
  parent: Int32Array;
  cursor: Int32Array;
  head: Int32Array;
  next: Int32Array;
  to: Int32Array;
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  subWeight: Float64Array;
  subDegree: Float64Array;
  subInside: Float64Array;
  subSize: Int32Array;
  preorderIndex: Int32Array;
  preorder: Int32Array;
  stack: Int32Array;
  round: number;
}

export function createSplitScratch(piece: PieceGraph): SplitScratch {
  const n = piece.weight.length;
  const m = piece.target.length;
  return {
    stamp: new Int32Array(n),
    black: new Int32Array(n),
    dsu: new Int32Array(n),
    parent: new Int32Array(n),
    cursor: new Int32Array(n),
    head: new Int32Array(n),
    next: new Int32Array(2 * n),
    to: new Int32Array(2 * n),
    edgeFrom: new Int32Array(m),
    edgeTo: new Int32Array(m),
    subWeight: new Float64Array(n),
    subDegree: new Float64Array(n),
    subInside: new Float64Array(n),
    subSize: new Int32Array(n),
    preorderIndex: new Int32Array(n),
    preorder: new Int32Array(n),
    stack: new Int32Array(n),
    round: 0,
  };
}

/**
 * Draws one random spanning tree of the connected node set `members` (Kruskal over a uniformly shuffled edge list,
 * which is GerryChain's random-weight minimum spanning tree) and returns the tree edge whose split ranks lowest by
 * `rank(sideWeight, otherWeight, cut)` (cut: unit pairs between the sides; ties drawn at random); null when every
 * rank is Infinity or `members` has fewer than two nodes. The cut count of every tree edge comes from one depth-first pass: the pairs leaving
 * a subtree are its summed degree minus twice the pairs inside it, and a pair lies inside the subtree of its lowest
 * common ancestor (Tarjan's offline LCA). O(edges · α) a draw. Both sides are connected. Does not mutate input.
 */
export function findBestTreeSplit(
  piece: PieceGraph,
  members: readonly number[],
  random: () => number,
  rank: (sideWeight: number, otherWeight: number, cut: number) => number,
  s: SplitScratch,
): TreeSplit | null {
  const count = members.length;
  if (count < 2) return null;
  const round = ++s.round;
  let total = 0;
  for (const v of members) {
    s.stamp[v] = round;
    total += piece.weight[v];
  }
  let edges = 0;
  for (const v of members) {
    let degree = 0;
    for (let slot = piece.start[v]; slot < piece.start[v + 1]; slot++) {
      const w = piece.target[slot];
      if (s.stamp[w] !== round) continue;
      degree += piece.multiplicity[slot];
      if (w > v) {
        s.edgeFrom[edges] = v;
        s.edgeTo[edges] = w;
        edges++;
      }
    }
    s.subDegree[v] = degree;
    s.subWeight[v] = piece.weight[v];
    s.subInside[v] = 0;
    s.subSize[v] = 1;
    s.dsu[v] = v;
    s.head[v] = -1;
  }
  // Kruskal in a random order: the shuffle stands in for sorting by random keys (same distribution, O(edges)).
  let treeSlots = 0;
  for (let i = edges - 1; i >= 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = s.edgeFrom[j];
    const b = s.edgeTo[j];
    s.edgeFrom[j] = s.edgeFrom[i];
    s.edgeTo[j] = s.edgeTo[i];
    const ra = find(s.dsu, a);
    const rb = find(s.dsu, b);
    if (ra === rb) continue;
    s.dsu[ra] = rb;
    s.to[treeSlots] = b;
    s.next[treeSlots] = s.head[a];
    s.head[a] = treeSlots++;
    s.to[treeSlots] = a;
    s.next[treeSlots] = s.head[b];
    s.head[b] = treeSlots++;
    if (treeSlots === 2 * (count - 1)) break;
  }
  if (treeSlots !== 2 * (count - 1)) return null;
  for (const v of members) s.dsu[v] = v;

  const root = members[Math.floor(random() * count)];
  let best = -1;
  let bestRank = Infinity;
  let bestCut = 0;
  let ties = 0;
  let depth = 0;
  let visited = 0;
  s.stack[depth++] = root;
  s.parent[root] = -1;
  s.cursor[root] = s.head[root];
  s.preorderIndex[root] = visited;
  s.preorder[visited++] = root;
  while (depth > 0) {
    const v = s.stack[depth - 1];
    const slot = s.cursor[v];
    if (slot >= 0) {
      s.cursor[v] = s.next[slot];
      const c = s.to[slot];
      if (c === s.parent[v]) continue;
      s.parent[c] = v;
      s.cursor[c] = s.head[c];
      s.preorderIndex[c] = visited;
      s.preorder[visited++] = c;
      s.stack[depth++] = c;
      continue;
    }
    depth--;
    for (let e = piece.start[v]; e < piece.start[v + 1]; e++) {
      const w = piece.target[e];
      if (s.stamp[w] === round && s.black[w] === round) s.subInside[find(s.dsu, w)] += piece.multiplicity[e];
    }
    s.black[v] = round;
    const p = s.parent[v];
    if (p < 0) continue;
    s.dsu[v] = p;
    const sideWeight = s.subWeight[v];
    const cut = s.subDegree[v] - 2 * s.subInside[v];
    const r = rank(sideWeight, total - sideWeight, cut);
    if (r < bestRank) {
      bestRank = r;
      bestCut = cut;
      best = v;
      ties = 1;
    } else if (r === bestRank && r < Infinity && random() * ++ties < 1) {
      bestCut = cut;
      best = v;
    }
    s.subWeight[p] += sideWeight;
    s.subDegree[p] += s.subDegree[v];
    s.subInside[p] += s.subInside[v];
    s.subSize[p] += s.subSize[v];
  }
  if (best < 0) return null;
  const from = s.preorderIndex[best];
  const side = Array.from(s.preorder.subarray(from, from + s.subSize[best]));
  return { side, sideWeight: s.subWeight[best], cut: bestCut, rank: bestRank };
}

function find(dsu: Int32Array, x: number): number {
  while (dsu[x] !== x) x = dsu[x] = dsu[dsu[x]];
  return x;
}
