import type { PlannerUnits } from '../../core/contracts/planner';
import { redistrict } from '../../core/redistrict';

/** Redistricts an area's units into the household band with the algorithm, as the planner's worker does. */
export function autoAssignment(units: PlannerUnits, band: [number, number], seed = 7): Record<string, string> {
  const result = redistrict(
    units.units.features.map((f) => ({
      id: f.properties.code,
      weight: f.properties.households,
      groupId: f.properties.compoundCode,
      regionId: f.properties.communityCode,
      geometry: f.geometry,
    })),
    units.adjacency.map(([a, b, sharedLengthM]) => ({ a, b, sharedLengthM })),
    { band },
    { seed },
  );
  return Object.fromEntries([...result.assignment].map(([code, d]) => [code, `N${String(d + 1).padStart(3, '0')}`]));
}
