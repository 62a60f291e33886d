import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon, point } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { Area } from '../../api/feature-types';
import { labelPoints } from './label-points';

const square = (x: number, y: number, size: number): number[][] => [
  [x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y],
];
// A U shape whose centroid lies in the notch, outside the polygon.
const horseshoe: Polygon = {
  type: 'Polygon',
  coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]],
};

function collection(...geometries: (Area | null)[]): FeatureCollection<Area | null, { name: string }> {
  return {
    type: 'FeatureCollection',
    features: geometries.map((geometry, k) => ({ type: 'Feature', geometry, properties: { name: `F${k}` } })),
  };
}

describe('labelPoints', () => {
  it('labels a square at its centre', () => {
    const [label] = labelPoints(collection({ type: 'Polygon', coordinates: [square(107.5, 31.2, 0.02)] }), 'street', (p) => p.name);
    expect(label.position[0]).toBeCloseTo(107.51, 6);
    expect(label.position[1]).toBeCloseTo(31.21, 6);
    expect(label).toMatchObject({ text: 'F0', rank: 'street' });
  });

  it('labels a MultiPolygon inside its largest part', () => {
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(0, 0, 0.1)], [square(5, 5, 1)]] };
    const [label] = labelPoints(collection(multi), 'community', (p) => p.name);
    expect(label.position[0]).toBeCloseTo(5.5, 3);
  });

  it('moves the label inside when the centroid falls outside the shape', () => {
    const [label] = labelPoints(collection(horseshoe), 'community', (p) => p.name);
    expect(booleanPointInPolygon(point(label.position), horseshoe)).toBe(true);
  });

  it('offers places a quarter of the way to the edges as alternatives, only those inside the shape', () => {
    const [square1] = labelPoints(collection({ type: 'Polygon', coordinates: [square(0, 0, 4)] }), 'community', (p) => p.name);
    expect(square1.alternatives).toEqual([[2, 1], [2, 3], [1, 2], [3, 2]]);
    const [u] = labelPoints(collection(horseshoe), 'community', (p) => p.name);
    expect(u.alternatives!.length).toBeGreaterThan(0);
    expect(u.alternatives!.every((p) => booleanPointInPolygon(point(p), horseshoe))).toBe(true);
  });

  it('skips features without geometry', () => {
    expect(labelPoints(collection(null), 'street', (p) => p.name)).toEqual([]);
  });

  it('does not mutate its input', () => {
    const fc = collection(horseshoe);
    const before = JSON.stringify(fc);
    labelPoints(fc, 'street', (p) => p.name);
    expect(JSON.stringify(fc)).toBe(before);
  });
});
