import type { PieceGraph } from './build-piece-graph';

/** A plan of one piece in local indices, as the balancing and compactness phases change it in place. */
export interface PiecePlanState {
  piece: PieceGraph;
  /** District of each local node. */
  district: Int32Array;
  weight: Float64Array;
  members: number[][];
  /** Index of each node in its district's members list (O(1) moves). */
  position: Int32Array;
  /** Stamps for connectivity searches. */
  seen: Int32Array;
  round: number;
}

/** State from local node lists (one a district, covering the piece). Does not mutate input. */
export function createPiecePlanState(piece: PieceGraph, districts: readonly number[][]): PiecePlanState {
  const n = piece.weight.length;
  const state: PiecePlanState = {
    piece,
    district: new Int32Array(n),
    weight: new Float64Array(districts.length),
    members: districts.map((list) => list.slice()),
    position: new Int32Array(n),
    seen: new Int32Array(n),
    round: 0,
  };
  state.members.forEach((list, d) => {
    list.forEach((v, i) => {
      state.district[v] = d;
      state.position[v] = i;
      state.weight[d] += piece.weight[v];
    });
  });
  return state;
}

/** Unit pairs (cut edges) between different districts of the piece. */
export function countCutEdges(state: PiecePlanState): number {
  const { piece, district } = state;
  let cut = 0;
  for (let v = 0; v < district.length; v++) {
    for (let slot = piece.start[v]; slot < piece.start[v + 1]; slot++) {
      if (district[piece.target[slot]] !== district[v]) cut += piece.multiplicity[slot];
    }
  }
  return cut / 2;
}

/** Moves node v to district `to`. */
export function moveNode(state: PiecePlanState, v: number, to: number): void {
  const from = state.district[v];
  const list = state.members[from];
  const last = list.pop()!;
  if (last !== v) {
    list[state.position[v]] = last;
    state.position[last] = state.position[v];
  }
  state.position[v] = state.members[to].length;
  state.members[to].push(v);
  state.district[v] = to;
  state.weight[from] -= state.piece.weight[v];
  state.weight[to] += state.piece.weight[v];
}

/** Replaces districts d and e by `side` and the rest of their union (a re-split of the merged pair). */
export function resplitPair(state: PiecePlanState, d: number, e: number, side: readonly number[], sideWeight: number): void {
  const { district } = state;
  const merged = [...state.members[d], ...state.members[e]];
  const total = state.weight[d] + state.weight[e];
  for (const v of side) district[v] = -1;
  const rest: number[] = [];
  for (const v of merged) {
    if (district[v] === -1) continue;
    district[v] = e;
    state.position[v] = rest.length;
    rest.push(v);
  }
  side.forEach((v, i) => {
    district[v] = d;
    state.position[v] = i;
  });
  state.members[d] = side.slice();
  state.members[e] = rest;
  state.weight[d] = sideWeight;
  state.weight[e] = total - sideWeight;
}

/** Whether v's district stays connected and non-empty without v: a search from one of its neighbours there. */
export function staysConnectedWithout(state: PiecePlanState, v: number): boolean {
  const { piece, district, seen } = state;
  const d = district[v];
  const size = state.members[d].length - 1;
  if (size <= 0) return false;
  let start = -1;
  for (let s = piece.start[v]; s < piece.start[v + 1] && start < 0; s++) if (district[piece.target[s]] === d) start = piece.target[s];
  if (start < 0) return false;
  const round = ++state.round;
  seen[v] = round;
  seen[start] = round;
  const stack = [start];
  let reached = 1;
  while (stack.length) {
    const u = stack.pop()!;
    for (let s = piece.start[u]; s < piece.start[u + 1]; s++) {
      const w = piece.target[s];
      if (seen[w] !== round && district[w] === d) {
        seen[w] = round;
        reached++;
        stack.push(w);
      }
    }
  }
  return reached === size;
}

/** A random permutation of 0..n−1 (Fisher-Yates). */
export function shuffledIndices(n: number, random: () => number): Int32Array {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}
