/**
 * Splits a set of blocks into contiguous parts of given weight shares (households), on the block
 * adjacency graph: recursive bisection by frontier-constrained sweeps, then local rebalancing moves
 * that never disconnect a part. Used for streets → communities → grids and for grids → beats.
 */
export interface BlockGraph {
  /** Ids of the blocks sharing an edge with each block. */
  adjacency: readonly (readonly number[])[];
  weights: ArrayLike<number>;
  /** Block centres in metres (any planar frame). */
  xy: readonly (readonly [number, number])[];
}

const DIRECTIONS = 16;
// Cut length (in edges, per √blocks) against imbalance (in mean blocks): favours short, straight cuts
// and so compact parts, the way real community and grid boundaries follow a few streets.
const CUT_WEIGHT = 1.5;

/**
 * Partitions `ids` (a connected set) into `shares.length` contiguous parts whose weights are as close as
 * the blocks allow to `shares` (relative, any positive scale). Parts come back in the order of `shares`,
 * each sorted by id. Does not mutate its input.
 * @throws Error if there are fewer blocks than parts.
 */
export function partitionBlocks(graph: BlockGraph, ids: readonly number[], shares: readonly number[]): number[][] {
  if (ids.length < shares.length) throw new Error(`partitionBlocks: ${ids.length} blocks cannot make ${shares.length} parts`);
  if (shares.length === 1) return [ids.slice().sort((a, b) => a - b)];
  const k1 = Math.floor(shares.length / 2);
  const left = shares.slice(0, k1);
  const right = shares.slice(k1);
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  const [a, b] = bisect(graph, ids, sum(left) / sum(shares), left.length, right.length);
  return [...partitionBlocks(graph, a, left), ...partitionBlocks(graph, b, right)];
}

/**
 * Cuts `ids` into a part A holding about `fraction` of the weight and the rest B, both connected.
 * Tries a sweep and a radial growth from each of 16 directions, growing A only through its frontier
 * (so A stays connected), folds any pocket the cut leaves in B into A (so B is connected too), and
 * keeps the most balanced cut, preferring short ones.
 */
function bisect(graph: BlockGraph, ids: readonly number[], fraction: number, minA: number, minB: number): [number[], number[]] {
  const member = new Set(ids);
  const total = ids.reduce((s, id) => s + graph.weights[id], 0);
  const target = total * fraction;
  const meanWeight = total / ids.length;
  let best: { a: number[]; b: number[]; score: number } | null = null;
  for (let d = 0; d < 2 * DIRECTIONS; d++) {
    const angle = (2 * Math.PI * d) / DIRECTIONS;
    const dx = Math.cos(angle);
    const dy = Math.sin(angle);
    const along = (id: number): number => graph.xy[id][0] * dx + graph.xy[id][1] * dy;
    const seed = ids.reduce((m, id) => (along(id) > along(m) || (along(id) === along(m) && id < m) ? id : m), ids[0]);
    // First pass: a straight sweep. Second pass: growth by distance from the seed, which gives a
    // compact cap where a small share would otherwise become a thin strip.
    const [sx, sy] = graph.xy[seed];
    const priority = d < DIRECTIONS ? along : (id: number): number => -Math.hypot(graph.xy[id][0] - sx, graph.xy[id][1] - sy);
    const inA = growFrontier(graph, member, seed, priority, target, ids.length - minB);
    const bComponents = components(graph, ids.filter((id) => !inA.has(id)));
    if (bComponents.length === 0) continue;
    bComponents.sort((x, y) => y.length - x.length || x[0] - y[0]);
    for (const pocket of bComponents.slice(1)) for (const id of pocket) inA.add(id);
    const a = ids.filter((id) => inA.has(id));
    const b = bComponents[0];
    if (a.length < minA || b.length < minB) continue;
    const wA = a.reduce((s, id) => s + graph.weights[id], 0);
    let cut = 0;
    for (const id of a) for (const nb of graph.adjacency[id]) if (member.has(nb) && !inA.has(nb)) cut += 1;
    const score = Math.abs(wA - target) / meanWeight + CUT_WEIGHT * cut / Math.sqrt(ids.length);
    if (!best || score < best.score) best = { a, b: b.slice(), score };
  }
  if (!best) throw new Error(`bisect: no valid cut of ${ids.length} blocks into ${minA} + ${minB}`);
  return [best.a, best.b];
}

/** Grows A from `seed`, always taking the frontier block of highest priority, while that brings A's weight closer to `target`. */
function growFrontier(graph: BlockGraph, member: Set<number>, seed: number, priority: (id: number) => number, target: number, maxSize: number): Set<number> {
  const inA = new Set<number>([seed]);
  let weight = graph.weights[seed];
  const frontier = new Map<number, number>(); // id → priority
  const addNeighbours = (id: number): void => {
    for (const nb of graph.adjacency[id]) if (member.has(nb) && !inA.has(nb)) frontier.set(nb, priority(nb));
  };
  addNeighbours(seed);
  while (frontier.size > 0 && inA.size < maxSize) {
    let next = -1;
    let nextProj = -Infinity;
    for (const [id, p] of frontier) if (p > nextProj || (p === nextProj && id < next)) [next, nextProj] = [id, p];
    const w = graph.weights[next];
    if (Math.abs(weight + w - target) >= Math.abs(weight - target)) break;
    frontier.delete(next);
    inA.add(next);
    weight += w;
    addNeighbours(next);
  }
  return inA;
}

/** Connected components of `ids` in the block graph (each sorted by id; in order of their smallest id). */
export function components(graph: BlockGraph, ids: readonly number[]): number[][] {
  const member = new Set(ids);
  const seen = new Set<number>();
  const out: number[][] = [];
  for (const start of [...ids].sort((a, b) => a - b)) {
    if (seen.has(start)) continue;
    const comp = [start];
    seen.add(start);
    for (let h = 0; h < comp.length; h++) {
      for (const nb of graph.adjacency[comp[h]]) {
        if (member.has(nb) && !seen.has(nb)) {
          seen.add(nb);
          comp.push(nb);
        }
      }
    }
    out.push(comp.sort((a, b) => a - b));
  }
  return out;
}

/**
 * Improves the balance of contiguous parts by moving boundary blocks between neighbouring parts,
 * one move at a time, each lowering the sum of squared deviations from the parts' targets and keeping
 * the donor connected and non-empty. Stops when no move helps or after `maxMoves`. Returns new arrays.
 * @param targets the wanted weight of each part (same scale as the block weights).
 */
export function rebalanceParts(graph: BlockGraph, parts: readonly (readonly number[])[], targets: readonly number[], maxMoves = 400): number[][] {
  const sets = parts.map((p) => new Set(p));
  const owner = new Map<number, number>();
  sets.forEach((s, k) => s.forEach((id) => owner.set(id, k)));
  const weights = sets.map((s) => [...s].reduce((a, id) => a + graph.weights[id], 0));
  for (let move = 0; move < maxMoves; move++) {
    let best: { id: number; from: number; to: number; gain: number } | null = null;
    for (let from = 0; from < sets.length; from++) {
      if (sets[from].size <= 1) continue;
      for (const id of sets[from]) {
        const w = graph.weights[id];
        for (const nb of graph.adjacency[id]) {
          const to = owner.get(nb);
          if (to === undefined || to === from) continue;
          const before = (weights[from] - targets[from]) ** 2 + (weights[to] - targets[to]) ** 2;
          const after = (weights[from] - w - targets[from]) ** 2 + (weights[to] + w - targets[to]) ** 2;
          const gain = before - after;
          if (gain > 1e-9 && (!best || gain > best.gain || (gain === best.gain && id < best.id))) {
            if (staysConnectedWithout(graph, sets[from], id)) best = { id, from, to, gain };
          }
        }
      }
    }
    if (!best) break;
    sets[best.from].delete(best.id);
    sets[best.to].add(best.id);
    owner.set(best.id, best.to);
    weights[best.from] -= graph.weights[best.id];
    weights[best.to] += graph.weights[best.id];
  }
  return sets.map((s) => [...s].sort((a, b) => a - b));
}

function staysConnectedWithout(graph: BlockGraph, set: Set<number>, removed: number): boolean {
  const rest = [...set].filter((id) => id !== removed);
  return rest.length > 0 && components(graph, rest).length === 1;
}
