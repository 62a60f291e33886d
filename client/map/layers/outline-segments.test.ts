import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { outlineSegments } from './outline-segments';

const square = (x0: number, y0: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]]],
});
const collection = (...polygons: Polygon[]): FeatureCollection<Polygon, null> => ({
  type: 'FeatureCollection',
  features: polygons.map((geometry) => ({ type: 'Feature', geometry, properties: null })),
});
const pairs = (v: Float64Array) => Array.from({ length: v.length / 2 }, (_, i) => [v[2 * i], v[2 * i + 1]]);

describe('outlineSegments', () => {
  it('gives each edge of a ring once, from its start to its end', () => {
    const s = outlineSegments(collection(square(107, 31, 1)));
    expect(s.length).toBe(4);
    expect(pairs(s.attributes.getSourcePosition.value)).toEqual([[107, 31], [108, 31], [108, 32], [107, 32]]);
    expect(pairs(s.attributes.getTargetPosition.value)).toEqual([[108, 31], [108, 32], [107, 32], [107, 31]]);
  });

  it('draws the edge two neighbours share once, whichever way each ring runs it', () => {
    // The right square's left edge is the left square's right edge, run the other way.
    expect(outlineSegments(collection(square(107, 31, 1), square(108, 31, 1))).length).toBe(7);
  });

  it('takes every ring of a multipolygon, holes included, and skips repeated points', () => {
    const withHole: Polygon = { type: 'Polygon', coordinates: [...square(107, 31, 3).coordinates, [[108, 32], [108, 32], [109, 32], [109, 33], [108, 32]]] };
    const multi = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: null, geometry: { type: 'MultiPolygon' as const, coordinates: [withHole.coordinates, square(120, 31, 1).coordinates] } }] };
    expect(outlineSegments(multi).length).toBe(4 + 3 + 4);
  });

  it('answers the same data for the same collection, so deck.gl uploads nothing again', () => {
    const grids = collection(square(107, 31, 1));
    expect(outlineSegments(grids)).toBe(outlineSegments(grids));
    expect(outlineSegments(collection(square(107, 31, 1)))).not.toBe(outlineSegments(grids));
  });
});
