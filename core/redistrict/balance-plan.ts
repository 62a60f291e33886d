import { findBestTreeSplit, type SplitScratch } from './find-best-tree-split';
import { moveNode, resplitPair, shuffledIndices, staysConnectedWithout, type PiecePlanState } from './piece-plan-state';

export interface BalanceInput {
  /** A contiguous plan of one region piece; changed in place. */
  state: PiecePlanState;
  /** The piece's ideal district weight. */
  ideal: number;
  /** Balancing stops once every district is within this absolute weight of the ideal. */
  balanceTarget: number;
  random: () => number;
  /** Multiplies the step budgets. */
  effort: number;
  scratch: SplitScratch;
}

/** Ranks a split that leaves a district outside the target after every one that does not. */
const unbalancedRank = 1e15;

/**
 * Balances a contiguous plan of one region piece in place without ever breaking contiguity or a compound: (1) ReCom
 * merge-split steps — merge a district (often the worst) with a neighbour, draw random spanning trees, re-split at
 * the edge with the fewest cut edges among those within the target, else the best-balanced — kept only when the
 * pair's largest deviation falls; (2) boundary flips that lower a pair's largest deviation. Both stop as soon as
 * every district is within `balanceTarget` of the ideal: balancing far past what is asked was most of the time of a
 * 99-unit plan (issue 17), and the compactness phase that follows needs the slack. Each accepted move lowers a pair's
 * largest deviation, so the loops end; budgets scale with `effort`.
 */
export function balancePlan(input: BalanceInput): void {
  if (input.state.members.length < 2) return;
  recombineForBalance(input);
  flipForBalance(input);
}

function balanced({ state, ideal, balanceTarget }: BalanceInput): boolean {
  return state.weight.every((w) => Math.abs(w - ideal) <= balanceTarget);
}

function neighbourDistricts(state: PiecePlanState, d: number): number[] {
  const { piece, district } = state;
  const found = new Set<number>();
  for (const v of state.members[d]) {
    for (let s = piece.start[v]; s < piece.start[v + 1]; s++) if (district[piece.target[s]] !== d) found.add(district[piece.target[s]]);
  }
  return [...found].sort((a, b) => a - b);
}

function recombineForBalance(input: BalanceInput): void {
  const { state, ideal, random, effort, balanceTarget } = input;
  const k = state.members.length;
  const maxSteps = Math.round(effort * (400 + 40 * k));
  const patience = Math.round(effort * (150 + 10 * k));
  const dev = (w: number) => Math.abs(w - ideal);
  const rank = (a: number, b: number, cut: number) => {
    const worst = Math.max(dev(a), dev(b));
    return worst <= balanceTarget ? cut : unbalancedRank + worst;
  };
  let failures = 0;
  for (let step = 0; step < maxSteps && failures < patience && !balanced(input); step++) {
    let d = Math.floor(random() * k);
    if (random() < 0.5) for (let i = 0; i < k; i++) if (dev(state.weight[i]) > dev(state.weight[d])) d = i;
    const partners = neighbourDistricts(state, d);
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
    let best: ReturnType<typeof findBestTreeSplit> = null;
    for (let t = 0; t < 3; t++) {
      const split = findBestTreeSplit(state.piece, merged, random, rank, input.scratch);
      if (split && (!best || split.rank < best.rank)) best = split;
    }
    const total = state.weight[d] + state.weight[e];
    if (!best || Math.max(dev(best.sideWeight), dev(total - best.sideWeight)) >= before - 1e-9 * ideal) {
      failures++;
      continue;
    }
    resplitPair(state, d, e, best.side, best.sideWeight);
    failures = 0;
  }
}

function flipForBalance(input: BalanceInput): void {
  const { state, ideal, random } = input;
  const { piece, district } = state;
  const dev = (w: number) => Math.abs(w - ideal);
  for (let pass = 0; pass < 50 * input.effort && !balanced(input); pass++) {
    let moved = false;
    for (const v of shuffledIndices(district.length, random)) {
      const a = district[v];
      const wv = piece.weight[v];
      let bestTo = -1;
      let bestAfter = Infinity;
      for (let s = piece.start[v]; s < piece.start[v + 1]; s++) {
        const b = district[piece.target[s]];
        if (b === a) continue;
        const before = Math.max(dev(state.weight[a]), dev(state.weight[b]));
        const after = Math.max(dev(state.weight[a] - wv), dev(state.weight[b] + wv));
        if (after < before - 1e-9 * ideal && after < bestAfter) {
          bestTo = b;
          bestAfter = after;
        }
      }
      if (bestTo >= 0 && staysConnectedWithout(state, v)) {
        moveNode(state, v, bestTo);
        moved = true;
      }
    }
    if (!moved) break;
  }
}
