import type { FeatureCollection, Geometry, Position } from 'geojson';
import { undirectedEdgeKey, vertexKey } from '../../../core/geometry/vertex-key';

/** Line segments as deck.gl binary data for a LineLayer: flat [lng, lat] pairs of each segment's two ends. */
export interface BinarySegments {
  length: number;
  attributes: {
    getSourcePosition: { value: Float64Array; size: 2 };
    getTargetPosition: { value: Float64Array; size: 2 };
  };
}

const cache = new WeakMap<object, BinarySegments>();

/**
 * The edges of every polygon ring in the areas, each edge once even where two areas share it. Why not the
 * GeoJsonLayer's own outline: a PathLayer draws one instanced segment with joints per edge, and where WebGL runs in
 * software (SwiftShader: PCs without a usable GPU, and the CI's Chromium) its 2,800 segments cost 0.2 s of CPU a
 * frame, most of the map's frame; a LineLayer of shared edges drawn once costs a fraction. Kept per collection object,
 * so a render that passes the same areas gets the same data and deck.gl uploads nothing.
 */
export function outlineSegments(areas: FeatureCollection<Geometry | null, unknown>): BinarySegments {
  const known = cache.get(areas);
  if (known) return known;
  const seen = new Set<string>();
  const ends: number[] = [];
  const addRing = (ring: Position[]) => {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1];
      const b = ring[i];
      const ka = vertexKey(a);
      const kb = vertexKey(b);
      if (ka === kb) continue;
      const key = undirectedEdgeKey(ka, kb);
      if (seen.has(key)) continue;
      seen.add(key);
      ends.push(a[0], a[1], b[0], b[1]);
    }
  };
  for (const f of areas.features) {
    const g = f.geometry;
    if (g?.type === 'Polygon') g.coordinates.forEach(addRing);
    else if (g?.type === 'MultiPolygon') g.coordinates.forEach((p) => p.forEach(addRing));
  }
  const n = ends.length / 4;
  const source = new Float64Array(2 * n);
  const target = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    source[2 * i] = ends[4 * i];
    source[2 * i + 1] = ends[4 * i + 1];
    target[2 * i] = ends[4 * i + 2];
    target[2 * i + 1] = ends[4 * i + 3];
  }
  const segments = { length: n, attributes: { getSourcePosition: { value: source, size: 2 as const }, getTargetPosition: { value: target, size: 2 as const } } };
  cache.set(areas, segments);
  return segments;
}
