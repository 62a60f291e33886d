import type { AdjacencyPair, RedistrictUnit } from '../../../core/redistrict/types';
import type { PlannerUnitProperties, PlannerUnits } from '../../../core/contracts/planner';

/**
 * The units of an area as the planner works with them: the redistricting input (one unit a building, weighted by
 * households, grouped by compound, bounded by community) plus look-ups by building code. Built once per load.
 */
export interface PlanUnits {
  /** Index-aligned with the API's unit features. */
  units: RedistrictUnit[];
  adjacency: AdjacencyPair[];
  props: ReadonlyMap<string, PlannerUnitProperties>;
  /** compound code → its building codes. */
  compounds: ReadonlyMap<string, readonly string[]>;
  /** building code → the building codes adjacent to it (territories sharing an edge). */
  neighbours: ReadonlyMap<string, readonly string[]>;
  /** building code → its grid in the published plan. */
  published: ReadonlyMap<string, string>;
}

/** Secondary measures summed per grid, in the order the table shows them. */
export const secondaryKeys = ['residents', 'partyMembers', 'institutionStaff'] as const;

/** Converts GET /api/planner/units into the planner's units; adjacency pairs naming an unknown building are dropped. */
export function toPlanUnits(data: Pick<PlannerUnits, 'units' | 'adjacency'>): PlanUnits {
  const props = new Map<string, PlannerUnitProperties>();
  const compounds = new Map<string, string[]>();
  const published = new Map<string, string>();
  const units: RedistrictUnit[] = data.units.features.map((f) => {
    const p = f.properties;
    props.set(p.code, p);
    published.set(p.code, p.gridCode);
    const members = compounds.get(p.compoundCode) ?? [];
    members.push(p.code);
    compounds.set(p.compoundCode, members);
    return {
      id: p.code,
      weight: p.households,
      secondary: { residents: p.residents, partyMembers: p.partyMembers, institutionStaff: p.institutionStaff },
      groupId: p.compoundCode,
      regionId: p.communityCode,
      geometry: f.geometry,
    };
  });
  const neighbours = new Map<string, string[]>(units.map((u) => [u.id, []]));
  const adjacency: AdjacencyPair[] = [];
  for (const [a, b, sharedLengthM] of data.adjacency) {
    if (!props.has(a) || !props.has(b) || a === b) continue;
    adjacency.push({ a, b, sharedLengthM });
    neighbours.get(a)!.push(b);
    neighbours.get(b)!.push(a);
  }
  return { units, adjacency, props, compounds, neighbours, published };
}

/** The units whose codes are listed and the adjacency among them only (the input of a partial redistricting). */
export function subsetPlanInput(pu: PlanUnits, codes: ReadonlySet<string>): { units: RedistrictUnit[]; adjacency: AdjacencyPair[] } {
  return {
    units: pu.units.filter((u) => codes.has(u.id)),
    adjacency: pu.adjacency.filter((p) => codes.has(p.a) && codes.has(p.b)),
  };
}
