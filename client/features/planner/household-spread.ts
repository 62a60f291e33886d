import { gridTotals } from './plan-state';
import type { PlanUnits } from './plan-units';

/**
 * The fewest and the most households of a grid under `assignment` (building code → grid key), or null without
 * grids. A planner compares a draft's spread with the published plan's: all grids in the band can still be a wider
 * spread than before, which a redraw for compactness may give without anyone asking for it. Pure.
 */
export function householdSpread(pu: PlanUnits, assignment: ReadonlyMap<string, string>): [number, number] | null {
  const totals = gridTotals(pu, assignment);
  if (totals.size === 0) return null;
  const values = [...totals.values()].map((t) => t.households);
  return [Math.min(...values), Math.max(...values)];
}
