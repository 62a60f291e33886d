import { findAxisSplit } from './find-axis-split';
import { findBestTreeSplit, type SplitScratch } from './find-best-tree-split';
import {
  countCutEdges,
  moveNode,
  resplitPair,
  shuffledIndices,
  staysConnectedWithout,
  type PiecePlanState,
} from './piece-plan-state';
import { createRefineScratch, refineGroups } from './refine-groups';
import { swapBoundaryPairs } from './swap-boundary-pairs';

/**
 * Spanning trees drawn a proposal, the split with the fewest cut edges taken. On lattices unlike the bench's cases
 * (12×12 into 4, 20×20 into 8, 30×30 into 12, 5 seeds) quality followed the number of trees drawn in all; two a
 * proposal did as well as one with twice the steps and spends less on picking pairs.
 */
const treesPerProposal = 2;

/**
 * Start temperature of the chain in cut edges, falling linearly to 0 over the budget. A greedy chain (0) stuck in
 * pinwheels on the 6×6 lattice into 4 (cut 16, not the squares' 12) for every seed; 1 found the squares and did as
 * well as 0 or 2 on the tuning lattices.
 */
const startTemperature = 1;

/**
 * Straight cuts with one step (findAxisSplit) across the merged pair, beside the trees, a proposal. On lattices unlike
 * the bench's (80×60 into 192, 60×40 into 96, 120×40 into 192, 70×70 into 140, 2 %) 2 lowered the cut edges by
 * 0.4 % and 4 by 0.9 % at a third more time; 2 keeps the 75-grid street interactive.
 */
const stepCutsPerProposal = 2;

export interface CompactInput {
  /** A contiguous plan of one region piece; changed in place. */
  state: PiecePlanState;
  /** Every district's weight must stay in [lo, hi]; one already outside may not move further out. */
  lo: number;
  hi: number;
  random: () => number;
  /** Merge-split proposals to make at most. */
  steps: number;
  /** Stop proposing when now() passes this (same clock as `now`, milliseconds). */
  deadline: number;
  now: () => number;
  scratch: SplitScratch;
  /** Node positions (metres, two numbers a node); when given, straight cuts with one step are proposed too. */
  xy?: Float64Array;
}

export interface CompactResult {
  /** Proposals made (≤ steps). */
  steps: number;
  /** Unit pairs in different districts inside the piece, before and after (never more after). */
  cutBefore: number;
  cutAfter: number;
}

/**
 * The compactness phase, in place: a ReCom chain annealed on cut edges, then boundary flips and swaps. Each proposal
 * picks a random cut edge, merges its two districts, draws random spanning trees of the union and re-splits it at
 * the tree edge with the fewest cut edges among those keeping both districts within [lo, hi] (findBestTreeSplit). A split that
 * cuts no more edges than the old boundary is kept; one that cuts Δ more is kept with probability exp(−Δ/T), T
 * falling to 0 over the budget (steps or time, whichever runs out first), so the chain can leave a local optimum
 * early and settles at the end; the best plan seen is the one kept. Then single nodes move to the neighbouring
 * district they share more edges with while the bound and contiguity hold, and bordering districts exchange two
 * nodes where that removes cut edges (swapBoundaryPairs), until neither does; then Fiduccia–Mattheyses passes on
 * bordering pairs and triples (refineGroups) and flips and swaps again, until a round removes nothing. Moves re-split
 * a connected union along a tree or move a node whose district stays connected into a district it borders, so
 * districts stay connected, compounds whole (nodes are compounds) and regions uncrossed (one piece). Cut edges never end higher and no district leaves the bound or moves
 * further from it. Deterministic for a given random sequence when the step budget, not the deadline, ends the chain.
 */
export function compactPlan(input: CompactInput): CompactResult {
  const { state } = input;
  const cutBefore = countCutEdges(state);
  let steps = 0;
  if (state.members.length >= 2) {
    const chain: Chain = { cut: cutBefore, bestCut: cutBefore, best: new Int32Array(state.district.length), saved: false };
    const started = input.now();
    const span = input.deadline - started;
    while (steps < input.steps) {
      const t = input.now();
      if (t >= input.deadline) break;
      const done = Math.max(steps / input.steps, Number.isFinite(span) && span > 0 ? (t - started) / span : 0);
      steps++;
      proposeRecombination(input, chain, startTemperature * (1 - done));
    }
    if (chain.cut > chain.bestCut) restore(state, chain.best);
    // Swaps open room for flips and flips for swaps; each round that changes anything removes a cut edge.
    flipBoundaryNodes(input);
    while (swapBoundaryPairs(input) > 0) flipBoundaryNodes(input);
    // FM passes on pairs and triples reach what the chain's random re-splits and the one- and two-node moves do not;
    // flips and swaps may then find room again, and refinement after them.
    const refineScratch = createRefineScratch(state.district.length);
    while (refineGroups(input, refineScratch) > 0) {
      flipBoundaryNodes(input);
      if (swapBoundaryPairs(input) === 0) break;
    }
  }
  return { steps, cutBefore, cutAfter: countCutEdges(state) };
}

interface Chain {
  cut: number;
  bestCut: number;
  /** The district of every node in the best plan seen, valid when `saved`. */
  best: Int32Array;
  saved: boolean;
}

/** Puts the plan back to `districtOf` (same districts, other members). */
function restore(state: PiecePlanState, districtOf: Int32Array): void {
  state.district.set(districtOf);
  state.members = state.members.map(() => []);
  state.weight.fill(0);
  districtOf.forEach((d, v) => {
    state.position[v] = state.members[d].length;
    state.members[d].push(v);
    state.weight[d] += state.piece.weight[v];
  });
}

function violation(input: CompactInput, w: number): number {
  return Math.max(0, input.lo - w, w - input.hi);
}

/** A uniformly random cut edge as a slot of the piece's edge list; rejection sampling, then a scan when rare. */
function pickCutSlot(state: PiecePlanState, random: () => number): number {
  const { piece, district } = state;
  const slots = piece.target.length;
  for (let tries = 0; tries < 64; tries++) {
    const slot = Math.floor(random() * slots);
    if (district[piece.target[slot]] !== district[ownerOf(state, slot)]) return slot;
  }
  const cut: number[] = [];
  for (let v = 0; v < district.length; v++) {
    for (let slot = piece.start[v]; slot < piece.start[v + 1]; slot++) if (district[piece.target[slot]] !== district[v]) cut.push(slot);
  }
  return cut.length ? cut[Math.floor(random() * cut.length)] : -1;
}

/** The node whose neighbour list holds `slot` (binary search in the row starts). */
function ownerOf(state: PiecePlanState, slot: number): number {
  const start = state.piece.start;
  let lo = 0;
  let hi = start.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (start[mid] <= slot) lo = mid;
    else hi = mid;
  }
  return lo;
}

function proposeRecombination(input: CompactInput, chain: Chain, temperature: number): void {
  const { state, random } = input;
  const { piece, district } = state;
  const slot = pickCutSlot(state, random);
  if (slot < 0) return;
  const d = district[ownerOf(state, slot)];
  const e = district[piece.target[slot]];
  let pairCut = 0;
  for (const v of state.members[d]) {
    for (let s = piece.start[v]; s < piece.start[v + 1]; s++) if (district[piece.target[s]] === e) pairCut += piece.multiplicity[s];
  }
  const allowed = Math.max(violation(input, state.weight[d]), violation(input, state.weight[e])) * (1 + 1e-12);
  const rank = (a: number, b: number, cut: number) => (violation(input, a) <= allowed && violation(input, b) <= allowed ? cut : Infinity);
  const merged = [...state.members[d], ...state.members[e]];
  let split: ReturnType<typeof findBestTreeSplit> = null;
  for (let t = 0; t < treesPerProposal; t++) {
    const drawn = findBestTreeSplit(piece, merged, random, rank, input.scratch);
    if (drawn && (!split || drawn.cut < split.cut)) split = drawn;
  }
  for (let t = 0; input.xy && t < stepCutsPerProposal; t++) {
    const drawn = findAxisSplit(piece, merged, input.xy, rank, random, t % 2 ? -1 : 1);
    if (drawn && (!split || drawn.cut < split.cut)) split = drawn;
  }
  if (!split) return;
  const delta = split.cut - pairCut;
  if (delta > 0 && !(temperature > 0 && random() < Math.exp(-delta / temperature))) return;
  if (delta > 0 && chain.cut === chain.bestCut && !chain.saved) {
    chain.best.set(district);
    chain.saved = true;
  }
  resplitPair(state, d, e, split.side, split.sideWeight);
  chain.cut += delta;
  if (chain.cut < chain.bestCut || (chain.cut === chain.bestCut && delta !== 0)) {
    chain.bestCut = chain.cut;
    chain.saved = false;
  }
}

/** Greedy single-node moves that remove cut edges, until a pass moves nothing (each move removes at least one). */
function flipBoundaryNodes(input: CompactInput): void {
  const { state, random } = input;
  const { piece, district } = state;
  const links = new Map<number, number>();
  for (let pass = 0; pass < 100; pass++) {
    let moved = false;
    for (const v of shuffledIndices(district.length, random)) {
      const a = district[v];
      links.clear();
      for (let s = piece.start[v]; s < piece.start[v + 1]; s++) {
        const b = district[piece.target[s]];
        links.set(b, (links.get(b) ?? 0) + piece.multiplicity[s]);
      }
      const own = links.get(a) ?? 0;
      const wv = piece.weight[v];
      if (violation(input, state.weight[a] - wv) > violation(input, state.weight[a])) continue;
      let bestTo = -1;
      let bestGain = 0;
      for (const [b, count] of links) {
        if (b === a || count - own <= bestGain) continue;
        if (violation(input, state.weight[b] + wv) > violation(input, state.weight[b])) continue;
        bestTo = b;
        bestGain = count - own;
      }
      if (bestTo < 0 || !staysConnectedWithout(state, v)) continue;
      moveNode(state, v, bestTo);
      moved = true;
    }
    if (!moved) break;
  }
}
