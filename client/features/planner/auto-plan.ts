import { redistrict } from '../../../core/redistrict/redistrict';
import type { AdjacencyPair, DistrictMetrics, RedistrictResult, RedistrictUnit } from '../../../core/redistrict/types';
import { nextGridKeys, PlanEditError, type PlanState } from './plan-state';
import { subsetPlanInput, type PlanUnits } from './plan-units';

/** What the redistricting worker is given: the units of the unlocked grids only, the adjacency among them, and their grids. */
export interface AutoPlanInput {
  units: RedistrictUnit[];
  adjacency: AdjacencyPair[];
  /** building code → its grid key now, as entries. */
  current: [string, string][];
}

/** The buildings auto-redistricting may reassign (those of unlocked grids) with their adjacency and current grids. */
export function autoPlanInput(pu: PlanUnits, state: PlanState): AutoPlanInput {
  const free = new Set<string>();
  for (const [code, key] of state.assignment) if (!state.locked.has(key)) free.add(code);
  const input = subsetPlanInput(pu, free);
  return { ...input, current: input.units.map((u) => [u.id, state.assignment.get(u.id)!]) };
}

/** A district of a partition that takes an existing grid's key instead of a new one. */
export interface KeptKey {
  district: number;
  key: string;
}

/**
 * Replaces the grids of the buildings in `numbered` (building → district number, as redistrict answers) by new
 * grids keyed N001, N002, … in district order, skipping every key still in use by a grid left out of the change
 * (locked grids above all), so new keys never collide; the districts in `keep` take the key given instead. Throws
 * when a numbered building lies in a locked grid. Returns the same state when nothing is numbered.
 */
export function applyPartition(state: PlanState, numbered: ReadonlyMap<string, number>, keep: readonly KeptKey[] = []): PlanState {
  if (numbered.size === 0) return state;
  for (const code of numbered.keys()) {
    const key = state.assignment.get(code);
    if (key !== undefined && state.locked.has(key)) throw new PlanEditError('locked', `grid ${key} is locked`);
  }
  const remaining = new Set<string>();
  for (const [code, key] of state.assignment) if (!numbered.has(code)) remaining.add(key);
  for (const key of state.locked) remaining.add(key);
  for (const k of keep) remaining.add(k.key);
  const kept = new Set(keep.map((k) => k.district));
  const districts = [...new Set(numbered.values())].sort((a, b) => a - b).filter((d) => !kept.has(d));
  const fresh = nextGridKeys(remaining, districts.length);
  const keyOf = new Map(districts.map((d, i) => [d, fresh[i]]));
  for (const k of keep) keyOf.set(k.district, k.key);
  const assignment = new Map(state.assignment);
  for (const [code, d] of numbered) if (assignment.has(code)) assignment.set(code, keyOf.get(d)!);
  return { ...state, assignment };
}

/**
 * Which redrawn districts continue a replaced grid: one to one, the pairs sharing the most buildings first (ties by
 * district, then key), so a grid redrawn in place keeps its key — and, once published, its code. A replaced key
 * still held by a building outside `numbered` is not offered.
 */
export function continuedKeys(state: PlanState, numbered: ReadonlyMap<string, number>, options: { sameGridOnly?: boolean } = {}): KeptKey[] {
  const stillUsed = new Set<string>();
  for (const [code, key] of state.assignment) if (!numbered.has(code)) stillUsed.add(key);
  const overlap = new Map<string, { district: number; key: string; n: number }>();
  for (const [code, district] of numbered) {
    const key = state.assignment.get(code);
    if (key === undefined || stillUsed.has(key)) continue;
    const id = `${district}\u0000${key}`;
    const entry = overlap.get(id) ?? { district, key, n: 0 };
    entry.n++;
    overlap.set(id, entry);
  }
  // sameGridOnly: a pair counts only where it is most of both the old grid and the new district (the same grid, redrawn).
  const gridSize = countValues(state.assignment);
  const districtSize = countValues(numbered);
  const same = (e: { district: number; key: string; n: number }) => 2 * e.n > gridSize.get(e.key)! && 2 * e.n > districtSize.get(e.district)!;
  const ranked = [...overlap.values()].filter((e) => !options.sameGridOnly || same(e)).sort((a, b) => b.n - a.n || a.district - b.district || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const districts = new Set<number>();
  const keys = new Set<string>();
  const kept: KeptKey[] = [];
  for (const { district, key } of ranked) {
    if (districts.has(district) || keys.has(key)) continue;
    districts.add(district);
    keys.add(key);
    kept.push({ district, key });
  }
  return kept;
}

/** How many entries hold each value. */
function countValues<V>(map: ReadonlyMap<string, V>): Map<V, number> {
  const counts = new Map<V, number>();
  for (const v of map.values()) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** A minimal-change redraw applied: the redrawn districts continue the grids they overlap most (see continuedKeys). */
export function applyRedraw(state: PlanState, numbered: ReadonlyMap<string, number>): PlanState {
  return applyPartition(state, numbered, continuedKeys(state, numbered));
}

/**
 * A full re-plan applied: every grid is new but for those it draws again much as they were (more than half of the old
 * grid's buildings, and more than half of the new one's), which keep their key, name and code — so a planner can
 * tell which grid is which, and residents, staff and records stay with a grid that did not really change.
 */
export function applyReplan(state: PlanState, numbered: ReadonlyMap<string, number>): PlanState {
  return applyPartition(state, numbered, continuedKeys(state, numbered, { sameGridOnly: true }));
}

/**
 * Splits a grid in two with redistrict {k: 2} on its buildings: the larger part keeps the key (see keeperOf), the
 * other part gets a new one. Throws PlanEditError for a locked grid or one of a single compound, and
 * RedistrictInputError when the algorithm cannot cut it.
 */
export function splitGrid(pu: PlanUnits, state: PlanState, key: string, seed = 1): PlanState {
  if (state.locked.has(key)) throw new PlanEditError('locked', `grid ${key} is locked`);
  const codes = new Set<string>();
  for (const [code, k] of state.assignment) if (k === key) codes.add(code);
  if (codes.size === 0) throw new PlanEditError('unknown-grid', `no grid ${key}`);
  const compounds = new Set([...codes].map((c) => pu.props.get(c)!.compoundCode));
  if (compounds.size < 2) throw new PlanEditError('empty', `grid ${key} is one compound and cannot be split`);
  const { units, adjacency } = subsetPlanInput(pu, codes);
  // A wide tolerance: a grid is cut along compounds, which rarely balance to 2 %; the best cut is what is wanted.
  const result = redistrict(units, adjacency, { k: 2 }, { seed, tolerance: 0.5 });
  return applyPartition(state, result.assignment, [{ district: keeperOf(result, units[0].id), key }]);
}

/**
 * The district of a split that keeps the old key — and with it, once published, the grid's code, its leader and its
 * records: the one with more households, then more residents, then more area, then the one holding `firstId` (so the
 * answer never depends on the algorithm's numbering). The smaller half is what is new; keeping the key on whichever
 * half held the first building let the old name go with the smaller part and the larger be published as "new".
 */
function keeperOf(result: RedistrictResult, firstId: string): number {
  const first = result.assignment.get(firstId)!;
  const measure = (d: DistrictMetrics) => [d.weight, d.secondary.residents ?? 0, d.areaM2 ?? 0];
  const [a, b] = result.districts;
  if (!a || !b) return first;
  const [ma, mb] = [measure(a), measure(b)];
  for (let i = 0; i < ma.length; i++) if (ma[i] !== mb[i]) return ma[i] > mb[i] ? a.district : b.district;
  return first;
}
