import type { MultiPolygon } from 'geojson';
import { dissolveDistricts } from '../../../core/redistrict/dissolve-districts';
import { subsetPlanInput, type PlanUnits } from './plan-units';

/** One grid's outline and the member list it was dissolved from (to reuse it while the grid is unchanged). */
export interface GridOutline {
  members: string;
  geometry: MultiPolygon;
}

/**
 * The outline of every grid: its territories dissolved with core/redistrict dissolveDistricts (edges shared inside
 * the grid cancel; no polygon union of many polygons, which is slow and can hang). Grids whose buildings are the same
 * as in `previous` reuse its outline, so a hand edit re-dissolves two grids, not all. Does not mutate input.
 */
export function dissolveGrids(
  pu: PlanUnits,
  assignment: ReadonlyMap<string, string>,
  previous: ReadonlyMap<string, GridOutline> = new Map(),
): Map<string, GridOutline> {
  const members = new Map<string, string[]>();
  for (const u of pu.units) {
    const key = assignment.get(u.id);
    if (key === undefined) continue;
    const list = members.get(key);
    if (list) list.push(u.id);
    else members.set(key, [u.id]);
  }
  const out = new Map<string, GridOutline>();
  const redo: string[] = [];
  for (const [key, list] of members) {
    const signature = list.join(',');
    const old = previous.get(key);
    if (old && old.members === signature) out.set(key, old);
    else redo.push(key);
  }
  if (redo.length > 0) {
    const codes = new Set(redo.flatMap((k) => members.get(k)!));
    const { units, adjacency } = subsetPlanInput(pu, codes);
    const numbered = new Map(units.map((u) => [u.id, redo.indexOf(assignment.get(u.id)!)]));
    const dissolved = dissolveDistricts(units, adjacency, numbered);
    redo.forEach((key, i) => {
      const geometry = dissolved.get(i);
      if (geometry) out.set(key, { members: members.get(key)!.join(','), geometry });
    });
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
