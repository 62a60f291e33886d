import type { PlanUnits } from './plan-units';

/**
 * The fewest and the most households of a grid under `assignment` (building code → grid key), or null without
 * grids. A planner compares a draft's spread with the published plan's: all grids in the band can still be a wider
 * spread than before, which a redraw for compactness may give without anyone asking for it. Pure.
 */
export function householdSpread(pu: PlanUnits, assignment: ReadonlyMap<string, string>): [number, number] | null {
  const perGrid = new Map<string, number>();
  for (const [code, key] of assignment) perGrid.set(key, (perGrid.get(key) ?? 0) + (pu.props.get(code)?.households ?? 0));
  if (perGrid.size === 0) return null;
  const values = [...perGrid.values()];
  return [Math.min(...values), Math.max(...values)];
}
