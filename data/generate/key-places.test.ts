import * as turf from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoDataset } from './dataset';
import { feature, fixtureDataset } from './demo-dataset-fixture';

let d: DemoDataset;
beforeAll(() => {
  d = fixtureDataset().dataset;
});

describe('key places', () => {
  it('has the kinds and numbers the precision patrols cover', () => {
    const count = (kind: string) => d.keyPlaces.filter((k) => k.kind === kind).length;
    expect([count('government'), count('school'), count('mall'), count('hospital'), count('construction'), count('nightlife')]).toEqual([1, 12, 5, 4, 6, 6]);
    expect(count('transport')).toBeGreaterThanOrEqual(1);
    expect(count('transport')).toBeLessThanOrEqual(2);
    expect(new Set(d.keyPlaces.map((k) => k.code)).size).toBe(d.keyPlaces.length);
  });

  it('records the grid containing each place', () => {
    for (const k of d.keyPlaces) {
      const grid = d.grids.find((g) => g.code === k.gridCode)!;
      expect(turf.booleanPointInPolygon(k.geom, feature(grid.geom))).toBe(true);
    }
  });

  it('gives well-formed peak windows, school gates at opening and closing on weekdays', () => {
    for (const w of d.keyPlaces.flatMap((k) => k.peakWindows)) {
      expect(w.from).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(w.to).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(w.weekdays.length).toBeGreaterThan(0);
      expect(w.weekdays.every((x) => Number.isInteger(x) && x >= 1 && x <= 7)).toBe(true);
    }
    expect(d.keyPlaces.find((k) => k.kind === 'school')!.peakWindows).toEqual([
      { weekdays: [1, 2, 3, 4, 5], from: '07:20', to: '08:20' },
      { weekdays: [1, 2, 3, 4, 5], from: '16:30', to: '17:40' },
    ]);
    expect(d.keyPlaces.find((k) => k.kind === 'nightlife')!.peakWindows[0]).toMatchObject({ from: '20:00', to: '02:00' });
  });
});
