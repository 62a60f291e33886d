import { moveNode, staysConnectedWithout, type PiecePlanState } from './piece-plan-state';

export interface RefineInput {
  /** A contiguous plan of one region piece; changed in place. */
  state: PiecePlanState;
  /** Every district's weight must stay in [lo, hi]; one already outside may not move further out. */
  lo: number;
  hi: number;
  random: () => number;
}

/**
 * How far past [lo, hi] a pass may take a district on its way to a better cut, in heaviest-node weights of the group.
 * With unit weights large against the band (20–80 against ±12 in a 1,250 district) almost any single move leaves
 * it, so a pass needs room to move a node and another back. On lattices unlike the bench's (60×40 into 96, 80×60
 * into 192, 40×30 into 48, weights 20–80, 2 %, one seed) 1 did better than 0, 2, 4 and 10.
 */
const detourNodes = 1;

/**
 * Moves a pass makes past its best prefix before it stops. On the same lattices 12 did about as well as letting every
 * node move (6 did worse) in far less time.
 */
const patience = 12;

/** Arrays reused by every pass on one piece. */
export interface RefineScratch {
  /** Stamp: node belongs to the current group's union. */
  inUnion: Int32Array;
  locked: Int32Array;
  /** Stamp: node failed the connectivity test at the current step. */
  failed: Int32Array;
  /** Tie-break key of each node, drawn once a pass. */
  key: Float64Array;
  /** Edges from each node to each district of the group (node·3 + index in group). */
  links: Int32Array;
  round: number;
  step: number;
}

export function createRefineScratch(n: number): RefineScratch {
  return {
    inUnion: new Int32Array(n),
    locked: new Int32Array(n),
    failed: new Int32Array(n),
    key: new Float64Array(n),
    links: new Int32Array(3 * n),
    round: 0,
    step: 0,
  };
}

/**
 * Group refinement, in place: Fiduccia–Mattheyses passes on every bordering pair and every triple of mutually
 * bordering districts (a triple can trade nodes around a corner where no pair alone keeps its balance), in a random
 * order, swept until a sweep removes nothing or `maxSweeps` is reached; a group is retried only after one of its
 * districts changed. Cut edges never go up, districts stay connected and no further outside [lo, hi] than they were
 * (see refineGroupPass). Returns the cut edges removed. Deterministic for a given random sequence.
 */
export function refineGroups(input: RefineInput, scratch: RefineScratch, maxSweeps = 20): number {
  const { state, random } = input;
  const k = state.members.length;
  if (k < 2) return 0;
  const version = new Int32Array(k);
  const tried = new Map<string, string>();
  let removed = 0;
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let gained = 0;
    const groups = [...borderingPairs(state), ...borderingTriples(state)];
    shuffle(groups, random);
    for (const group of groups) {
      const name = group.join(',');
      if (tried.get(name) === group.map((d) => version[d]).join(',')) continue;
      let groupGain = 0;
      for (let pass = refineGroupPass(input, group, scratch); pass > 0; pass = refineGroupPass(input, group, scratch)) groupGain += pass;
      if (groupGain > 0) for (const d of group) version[d]++;
      tried.set(name, group.map((d) => version[d]).join(','));
      gained += groupGain;
    }
    removed += gained;
    if (gained === 0) break;
  }
  return removed;
}

function shuffle<T>(list: T[], random: () => number): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
}

/** Pairs of districts sharing an edge, lower index first, in index order. */
export function borderingPairs(state: PiecePlanState): number[][] {
  const { piece, district } = state;
  const k = state.members.length;
  const found = new Set<number>();
  for (let v = 0; v < district.length; v++) {
    const a = district[v];
    for (let s = piece.start[v]; s < piece.start[v + 1]; s++) {
      const b = district[piece.target[s]];
      if (a < b) found.add(a * k + b);
    }
  }
  return [...found].sort((x, y) => x - y).map((key) => [Math.floor(key / k), key % k]);
}

/** Triples of mutually bordering districts, each once (a < b < c). */
export function borderingTriples(state: PiecePlanState): number[][] {
  const k = state.members.length;
  const near: Set<number>[] = Array.from({ length: k }, () => new Set());
  for (const [a, b] of borderingPairs(state)) {
    near[a].add(b);
    near[b].add(a);
  }
  const triples: number[][] = [];
  for (let a = 0; a < k; a++) {
    for (const b of near[a]) {
      if (b <= a) continue;
      for (const c of near[b]) if (c > b && near[a].has(c)) triples.push([a, b, c]);
    }
  }
  return triples;
}

function violation({ lo, hi }: RefineInput, w: number): number {
  return Math.max(0, lo - w, w - hi);
}

/**
 * One Fiduccia–Mattheyses pass on a group of 2 or 3 bordering districts, in place. Only cut edges inside the group's
 * union change when its nodes move among its districts (its outer boundary is fixed), so the pass moves one node at
 * a time to the group district that removes the most cut edges — each node once, a loss allowed, a district allowed
 * `detourNodes` heaviest-node weights further outside [lo, hi] — and keeps the best prefix that removes cut edges and
 * leaves every district of the group no further outside [lo, hi] than before; the rest is undone. A node moves only
 * into a district it borders and only while its own district stays connected without it, so every prefix keeps the
 * districts connected, compounds whole (nodes are compounds) and the piece's region uncrossed. Returns the cut edges
 * removed (0 when nothing was kept). Deterministic for a given random sequence.
 */
export function refineGroupPass(input: RefineInput, group: readonly number[], s: RefineScratch): number {
  const { state } = input;
  const { piece, district } = state;
  const size = group.length;
  const indexOf = (d: number) => (d === group[0] ? 0 : d === group[1] ? 1 : size > 2 && d === group[2] ? 2 : -1);
  const allowed = group.map((d) => violation(input, state.weight[d]) * (1 + 1e-12));
  const union = group.flatMap((d) => state.members[d]);
  const round = ++s.round;
  let heaviest = 0;
  for (const v of union) {
    s.inUnion[v] = round;
    s.key[v] = input.random();
    heaviest = Math.max(heaviest, piece.weight[v]);
    s.links[3 * v] = s.links[3 * v + 1] = s.links[3 * v + 2] = 0;
    for (let e = piece.start[v]; e < piece.start[v + 1]; e++) {
      const g = indexOf(district[piece.target[e]]);
      if (g >= 0) s.links[3 * v + g] += piece.multiplicity[e];
    }
  }
  const detour = detourNodes * heaviest;
  const roomOut = (g: number, w: number) => violation(input, state.weight[group[g]] - w) <= allowed[g] + detour;
  const roomIn = (g: number, w: number) => violation(input, state.weight[group[g]] + w) <= allowed[g] + detour;
  const moved: number[] = [];
  const movedFrom: number[] = [];
  let delta = 0;
  let bestDelta = 0;
  let bestLength = 0;
  for (;;) {
    const step = ++s.step;
    let chosen: number;
    let chosenTo = -1;
    let chosenGain = 0;
    for (;;) {
      chosen = -1;
      for (const v of union) {
        if (s.locked[v] === round || s.failed[v] === step) continue;
        const own = indexOf(district[v]);
        const w = piece.weight[v];
        if (!roomOut(own, w)) continue;
        for (let g = 0; g < size; g++) {
          if (g === own || s.links[3 * v + g] === 0 || !roomIn(g, w)) continue;
          const gain = s.links[3 * v + g] - s.links[3 * v + own];
          if (chosen < 0 || gain > chosenGain || (gain === chosenGain && s.key[v] < s.key[chosen])) {
            chosen = v;
            chosenTo = g;
            chosenGain = gain;
          }
        }
      }
      if (chosen < 0 || staysConnectedWithout(state, chosen)) break;
      s.failed[chosen] = step;
    }
    if (chosen < 0) break;
    const from = indexOf(district[chosen]);
    movedFrom.push(group[from]);
    moveNode(state, chosen, group[chosenTo]);
    for (let e = piece.start[chosen]; e < piece.start[chosen + 1]; e++) {
      const u = piece.target[e];
      if (s.inUnion[u] !== round) continue;
      s.links[3 * u + from] -= piece.multiplicity[e];
      s.links[3 * u + chosenTo] += piece.multiplicity[e];
    }
    s.locked[chosen] = round;
    moved.push(chosen);
    delta -= chosenGain;
    if (delta < bestDelta && group.every((d, g) => violation(input, state.weight[d]) <= allowed[g])) {
      bestDelta = delta;
      bestLength = moved.length;
    }
    if (moved.length - bestLength >= patience) break;
  }
  // Undo past the best prefix in reverse: each undo restores an earlier connected plan.
  for (let i = moved.length - 1; i >= bestLength; i--) moveNode(state, moved[i], movedFrom[i]);
  return bestDelta < 0 ? -bestDelta : 0;
}
