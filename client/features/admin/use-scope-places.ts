import type { ScopeKind } from '../../../core/contracts/auth';
import { getBeats, getGrids, getStations, getStreets } from '../../api/endpoints';
import { useResource, type Resource } from '../../api/use-resource';
import type { ScopePlace } from './account-draft';

type Listed = { features: { properties: { code: string; name: string } }[] };
const places = (c: Listed): ScopePlace[] => c.features.map((f) => ({ code: f.properties.code, name: f.properties.name }));

// The map's own layers name every place an administrator may give (an administrator's are the whole district's).
const loaders: Record<ScopeKind, (signal: AbortSignal) => Promise<ScopePlace[]>> = {
  district: async () => [],
  street: async (signal) => places(await getStreets(signal)),
  station: async (signal) => places(await getStations(signal)),
  beat: async (signal) => places(await getBeats(signal)),
  grids: async (signal) => places(await getGrids(signal)),
};

/** The places of one kind a jurisdiction may list, loaded when the form first asks for that kind. */
export function useScopePlaces(kind: ScopeKind): Resource<ScopePlace[]> {
  const [resource] = useResource(loaders[kind], [kind]);
  return resource;
}
