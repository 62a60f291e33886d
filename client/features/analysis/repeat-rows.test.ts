import { describe, expect, it } from 'vitest';
import type { RepeatsAnswer } from '../../../core/contracts/analysis';
import { featureTarget, findByCode } from './map-targets';
import { locationTarget, nearRepeatRows, pairGap, pairTarget, repeatLocationRows } from './repeat-rows';

const answer: RepeatsAnswer = {
  locations: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: { type: 'Point', coordinates: [107.5, 31.2] }, properties: { count: 3, categories: ['FIGHT'], first: '2026-03-01T00:00:00Z', last: '2026-03-05T00:00:00Z', place: '星河城1栋附近' } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [107.51, 31.21] }, properties: { count: 6, categories: ['DRUNK', 'FIGHT'], first: '2026-03-01T00:00:00Z', last: '2026-03-02T00:00:00Z' } },
    ],
  },
  pairs: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: [[107.5, 31.2], [107.5002, 31.2001]] },
        properties: { category: 'THEFT_RES', distanceM: 22.4, days: 0.5, firstAt: '2026-03-01T00:00:00Z', secondAt: '2026-03-01T12:00:00Z' },
      },
    ],
  },
  meta: { distanceM: 200, days: 7, pairsFound: 1, truncated: false, duplicates: 0 },
};

describe('repeat lists', () => {
  it('lists repeat locations with the most incidents first', () => {
    expect(repeatLocationRows(answer).map((r) => r.count)).toEqual([6, 3]);
  });

  it('carries the place name the server gave, null where it gave none', () => {
    expect(repeatLocationRows(answer).map((r) => r.place)).toEqual([null, '星河城1栋附近']);
    expect(nearRepeatRows(answer, 1)[0].place).toBeNull();
  });

  it('lists near-repeat pairs in the server order, at most the limit', () => {
    expect(nearRepeatRows(answer, 10)).toHaveLength(1);
    expect(nearRepeatRows(answer, 0)).toHaveLength(0);
  });

  it('gives empty lists for an empty answer', () => {
    const empty: RepeatsAnswer = { ...answer, locations: { type: 'FeatureCollection', features: [] }, pairs: { type: 'FeatureCollection', features: [] } };
    expect(repeatLocationRows(empty)).toEqual([]);
    expect(nearRepeatRows(empty, 200)).toEqual([]);
  });
});

describe('where the map goes for a row', () => {
  it('flies to a repeat location at street zoom', () => {
    expect(locationTarget(repeatLocationRows(answer)[0])).toEqual({ kind: 'point', lngLat: [107.51, 31.21], zoom: 17 });
  });

  it('fits a short pair into bounds at least ~100 m a side, both ends inside', () => {
    const target = pairTarget(nearRepeatRows(answer, 1)[0]);
    if (target.kind !== 'bounds') throw new Error('expected bounds');
    const [w, s, e, n] = target.bounds;
    expect(e - w).toBeCloseTo(0.001, 6);
    expect(n - s).toBeCloseTo(0.001, 6);
    expect(w).toBeLessThan(107.5);
    expect(e).toBeGreaterThan(107.5002);
  });

  it('fits a grid by its bounds, and finds it by code', () => {
    const grid = { type: 'Feature' as const, properties: { code: 'G1' }, geometry: { type: 'Polygon' as const, coordinates: [[[1, 2], [3, 2], [3, 4], [1, 2]]] } };
    expect(featureTarget(grid)).toEqual({ kind: 'bounds', bounds: [1, 2, 3, 4] });
    expect(findByCode([grid], 'G1')).toBe(grid);
    expect(findByCode([grid], 'G2')).toBeNull();
    expect(findByCode(undefined, 'G1')).toBeNull();
  });
});

describe('pairGap', () => {
  it('gives minutes under an hour, hours under a day and days beyond, never "0.0 days"', () => {
    expect(pairGap('2026-03-01T00:00:00Z', '2026-03-01T00:42:00Z')).toEqual({ unit: 'minutes', n: 42 });
    expect(pairGap('2026-03-01T00:00:00Z', '2026-03-01T05:30:00Z')).toEqual({ unit: 'hours', n: 5.5 });
    expect(pairGap('2026-03-01T00:00:00Z', '2026-03-04T12:00:00Z')).toEqual({ unit: 'days', n: 3.5 });
  });
});
