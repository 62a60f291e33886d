import { useEffect, useMemo, useState } from 'react';
import type { PlaceDosageView } from '../../../core/contracts/dosage';
import type { UnitPosition } from '../../../core/contracts/field';
import { getDosage, getFieldPositions } from '../../api/dosage-endpoints';
import { useResource, type Resource } from '../../api/use-resource';

/** How often the units' positions are asked again while the layer is on: a phone pings about every 30 s. */
const unitsEveryMs = 30_000;

/**
 * The dosage layer's data (GET /api/dosage) for a period, fetched only while `on`: a Gi* run and every ping near the
 * hot cells is not what a map that nobody asked dosage of should wait for. Without a period, the server's default (the
 * last 24 hours). With `withUnits` (a role the server shows positions to: positionViewers), the units on patrol now
 * too (GET /api/field/positions), asked again every 30 s: a grid leader saw his grid staff on patrol nowhere, the wall
 * being for the whole district.
 */
export function useDosageOverlay(
  on: boolean,
  period?: { from: string; to: string },
  withUnits = false,
): { places?: readonly PlaceDosageView[]; units?: readonly UnitPosition[]; resource: Resource<PlaceDosageView[] | null>; retry: () => void } {
  const [resource, retry] = useResource<PlaceDosageView[] | null>((signal) => (on ? getDosage(period ?? {}, signal).then((a) => a.places) : Promise.resolve(null)), [on, period?.from, period?.to]);
  const asksUnits = on && withUnits;
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!asksUnits) return;
    const timer = setInterval(() => setTick((n) => n + 1), unitsEveryMs);
    return () => clearInterval(timer);
  }, [asksUnits]);
  const [unitsResource] = useResource<UnitPosition[] | null>((signal) => (asksUnits ? getFieldPositions(signal) : Promise.resolve(null)), [asksUnits, tick]);
  const places = useMemo(() => resource.data ?? undefined, [resource.data]);
  // useResource keeps the last answer while the next is asked, so the dots do not blink every 30 s. A failed ask
  // leaves the map as it is: the positions are an extra, not what the page waits for.
  const units = (asksUnits && unitsResource.data) || undefined;
  return { places, units, resource, retry };
}
