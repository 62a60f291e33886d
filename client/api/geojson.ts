import type { FeatureCollection, Geometry } from 'geojson';

/**
 * The collection without features whose geometry is null (the server may omit them already, or not).
 * Does not mutate its input.
 */
export function withGeometry<G extends Geometry, P>(fc: FeatureCollection<G | null, P>): FeatureCollection<G, P> {
  const features = fc.features.filter((f): f is typeof f & { geometry: G } => f.geometry !== null && f.geometry !== undefined);
  return { ...fc, features } as FeatureCollection<G, P>;
}
