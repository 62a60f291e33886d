import { useMemo } from 'react';
import type { PlaceDosageView } from '../../../core/contracts/dosage';
import { getDosage } from '../../api/dosage-endpoints';
import { useResource, type Resource } from '../../api/use-resource';

/**
 * The dosage layer's data (GET /api/dosage) for a period, fetched only while `on`: a Gi* run and every ping near the
 * hot cells is not what a map that nobody asked dosage of should wait for. Without a period, the server's default (the
 * last 24 hours).
 */
export function useDosageOverlay(on: boolean, period?: { from: string; to: string }): { places?: readonly PlaceDosageView[]; resource: Resource<PlaceDosageView[] | null>; retry: () => void } {
  const [resource, retry] = useResource<PlaceDosageView[] | null>((signal) => (on ? getDosage(period ?? {}, signal).then((a) => a.places) : Promise.resolve(null)), [on, period?.from, period?.to]);
  const places = useMemo(() => resource.data ?? undefined, [resource.data]);
  return { places, resource, retry };
}
