import { useMemo } from 'react';
import type { WallDosage } from '../../core/contracts/dosage';
import { getFieldPositions, getWallDosage } from '../api/dosage-endpoints';
import { unitPositionLayer } from '../map/layers/unit-position-layer';
import { useRefreshing } from './use-refreshing';

/** Without a field_presence event the panel still reloads this often (a unit that stopped pinging leaves). */
const everyMs = 60_000;

/**
 * The wall's dosage panel data (GET /api/wall/dosage) and the units on duty (GET /api/field/positions) as a layer:
 * reloaded on a timer and whenever `presence` changes (useLiveFeed bumps it on field_presence events, at most every
 * few seconds). Without `positionsShown` (unit-positions.ts) the positions are not asked for: the server would refuse them.
 */
export function useWallDosage(presence: number, positionsShown: boolean): { dosage: WallDosage | undefined; unitLayer: ReturnType<typeof unitPositionLayer> | null } {
  const dosage = useRefreshing((signal) => getWallDosage(signal), everyMs, presence);
  const units = useRefreshing(positionsShown ? (signal) => getFieldPositions(signal) : null, everyMs, presence);
  const unitLayer = useMemo(() => (units.data ? unitPositionLayer({ units: units.data }) : null), [units.data]);
  return { dosage: dosage.data, unitLayer };
}
