import type { PlanUnits } from './plan-units';

/**
 * A draft plan as the planner edits it. Immutable: every operation returns a new state (or the same object when
 * nothing changes), so the history can keep old states and React can compare by reference.
 */
export interface PlanState {
  /** building code → grid key (published grids keep their code as key; new grids get N001, N002, …). */
  assignment: ReadonlyMap<string, string>;
  /** Grid keys the planner locked: auto-redistricting and hand edits leave them as they are. */
  locked: ReadonlySet<string>;
  /** grid key → beat code, once the planner accepted a docking proposal. */
  docking: Readonly<Record<string, string>>;
}

export type PlanEditProblem = 'empty' | 'locked' | 'community' | 'same-grid' | 'not-adjacent' | 'unknown-grid';

/** An edit the plan's rules refuse; `problem` names the rule (the view translates it). */
export class PlanEditError extends Error {
  override name = 'PlanEditError';
  constructor(
    readonly problem: PlanEditProblem,
    message: string,
  ) {
    super(message);
  }
}

/** The published plan, nothing locked, no docking accepted. */
export function publishedPlanState(pu: PlanUnits): PlanState {
  return { assignment: new Map(pu.published), locked: new Set(), docking: {} };
}

/** grid key → its building codes, keys sorted, codes in unit order. */
export function gridMembers(state: PlanState): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const [code, key] of state.assignment) {
    const list = members.get(key);
    if (list) list.push(code);
    else members.set(key, [code]);
  }
  return new Map([...members].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The community of a grid (of its first building); undefined for a key no building has. */
export function gridCommunity(pu: PlanUnits, state: PlanState, key: string): string | undefined {
  for (const [code, k] of state.assignment) if (k === key) return pu.props.get(code)?.communityCode;
  return undefined;
}

/** The codes with every other building of their compounds added (compounds are never split), in unit order. */
export function withWholeCompounds(pu: PlanUnits, codes: Iterable<string>): string[] {
  const wanted = new Set<string>();
  for (const code of codes) {
    const p = pu.props.get(code);
    if (!p) continue;
    for (const member of pu.compounds.get(p.compoundCode) ?? [code]) wanted.add(member);
  }
  return pu.units.map((u) => u.id).filter((id) => wanted.has(id));
}

/** `n` new grid keys N001, N002, … that are not taken (zero-padded to three digits, wider past 999). */
export function nextGridKeys(taken: ReadonlySet<string>, n: number, prefix = 'N'): string[] {
  const keys: string[] = [];
  for (let i = 1; keys.length < n; i++) {
    const key = prefix + String(i).padStart(3, '0');
    if (!taken.has(key)) keys.push(key);
  }
  return keys;
}

/**
 * Moves buildings (each with its whole compound) to grid `target`, which may be an existing key or a new one.
 * Refuses a move out of or into a locked grid, and one that would put buildings of two communities in one grid.
 */
export function moveUnits(pu: PlanUnits, state: PlanState, codes: Iterable<string>, target: string): PlanState {
  const moving = withWholeCompounds(pu, codes);
  if (moving.length === 0) throw new PlanEditError('empty', 'nothing selected');
  if (state.locked.has(target)) throw new PlanEditError('locked', `grid ${target} is locked`);
  const from = new Set(moving.map((c) => state.assignment.get(c)!));
  const lockedFrom = [...from].find((k) => state.locked.has(k));
  if (lockedFrom) throw new PlanEditError('locked', `grid ${lockedFrom} is locked`);
  const communities = new Set(moving.map((c) => pu.props.get(c)!.communityCode));
  const targetCommunity = gridCommunity(pu, state, target);
  if (targetCommunity !== undefined) communities.add(targetCommunity);
  if (communities.size > 1) throw new PlanEditError('community', `grid ${target} would cross a community boundary`);
  if (from.size === 1 && from.has(target)) return state;
  const assignment = new Map(state.assignment);
  for (const code of moving) assignment.set(code, target);
  return { ...state, assignment };
}

/** Whether two grids share an edge of some territory. */
export function gridsAdjacent(pu: PlanUnits, state: PlanState, a: string, b: string): boolean {
  return pu.adjacency.some((p) => {
    const ka = state.assignment.get(p.a);
    const kb = state.assignment.get(p.b);
    return (ka === a && kb === b) || (ka === b && kb === a);
  });
}

/** The grids adjacent to `key` in the same community, sorted: the grids it may be merged with. */
export function mergeCandidates(pu: PlanUnits, state: PlanState, key: string): string[] {
  const community = gridCommunity(pu, state, key);
  const found = new Set<string>();
  for (const p of pu.adjacency) {
    const ka = state.assignment.get(p.a)!;
    const kb = state.assignment.get(p.b)!;
    if (ka === key && kb !== key) found.add(kb);
    if (kb === key && ka !== key) found.add(ka);
  }
  return [...found].filter((k) => gridCommunity(pu, state, k) === community).sort();
}

/** Merges grids `a` and `b` into the one mergeKeeper picks (which keeps its key). Both must be unlocked, adjacent, in one community. */
export function mergeGrids(pu: PlanUnits, state: PlanState, a: string, b: string): PlanState {
  if (a === b) throw new PlanEditError('same-grid', 'a grid cannot be merged with itself');
  const kept = mergeKeeper(pu, state, a, b);
  const absorbed = kept === a ? b : a;
  const communityKept = gridCommunity(pu, state, kept);
  const communityAbsorbed = gridCommunity(pu, state, absorbed);
  if (communityKept === undefined || communityAbsorbed === undefined) throw new PlanEditError('unknown-grid', 'no such grid');
  for (const k of [kept, absorbed]) if (state.locked.has(k)) throw new PlanEditError('locked', `grid ${k} is locked`);
  if (communityKept !== communityAbsorbed) throw new PlanEditError('community', 'the grids lie in different communities');
  if (!gridsAdjacent(pu, state, kept, absorbed)) throw new PlanEditError('not-adjacent', 'the grids do not touch');
  const assignment = new Map(state.assignment);
  for (const [code, k] of assignment) if (k === absorbed) assignment.set(code, kept);
  return { ...state, assignment };
}

/**
 * Households and residents of each grid of `assignment` (building code → grid key), summed from its buildings as
 * measurePlan sums them for the table, without its geometry: what a merge or a spread compares. Pure.
 */
export function gridTotals(pu: PlanUnits, assignment: ReadonlyMap<string, string>): Map<string, { households: number; residents: number }> {
  const totals = new Map<string, { households: number; residents: number }>();
  for (const [code, key] of assignment) {
    const p = pu.props.get(code);
    const t = totals.get(key) ?? { households: 0, residents: 0 };
    totals.set(key, { households: t.households + (p?.households ?? 0), residents: t.residents + (p?.residents ?? 0) });
  }
  return totals;
}

/**
 * Of two grids to merge, the one that keeps its key — and with it, once published, its code, its leader and its
 * records: a grid of the published plan before a new one, then the one with more households, then more residents,
 * then `a`. Keeping whichever row was picked in the table retired the larger grid's code for good when the small
 * one was picked (a community never reuses a code), handing its staff to the smaller one's name.
 */
export function mergeKeeper(pu: PlanUnits, state: PlanState, a: string, b: string): string {
  const published = new Set(pu.published.values());
  const totals = gridTotals(pu, state.assignment);
  const measure = (key: string) => [published.has(key) ? 1 : 0, totals.get(key)?.households ?? 0, totals.get(key)?.residents ?? 0];
  const [ma, mb] = [measure(a), measure(b)];
  for (let i = 0; i < ma.length; i++) if (ma[i] !== mb[i]) return ma[i] > mb[i] ? a : b;
  return a;
}

/** Locks or unlocks a grid. */
export function setGridLocked(state: PlanState, key: string, locked: boolean): PlanState {
  if (state.locked.has(key) === locked) return state;
  const next = new Set(state.locked);
  if (locked) next.add(key);
  else next.delete(key);
  return { ...state, locked: next };
}

/** Stores an accepted docking (grid key → beat code). */
export function acceptDocking(state: PlanState, docking: Record<string, string>): PlanState {
  return { ...state, docking: { ...docking } };
}
