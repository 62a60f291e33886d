import type { PlannerAreas } from '../../../core/contracts/planner';
import { inBand, type HouseholdBand } from './household-band';
import type { AreaChoice } from './use-planner-data';

/** One row of the planner's opening overview: a street (its communities summed) or one of its communities. */
export interface AreaOverviewRow {
  choice: AreaChoice;
  /** Whether it may be opened: a street only when all of it lies in the caller's jurisdiction. */
  openable: boolean;
  name: string;
  grids: number;
  households: number;
  /** Published grids whose households lie outside the band: where redrawing is due. */
  outsideBand: number;
  /** The smallest and the largest published grid's households: how near the band's edges the area runs. */
  smallest: number;
  largest: number;
}

/**
 * The areas the planner can open, each street followed by its communities, with how many of their published grids
 * break the household band (inBand, the same rule as the grid table's) and their smallest and largest grid. Every
 * area listed has grids (the API lists no other). Pure.
 */
export function summariseAreas(areas: PlannerAreas, band: HouseholdBand): AreaOverviewRow[] {
  const rows: AreaOverviewRow[] = [];
  for (const street of areas.streets) {
    const communities = street.communities.map((c): AreaOverviewRow => ({
      choice: { kind: 'community', code: c.code },
      openable: true,
      name: c.name,
      grids: c.grids,
      households: c.households,
      outsideBand: c.gridHouseholds.filter((h) => !inBand(h, band)).length,
      smallest: Math.min(...c.gridHouseholds),
      largest: Math.max(...c.gridHouseholds),
    }));
    const sum = (key: 'grids' | 'households' | 'outsideBand') => communities.reduce((s, c) => s + c[key], 0);
    rows.push({
      choice: { kind: 'street', code: street.code },
      openable: street.plannable,
      name: street.name,
      grids: sum('grids'),
      households: sum('households'),
      outsideBand: sum('outsideBand'),
      smallest: Math.min(...communities.map((c) => c.smallest)),
      largest: Math.max(...communities.map((c) => c.largest)),
    }, ...communities);
  }
  return rows;
}
