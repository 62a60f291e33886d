import { useState } from 'react';
import type { GridFreshness, NewVisit, VerificationVisit } from '../../../core/contracts/registry';
import { getRegistryFreshness, recordRegistryVisit, type BuildingsFreshness } from '../../api/registry-endpoints';
import { useResource } from '../../api/use-resource';
import { freshnessChange, type FreshnessChange } from './freshness-figures';

export interface RecordedVisit {
  visit: VerificationVisit;
  gridCode: string;
  gridName: string;
  /** null when the grid's row could not be read (the visit was recorded all the same). */
  change: FreshnessChange | null;
}

/**
 * The freshness figures of the page: per grid of the jurisdiction, and per building of the grid that is open; and
 * the recording of a visit, which answers how the visit changed its grid's figures (read before and after it).
 */
export function useFreshnessFigures(gridCode: string | null) {
  const [grids, reloadGrids] = useResource((signal) => getRegistryFreshness(undefined, signal), []);
  const [buildings, reloadBuildings] = useResource<BuildingsFreshness | null>(
    (signal) => (gridCode ? getRegistryFreshness(gridCode, signal) : Promise.resolve(null)),
    [gridCode],
  );
  const [visits, setVisits] = useState(0); // bumped after each visit: the open building reloads its records

  /** Records a visit; the grid's row is read just before and just after, so the change shown is the visit's own. */
  async function recordVisit(input: NewVisit, grid: string): Promise<RecordedVisit> {
    const rowOf = async (): Promise<GridFreshness | undefined> => (await getRegistryFreshness()).rows.find((r) => r.gridCode === grid);
    const before = await rowOf();
    const visit = await recordRegistryVisit(input);
    const after = await rowOf();
    reloadGrids();
    reloadBuildings();
    setVisits((n) => n + 1);
    return { visit, gridCode: grid, gridName: after?.name ?? grid, change: before && after ? freshnessChange(before, after) : null };
  }

  return { grids, buildings, visits, recordVisit };
}
