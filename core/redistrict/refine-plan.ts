import type { PlanGraph } from './build-plan-graph';
import { findTreeCut } from './find-tree-cut';

export interface RefineInput {
  graph: PlanGraph;
  /** Connected node lists, one a district, all in one region piece. */
  districts: number[][];
  /** The piece's ideal district weight. */
  ideal: number;
  tolerance: number;
  /** The band for {band} targets, else null. */
  band: [number, number] | null;
  random: () => number;
  effort: number;
}

interface State {
  districtOf: Map<number, number>;
  members: Set<number>[];
  weight: number[];
}

/**
 * Improves a contiguous plan of one region piece without ever breaking contiguity or a compound: (1) ReCom
 * merge-split steps — merge a district (often the worst) with a neighbour, draw random spanning trees, re-split at
 * the best balancing edge — accepted only when the pair's largest deviation falls; (2) boundary flips that lower a
 * pair's largest deviation; (3) boundary flips that remove cut edges while every district stays within
 * max(the deviation reached, a quarter of the tolerance) of the ideal, or within the band; (4) balance flips again.
 * Each accepted move lowers the plan-wide largest deviation or keeps it and lowers cut edges within the bound, so
 * the loop ends; budgets scale with `effort`. Returns new node lists (same order of districts). Does not mutate input.
 */
export function refinePlan(input: RefineInput): number[][] {
  const { graph, districts, ideal } = input;
  const state: State = { districtOf: new Map(), members: [], weight: [] };
  districts.forEach((list, d) => {
    state.members.push(new Set(list));
    state.weight.push(list.reduce((s, n) => s + graph.weight[n], 0));
    for (const n of list) state.districtOf.set(n, d);
  });
  if (districts.length < 2) return districts.map((l) => l.slice());
  const nodes = districts.flat();
  recombineForBalance(input, state);
  flipForBalance(input, state, nodes);
  const worst = Math.max(...state.weight.map((w) => Math.abs(w - ideal)));
  const slack = Math.max(worst, 0.25 * input.tolerance * ideal);
  const lo = input.band ? input.band[0] : ideal - slack;
  const hi = input.band ? input.band[1] : ideal + slack;
  flipForCompactness(input, state, nodes, lo, hi);
  flipForBalance(input, state, nodes);
  return state.members.map((set) => [...set]);
}

function neighbourDistricts(graph: PlanGraph, state: State, d: number): number[] {
  const found = new Set<number>();
  for (const n of state.members[d]) {
    for (const m of graph.neighbours[n]) {
      const e = state.districtOf.get(m);
      if (e !== undefined && e !== d) found.add(e);
    }
  }
  return [...found].sort((a, b) => a - b);
}

function recombineForBalance(input: RefineInput, state: State): void {
  const { graph, ideal, random, effort } = input;
  const k = state.members.length;
  const maxSteps = Math.round(effort * (400 + 40 * k));
  const patience = Math.round(effort * (150 + 10 * k));
  const dev = (w: number) => Math.abs(w - ideal);
  let failures = 0;
  for (let step = 0; step < maxSteps && failures < patience; step++) {
    let d = Math.floor(random() * k);
    if (random() < 0.5) for (let i = 0; i < k; i++) if (dev(state.weight[i]) > dev(state.weight[d])) d = i;
    const partners = neighbourDistricts(graph, state, d);
    if (partners.length === 0) {
      failures++;
      continue;
    }
    const e = partners[Math.floor(random() * partners.length)];
    const before = Math.max(dev(state.weight[d]), dev(state.weight[e]));
    if (before <= 1e-9 * ideal) {
      failures++;
      continue;
    }
    const merged = [...state.members[d], ...state.members[e]];
    const total = state.weight[d] + state.weight[e];
    let best: ReturnType<typeof findTreeCut> = null;
    for (let t = 0; t < 3; t++) {
      const cut = findTreeCut(graph, merged, random, (s) => Math.max(dev(s), dev(total - s)));
      if (cut && (!best || cut.score < best.score)) best = cut;
    }
    if (!best || best.score >= before - 1e-9 * ideal) {
      failures++;
      continue;
    }
    const side = new Set(best.side);
    state.members[d] = new Set(best.side);
    state.members[e] = new Set(merged.filter((n) => !side.has(n)));
    state.weight[d] = best.sideWeight;
    state.weight[e] = total - best.sideWeight;
    for (const n of state.members[d]) state.districtOf.set(n, d);
    for (const n of state.members[e]) state.districtOf.set(n, e);
    failures = 0;
  }
}

/** Whether district d stays connected when node u leaves it. */
function staysConnectedWithout(graph: PlanGraph, state: State, u: number, d: number): boolean {
  const size = state.members[d].size - 1;
  if (size <= 0) return false;
  const start = graph.neighbours[u].find((m) => state.districtOf.get(m) === d);
  if (start === undefined) return false;
  const seen = new Set([u, start]);
  const stack = [start];
  while (stack.length) {
    for (const m of graph.neighbours[stack.pop()!]) {
      if (!seen.has(m) && state.districtOf.get(m) === d) {
        seen.add(m);
        stack.push(m);
      }
    }
  }
  return seen.size - 1 === size;
}

function move(graph: PlanGraph, state: State, u: number, from: number, to: number): void {
  state.members[from].delete(u);
  state.members[to].add(u);
  state.weight[from] -= graph.weight[u];
  state.weight[to] += graph.weight[u];
  state.districtOf.set(u, to);
}

function shuffled(nodes: readonly number[], random: () => number): number[] {
  const out = nodes.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function flipForBalance(input: RefineInput, state: State, nodes: readonly number[]): void {
  const { graph, ideal, random } = input;
  const dev = (w: number) => Math.abs(w - ideal);
  for (let pass = 0; pass < 50 * input.effort; pass++) {
    let moved = false;
    for (const u of shuffled(nodes, random)) {
      const a = state.districtOf.get(u)!;
      const wu = graph.weight[u];
      let bestTo = -1;
      let bestAfter = Math.max(dev(state.weight[a]), 0);
      for (const m of graph.neighbours[u]) {
        const b = state.districtOf.get(m);
        if (b === undefined || b === a) continue;
        const before = Math.max(dev(state.weight[a]), dev(state.weight[b]));
        const after = Math.max(dev(state.weight[a] - wu), dev(state.weight[b] + wu));
        if (after < before - 1e-9 * ideal && (bestTo < 0 || after < bestAfter)) {
          bestTo = b;
          bestAfter = after;
        }
      }
      if (bestTo >= 0 && staysConnectedWithout(graph, state, u, a)) {
        move(graph, state, u, a, bestTo);
        moved = true;
      }
    }
    if (!moved) break;
  }
}

function flipForCompactness(input: RefineInput, state: State, nodes: readonly number[], lo: number, hi: number): void {
  const { graph, random } = input;
  for (let pass = 0; pass < 50 * input.effort; pass++) {
    let moved = false;
    for (const u of shuffled(nodes, random)) {
      const a = state.districtOf.get(u)!;
      const wu = graph.weight[u];
      const links = new Map<number, number>();
      graph.neighbours[u].forEach((m, i) => {
        const b = state.districtOf.get(m);
        if (b !== undefined) links.set(b, (links.get(b) ?? 0) + graph.multiplicity[u][i]);
      });
      const own = links.get(a) ?? 0;
      let bestTo = -1;
      let bestGain = 0;
      for (const [b, count] of links) {
        if (b === a || count - own <= bestGain) continue;
        if (state.weight[a] - wu < Math.min(lo, state.weight[a])) continue;
        if (state.weight[b] + wu > Math.max(hi, state.weight[b])) continue;
        bestTo = b;
        bestGain = count - own;
      }
      if (bestTo >= 0 && staysConnectedWithout(graph, state, u, a)) {
        move(graph, state, u, a, bestTo);
        moved = true;
      }
    }
    if (!moved) break;
  }
}
