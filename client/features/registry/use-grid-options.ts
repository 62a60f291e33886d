import { useMemo } from 'react';
import { getRegistryFreshness } from '../../api/registry-endpoints';
import { useResource } from '../../api/use-resource';

export interface GridOption {
  code: string;
  name: string;
}

/** The grids of the user's jurisdiction (as the freshness answer lists them, by code), for the forms' grid choices. */
export function useGridOptions(): { options: GridOption[]; error: Error | undefined; loading: boolean } {
  const [res] = useResource((signal) => getRegistryFreshness(undefined, signal), []);
  const options = useMemo(() => (res.data?.rows ?? []).map((r) => ({ code: r.gridCode, name: r.name })), [res.data]);
  return { options, error: res.error, loading: res.status === 'loading' };
}
