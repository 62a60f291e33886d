import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { splitByScope } from './scope-split';

const point = (code: string, inScope?: boolean) => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: [107.5, 31.2] },
  properties: inScope === undefined ? { code } : { code, inScope },
});
const fc = (...features: ReturnType<typeof point>[]): FeatureCollection<Point, { code: string; inScope?: boolean }> => ({ type: 'FeatureCollection', features });

describe('splitByScope', () => {
  it('puts features marked out of scope outside and keeps the order of the rest', () => {
    const { inside, outside } = splitByScope(fc(point('a', true), point('b', false), point('c', true), point('d', false)));
    expect(inside.features.map((f) => f.properties.code)).toEqual(['a', 'c']);
    expect(outside.features.map((f) => f.properties.code)).toEqual(['b', 'd']);
  });

  it('counts a feature without the mark (an older server) as inside', () => {
    const { inside, outside } = splitByScope(fc(point('a'), point('b')));
    expect(inside.features).toHaveLength(2);
    expect(outside.features).toHaveLength(0);
  });

  it('answers two empty collections for an empty one', () => {
    const { inside, outside } = splitByScope(fc());
    expect(inside).toEqual({ type: 'FeatureCollection', features: [] });
    expect(outside).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('does not mutate its input', () => {
    const input = fc(point('a', true), point('b', false));
    const copy = structuredClone(input);
    splitByScope(input);
    expect(input).toEqual(copy);
  });
});
