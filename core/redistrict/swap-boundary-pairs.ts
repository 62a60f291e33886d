import { moveNode, shuffledIndices, staysConnectedWithout, type PiecePlanState } from './piece-plan-state';

export interface SwapInput {
  /** A contiguous plan of one region piece; changed in place. */
  state: PiecePlanState;
  /** Every district's weight must stay in [lo, hi]; one already outside may not move further out. */
  lo: number;
  hi: number;
  random: () => number;
}

/**
 * Boundary swaps, in place: a node v moves to the neighbouring district b it shares more edges with, and a node u of
 * b bordering v's old district a moves back, when the two moves together remove cut edges and leave both districts
 * no further outside [lo, hi] than before. With unit weights large against the band (20–80 against ±12 in a 1,250
 * district), a single flip almost never keeps both districts in the band while an exchange of two similar weights
 * does. Both districts stay connected (each removal is checked; u borders a after v has left), so compounds stay
 * whole and the piece's region is not crossed. Every accepted swap removes at least one cut edge, so the passes end;
 * cut edges never go up. Returns the number of swaps made.
 */
export function swapBoundaryPairs(input: SwapInput): number {
  const { state, random } = input;
  const { district } = state;
  let swaps = 0;
  for (let pass = 0; pass < 100; pass++) {
    let moved = false;
    for (const v of shuffledIndices(district.length, random)) {
      if (trySwap(input, v)) {
        swaps++;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return swaps;
}

/** Edges from v to each district (multiplicities summed). */
function linksOf(state: PiecePlanState, v: number, links: Map<number, number>): Map<number, number> {
  const { piece, district } = state;
  links.clear();
  for (let s = piece.start[v]; s < piece.start[v + 1]; s++) {
    const b = district[piece.target[s]];
    links.set(b, (links.get(b) ?? 0) + piece.multiplicity[s]);
  }
  return links;
}

const scratchLinks = new Map<number, number>();

function trySwap(input: SwapInput, v: number): boolean {
  const { state } = input;
  const { piece, district } = state;
  const a = district[v];
  const links = linksOf(state, v, scratchLinks);
  const own = links.get(a) ?? 0;
  let b = -1;
  let gainV = -Infinity;
  for (const [d, count] of links) {
    if (d !== a && count - own > gainV) {
      b = d;
      gainV = count - own;
    }
  }
  // v's move must not cost edges: the pair then needs u's move to gain, and a losing first move rarely pays back.
  if (b < 0 || gainV < 0 || !staysConnectedWithout(state, v)) return false;
  const wa = state.weight[a];
  const wb = state.weight[b];
  const allowedA = violation(input, wa);
  const allowedB = violation(input, wb);
  const wv = piece.weight[v];
  moveNode(state, v, b);
  let bestU = -1;
  let bestGain = -Infinity;
  let ties = 0;
  for (const u of state.members[b]) {
    if (u === v) continue;
    const wu = piece.weight[u];
    if (violation(input, wa - wv + wu) > allowedA || violation(input, wb + wv - wu) > allowedB) continue;
    let toA = 0;
    let toB = 0;
    for (let s = piece.start[u]; s < piece.start[u + 1]; s++) {
      const d = district[piece.target[s]];
      if (d === a) toA += piece.multiplicity[s];
      else if (d === b) toB += piece.multiplicity[s];
    }
    const gain = gainV + toA - toB;
    if (toA === 0 || gain < 1 || gain < bestGain || !staysConnectedWithout(state, u)) continue;
    if (gain > bestGain) {
      bestU = u;
      bestGain = gain;
      ties = 1;
    } else if (input.random() * ++ties < 1) bestU = u;
  }
  if (bestU < 0) {
    moveNode(state, v, a);
    return false;
  }
  moveNode(state, bestU, a);
  return true;
}

function violation({ lo, hi }: SwapInput, w: number): number {
  return Math.max(0, lo - w, w - hi);
}
