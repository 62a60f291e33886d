import type { PlanFinding } from '../contracts/planner';

export interface AssignedBuilding {
  code: string;
  compoundCode: string;
  communityCode: string;
}

/**
 * The rules a plan must keep before PostGIS checks its geometry: every building of the area in exactly one grid
 * and no unknown building; no compound split between grids; no grid across a community boundary; every grid
 * connected in the territories' adjacency (pairs of building codes). Findings carry codes, not words (the server
 * names the places in the caller's language) and the grid keys concerned; an empty list means the assignment may be
 * published. Pure.
 */
export function checkAssignment(
  buildings: readonly AssignedBuilding[],
  adjacency: readonly (readonly [string, string])[],
  assignment: Readonly<Record<string, string>>,
): PlanFinding[] {
  const problems: PlanFinding[] = [];
  const known = new Set(buildings.map((b) => b.code));
  const missing = buildings.filter((b) => assignment[b.code] === undefined).map((b) => b.code);
  const unknown = Object.keys(assignment).filter((code) => !known.has(code));
  if (missing.length > 0) problems.push({ kind: 'coverage', code: 'plan_buildings_unassigned', params: { count: missing.length, buildings: listed(missing) } });
  if (unknown.length > 0) problems.push({ kind: 'coverage', code: 'plan_buildings_unknown', params: { count: unknown.length, buildings: listed(unknown) } });

  const gridsOf = (group: (b: AssignedBuilding) => string) => {
    const map = new Map<string, Set<string>>();
    for (const b of buildings) {
      const grid = assignment[b.code];
      if (grid === undefined) continue;
      const set = map.get(group(b)) ?? new Set<string>();
      set.add(grid);
      map.set(group(b), set);
    }
    return map;
  };
  for (const [compound, grids] of gridsOf((b) => b.compoundCode)) {
    if (grids.size > 1) problems.push({ kind: 'compound', code: 'plan_compound_split', params: { compound, grids: [...grids].sort() }, gridKeys: [...grids].sort() });
  }
  const communitiesOfGrid = new Map<string, Set<string>>();
  for (const b of buildings) {
    const grid = assignment[b.code];
    if (grid === undefined) continue;
    const set = communitiesOfGrid.get(grid) ?? new Set<string>();
    set.add(b.communityCode);
    communitiesOfGrid.set(grid, set);
  }
  for (const [grid, communities] of communitiesOfGrid) {
    if (communities.size > 1) problems.push({ kind: 'community', code: 'plan_grid_crosses_communities', params: { grid, communities: [...communities].sort() }, gridKeys: [grid] });
  }
  const broken = findDisconnectedGrids(buildings, adjacency, assignment);
  if (broken.length > 0) problems.push({ kind: 'contiguity', code: 'plan_grids_in_pieces', params: { grids: listed(broken) }, gridKeys: broken });
  return problems;
}

function findDisconnectedGrids(buildings: readonly AssignedBuilding[], adjacency: readonly (readonly [string, string])[], assignment: Readonly<Record<string, string>>): string[] {
  const neighbours = new Map<string, string[]>();
  for (const [a, b] of adjacency) {
    if (assignment[a] === undefined || assignment[a] !== assignment[b]) continue;
    neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
  }
  const members = new Map<string, string[]>();
  for (const b of buildings) {
    const grid = assignment[b.code];
    if (grid !== undefined) members.set(grid, [...(members.get(grid) ?? []), b.code]);
  }
  const broken: string[] = [];
  for (const [grid, codes] of members) {
    const seen = new Set([codes[0]]);
    const stack = [codes[0]];
    while (stack.length > 0) {
      for (const n of neighbours.get(stack.pop()!) ?? []) {
        if (!seen.has(n)) {
          seen.add(n);
          stack.push(n);
        }
      }
    }
    if (seen.size < codes.length) broken.push(grid);
  }
  return broken.sort();
}

/** The first eight of a long list, then '…' (which the server leaves unnamed). */
function listed(items: string[]): string[] {
  return items.length > 8 ? [...items.slice(0, 8), '…'] : items;
}
