import { useCallback, useMemo, useRef } from 'react';
import type { DisputeMap } from '../../../core/contracts/disputes';
import { getDisputeMap } from '../../api/disputes-endpoints';
import { getGridMeasures } from '../../api/endpoints';
import { ApiError } from '../../api/client';
import { useResource, type Resource } from '../../api/use-resource';
import { gridPagePath } from '../../app/views';
import { gridColourOf } from '../../map/layers/grid-colouring';
import { openPath } from '../../shared/open-path';
import { useGridColouring } from './grid-colouring-store';

const none: DisputeMap = { type: 'FeatureCollection', features: [] };

/**
 * What the registers add to the dashboard map: the open disputes for the early-warning layer (loaded while the layer
 * is on), the grid measures behind the grids' colouring (loaded while grids are coloured by one), how grids are
 * filled, and a click on a grid opening its page. A role that may not read the dispute map (the wall display's
 * account, 403) simply gets no points.
 */
export function useRegisterOverlays(disputesOn: boolean, reloadKey: unknown) {
  const colouring = useGridColouring();
  const [disputes, retryDisputes] = useResource(
    (signal) =>
      disputesOn
        ? getDisputeMap({}, signal).catch((err: unknown) => {
            if (err instanceof ApiError && err.status === 403) return none;
            throw err;
          })
        : Promise.resolve(undefined),
    [disputesOn, reloadKey],
  );
  // Asked again at every choice of colouring, so a grade given in the workforce view shows when grids are next coloured by grade.
  const [measures, retryMeasures] = useResource(
    (signal) => (colouring === 'households' ? Promise.resolve(undefined) : getGridMeasures(signal)),
    [colouring, reloadKey],
  );
  const loads = useRef(0);
  const byCode = useMemo(() => {
    loads.current += 1;
    return measures.data && new Map(measures.data.map((m) => [m.code, m]));
  }, [measures.data]);
  // deck.gl recomputes the fill colours when this key changes: the colouring, or a new answer of the measures.
  const gridFill = useMemo(() => ({ colourOf: gridColourOf(colouring, byCode), key: `${colouring}:${loads.current}` }), [colouring, byCode]);
  const onGridClick = useCallback((code: string) => openPath(gridPagePath(code)), []);
  const resources: Resource<unknown>[] = [disputes, measures];
  return {
    colouring,
    disputes: disputes.data,
    measures: byCode,
    gridFill,
    onGridClick,
    resources,
    retry: () => {
      retryDisputes();
      retryMeasures();
    },
  };
}
