import { booleanPointInPolygon, polygon } from '@turf/turf';
import { withWholeCompounds } from './plan-state';
import type { PlanUnits } from './plan-units';

/** How a new pick combines with the current selection: replace it, or (shift) add to it, or (ctrl/⌘) toggle. */
export type SelectMode = 'replace' | 'add' | 'toggle';

/**
 * The selection after picking buildings, compounds made whole: 'replace' selects the picked compounds, 'add' adds
 * them, 'toggle' removes them when all are already selected and adds them otherwise. Codes in unit order.
 */
export function pickUnits(pu: PlanUnits, selected: readonly string[], picked: Iterable<string>, mode: SelectMode): string[] {
  const whole = withWholeCompounds(pu, picked);
  if (mode === 'replace') return whole;
  const current = new Set(selected);
  if (mode === 'toggle' && whole.length > 0 && whole.every((c) => current.has(c))) {
    for (const c of whole) current.delete(c);
  } else {
    for (const c of whole) current.add(c);
  }
  return pu.units.map((u) => u.id).filter((id) => current.has(id));
}

/**
 * The buildings whose position ([lng, lat]) lies inside a lasso ring (at least three [lng, lat] points; it is
 * closed here), in unit order; compounds are not yet made whole. Fewer than three points select nothing.
 */
export function unitsInLasso(pu: PlanUnits, ring: readonly [number, number][]): string[] {
  if (ring.length < 3) return [];
  const closed = [...ring, ring[0]];
  const area = polygon([closed]);
  return pu.units.filter((u) => booleanPointInPolygon(pu.props.get(u.id)!.position, area)).map((u) => u.id);
}

/** The ring of a box between two opposite corners ([lng, lat]). */
export function boxRing(a: [number, number], b: [number, number]): [number, number][] {
  return [a, [b[0], a[1]], b, [a[0], b[1]]];
}

/** The buildings of one grid (for a click on a table row). */
export function unitsOfGrid(assignment: ReadonlyMap<string, string>, key: string): string[] {
  return [...assignment].filter(([, k]) => k === key).map(([code]) => code);
}

/** The grids the selected buildings lie in, sorted. */
export function gridsOfSelection(assignment: ReadonlyMap<string, string>, selected: readonly string[]): string[] {
  return [...new Set(selected.map((c) => assignment.get(c)).filter((k): k is string => k !== undefined))].sort();
}
