import { redistrict } from '../../../core/redistrict/redistrict';
import type { AdjacencyPair, RedistrictUnit } from '../../../core/redistrict/types';
import { nextGridKeys, PlanEditError, type PlanState } from './plan-state';
import { subsetPlanInput, type PlanUnits } from './plan-units';

/** What the redistricting worker is given: the units of the unlocked grids only, and the adjacency among them. */
export interface AutoPlanInput {
  units: RedistrictUnit[];
  adjacency: AdjacencyPair[];
}

/** The buildings auto-redistricting may reassign (those of unlocked grids) with their adjacency. */
export function autoPlanInput(pu: PlanUnits, state: PlanState): AutoPlanInput {
  const free = new Set<string>();
  for (const [code, key] of state.assignment) if (!state.locked.has(key)) free.add(code);
  return subsetPlanInput(pu, free);
}

/**
 * Replaces the grids of the buildings in `numbered` (building → district number, as redistrict answers) by new
 * grids keyed N001, N002, … in district order, skipping every key still in use by a grid left out of the change
 * (locked grids above all), so new keys never collide. Throws when a numbered building lies in a locked grid.
 */
export function applyPartition(state: PlanState, numbered: ReadonlyMap<string, number>, keep?: { district: number; key: string }): PlanState {
  const replaced = new Set<string>();
  for (const code of numbered.keys()) {
    const key = state.assignment.get(code);
    if (key === undefined) continue;
    if (state.locked.has(key)) throw new PlanEditError('locked', `grid ${key} is locked`);
    replaced.add(key);
  }
  const remaining = new Set<string>();
  for (const [code, key] of state.assignment) if (!numbered.has(code)) remaining.add(key);
  for (const key of state.locked) remaining.add(key);
  if (keep) remaining.add(keep.key);
  const districts = [...new Set(numbered.values())].sort((a, b) => a - b).filter((d) => d !== keep?.district);
  const fresh = nextGridKeys(remaining, districts.length);
  const keyOf = new Map(districts.map((d, i) => [d, fresh[i]]));
  if (keep) keyOf.set(keep.district, keep.key);
  const assignment = new Map(state.assignment);
  for (const [code, d] of numbered) if (assignment.has(code)) assignment.set(code, keyOf.get(d)!);
  return { ...state, assignment };
}

/**
 * Splits a grid in two with redistrict {k: 2} on its buildings: the part holding the grid's first building keeps
 * the key, the other part gets a new one. Throws PlanEditError for a locked grid or one of a single compound, and
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
  const first = result.assignment.get(units[0].id)!;
  return applyPartition(state, result.assignment, { district: first, key });
}
