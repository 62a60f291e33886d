import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { withGeometry } from './geojson';

const point: Point = { type: 'Point', coordinates: [107.5, 31.2] };
const fc: FeatureCollection<Point | null, { code: string }> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: point, properties: { code: 'A' } },
    { type: 'Feature', geometry: null, properties: { code: 'B' } },
  ],
};

describe('withGeometry', () => {
  it('drops features whose geometry is null', () => {
    expect(withGeometry(fc).features.map((f) => f.properties.code)).toEqual(['A']);
  });

  it('keeps a collection without null geometry as it is', () => {
    const clean = { ...fc, features: [fc.features[0]] };
    expect(withGeometry(clean).features).toEqual(clean.features);
  });

  it('does not mutate its input', () => {
    withGeometry(fc);
    expect(fc.features).toHaveLength(2);
  });
});
