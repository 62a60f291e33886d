import type { FeatureCollection, Geometry } from 'geojson';

export interface ScopeSplit<G extends Geometry | null, P> {
  inside: FeatureCollection<G, P>;
  outside: FeatureCollection<G, P>;
}

/**
 * Splits a layer's features into those in the caller's jurisdiction and those outside it (`inScope: false`, as the
 * API marks them); a feature without the mark counts as inside. Keeps the order; does not mutate the input.
 */
export function splitByScope<G extends Geometry | null, P extends { inScope?: boolean }>(fc: FeatureCollection<G, P>): ScopeSplit<G, P> {
  const inside = fc.features.filter((f) => f.properties.inScope !== false);
  const outside = fc.features.filter((f) => f.properties.inScope === false);
  return { inside: { ...fc, features: inside }, outside: { ...fc, features: outside } };
}
