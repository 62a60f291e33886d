import { useRef } from 'react';
import { useResource, type Resource } from '../../api/use-resource';

export type LazyResource<T> = Resource<T | null> & { asked: boolean };

/**
 * A resource fetched only once it is wanted (e.g. a map layer switched on), for the key (a query string) it was
 * last wanted with: switching the layer off keeps its data and fetches nothing, and a new key is fetched only
 * when the resource is wanted again. `asked` says whether it has ever been wanted. A null key fetches nothing.
 */
export function useLazyResource<T>(wanted: boolean, key: string | null, load: (signal: AbortSignal) => Promise<T>): [LazyResource<T>, () => void] {
  const lastKey = useRef<string | null>(null);
  if (wanted && key !== null) lastKey.current = key;
  const active = lastKey.current;
  const [resource, retry] = useResource<T | null>((signal) => (active === null ? Promise.resolve(null) : load(signal)), [active]);
  return [{ ...resource, asked: active !== null } as LazyResource<T>, retry];
}
