import { redistrict } from './redistrict';
import { RedistrictInputError, type AdjacencyPair, type RedistrictOptions, type RedistrictUnit } from './types';

/** What a minimal-change redistricting did. */
export interface RedrawFlaggedResult {
  /** unit id → new district number 0..m−1, for the units of the redrawn districts only; empty when none is flagged. */
  assignment: Map<string, number>;
  /** The districts that broke a rule, sorted. */
  flagged: string[];
  /** The districts whose units were re-partitioned (the flagged ones and the neighbours taken with them), sorted. */
  redrawn: string[];
  /** Every district of the resulting plan lies in the band (the redrawn ones are contiguous by construction). */
  withinTarget: boolean;
}

/**
 * The districts of a current plan (unit id → district key) that break a rule: weight outside the band (inclusive),
 * not connected in the adjacency, across two regions (communities), or sharing a group (compound) with another
 * district. Sorted. Pure.
 */
export function findFlaggedDistricts(
  units: readonly RedistrictUnit[],
  adjacency: readonly AdjacencyPair[],
  current: ReadonlyMap<string, string>,
  band: readonly [number, number],
): string[] {
  const flagged = new Set<string>();
  const weight = new Map<string, number>();
  const regions = new Map<string, Set<string>>();
  const districtsOfGroup = new Map<string, Set<string>>();
  const members = new Map<string, string[]>();
  for (const u of units) {
    const key = keyOf(current, u.id);
    weight.set(key, (weight.get(key) ?? 0) + u.weight);
    if (members.has(key)) members.get(key)!.push(u.id);
    else members.set(key, [u.id]);
    regions.set(key, (regions.get(key) ?? new Set()).add(u.regionId ?? ''));
    if (u.groupId !== undefined) districtsOfGroup.set(u.groupId, (districtsOfGroup.get(u.groupId) ?? new Set()).add(key));
  }
  for (const [key, w] of weight) if (w < band[0] || w > band[1]) flagged.add(key);
  for (const [key, set] of regions) if (set.size > 1) flagged.add(key);
  for (const set of districtsOfGroup.values()) if (set.size > 1) for (const key of set) flagged.add(key);
  const inside = new Map<string, string[]>();
  for (const { a, b } of adjacency) {
    if (!current.has(a) || current.get(a) !== current.get(b)) continue;
    for (const [x, y] of [[a, b], [b, a]]) {
      if (inside.has(x)) inside.get(x)!.push(y);
      else inside.set(x, [y]);
    }
  }
  for (const [key, ids] of members) {
    const seen = new Set([ids[0]]);
    const stack = [ids[0]];
    while (stack.length > 0) {
      for (const n of inside.get(stack.pop()!) ?? []) {
        if (seen.has(n)) continue;
        seen.add(n);
        stack.push(n);
      }
    }
    if (seen.size < ids.length) flagged.add(key);
  }
  return [...flagged].sort();
}

/**
 * Minimal-change redistricting: only what breaks a rule is redrawn. The flagged districts (findFlaggedDistricts)
 * are re-partitioned by redistrict {band} on their own first; when that cannot put every district in the band, the
 * ring of districts adjacent to them (in the same region) is added, and again, until the region can be split
 * within the band or no neighbour is left. Every other district keeps its units. With nothing flagged nothing
 * moves. The result's numbering covers the redrawn units only. Throws the last RedistrictInputError when even the
 * largest region cannot be planned (as a full redraw would). Deterministic for a given input and seed. Pure.
 */
export function redrawFlagged(
  units: readonly RedistrictUnit[],
  adjacency: readonly AdjacencyPair[],
  current: ReadonlyMap<string, string>,
  band: [number, number],
  options: RedistrictOptions = {},
): RedrawFlaggedResult {
  const flagged = findFlaggedDistricts(units, adjacency, current, band);
  if (flagged.length === 0) return { assignment: new Map(), flagged, redrawn: [], withinTarget: true };
  const neighbours = districtNeighbours(units, adjacency, current);
  const region = new Set(flagged);
  let best: RedrawFlaggedResult | null = null;
  let lastError: unknown = null;
  for (;;) {
    const subset = units.filter((u) => region.has(keyOf(current, u.id)));
    const ids = new Set(subset.map((u) => u.id));
    try {
      const result = redistrict(subset, adjacency.filter((p) => ids.has(p.a) && ids.has(p.b)), { band }, options);
      best = { assignment: result.assignment, flagged, redrawn: [...region].sort(), withinTarget: result.withinTarget };
      if (result.withinTarget) return best;
    } catch (err) {
      if (!(err instanceof RedistrictInputError)) throw err;
      lastError = err;
    }
    const ring = [...region].flatMap((key) => [...(neighbours.get(key) ?? [])]).filter((key) => !region.has(key));
    if (ring.length === 0) break;
    for (const key of ring) region.add(key);
  }
  if (best) return best;
  throw lastError;
}

function keyOf(current: ReadonlyMap<string, string>, id: string): string {
  const key = current.get(id);
  if (key === undefined) throw new RedistrictInputError(`unit ${id} is in no district`);
  return key;
}

/** district key → the districts sharing an edge with it inside one region (a ring never reaches across communities). */
function districtNeighbours(units: readonly RedistrictUnit[], adjacency: readonly AdjacencyPair[], current: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const regionOf = new Map(units.map((u) => [u.id, u.regionId ?? '']));
  const found = new Map<string, Set<string>>();
  for (const { a, b } of adjacency) {
    const ka = current.get(a);
    const kb = current.get(b);
    if (ka === undefined || kb === undefined || ka === kb || regionOf.get(a) !== regionOf.get(b)) continue;
    found.set(ka, (found.get(ka) ?? new Set()).add(kb));
    found.set(kb, (found.get(kb) ?? new Set()).add(ka));
  }
  return found;
}
