// Each module by its own path: the index also re-exports the CSV parser, which needs Node's Buffer.
import { measurePlan } from '../../../core/redistrict/measure-plan';
import type { PlanUnits } from './plan-units';

/** The measures of one grid of a draft. */
export interface GridMeasure {
  key: string;
  communityCode: string;
  households: number;
  residents: number;
  partyMembers: number;
  institutionStaff: number;
  /** Sum of the territories' areas, km² (local frame). */
  areaKm2: number;
  /** 4πA/P² from the territories (1 for a circle); null when it cannot be measured. */
  polsbyPopper: number | null;
  /** Connected through shared territory edges. */
  contiguous: boolean;
  buildings: number;
}

/**
 * Measures every grid of an assignment (building code → grid key) with core/redistrict measurePlan on the area's
 * units and adjacency, so the numbers are the ones the algorithm balances. Grids sorted by key. Every unit must be
 * assigned (measurePlan throws otherwise).
 */
export function measureGrids(pu: PlanUnits, assignment: ReadonlyMap<string, string>): GridMeasure[] {
  if (pu.units.length === 0) return [];
  const keys = [...new Set(assignment.values())].sort();
  const numberOf = new Map(keys.map((k, i) => [k, i]));
  const numbered = new Map<string, number>();
  for (const u of pu.units) {
    const key = assignment.get(u.id);
    if (key === undefined) throw new Error(`building ${u.id} has no grid`);
    numbered.set(u.id, numberOf.get(key)!);
  }
  const metrics = measurePlan(pu.units, pu.adjacency, numbered);
  return metrics.districts.map((d) => ({
    key: keys[d.district],
    communityCode: d.regionId ?? '',
    households: d.weight,
    residents: d.secondary.residents ?? 0,
    partyMembers: d.secondary.partyMembers ?? 0,
    institutionStaff: d.secondary.institutionStaff ?? 0,
    areaKm2: (d.areaM2 ?? 0) / 1e6,
    polsbyPopper: d.polsbyPopper,
    contiguous: d.contiguous,
    buildings: d.units,
  }));
}
