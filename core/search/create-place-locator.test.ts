import { describe, expect, it } from 'vitest';
import { createPlaceLocator, type NamedPoint } from './create-place-locator';
import { describeNearPlace } from './describe-near-place';

// Around Dachuan (31.2° N): 0.001° of latitude ≈ 110.6 m, 0.001° of longitude ≈ 95.2 m.
const places: NamedPoint[] = [
  { name: '星河城1栋', kind: 'address', lngLat: [107.5, 31.2], gridCode: 'G1' },
  { name: '达川中学', kind: 'key_place', lngLat: [107.503, 31.2], gridCode: 'G2' },
  { name: '瑞祥公馆1栋', kind: 'address', lngLat: [107.52, 31.22], gridCode: 'G3' },
];
const locator = createPlaceLocator(places);

describe('createPlaceLocator', () => {
  it('finds the nearest place within the distance, with the distance in metres', () => {
    const near = locator.nearest([107.5005, 31.2], 300)!;
    expect(near.place.name).toBe('星河城1栋');
    expect(near.distanceM).toBeCloseTo(47.6, 0);
  });

  it('takes a key place when it is nearer than any address', () => {
    expect(locator.nearest([107.5025, 31.2001], 300)!.place.name).toBe('达川中学');
  });

  it('answers null when nothing lies within the distance', () => {
    expect(locator.nearest([107.51, 31.21], 300)).toBeNull();
    expect(createPlaceLocator([]).nearest([107.5, 31.2], 300)).toBeNull();
  });

  it('reaches past the neighbouring buckets for a larger distance', () => {
    const far = locator.nearest([107.51, 31.21], 2000)!;
    expect(far.distanceM).toBeGreaterThan(300);
    expect(far.distanceM).toBeLessThan(2000);
  });

  it('passes over the places `accept` leaves out, however near (a beat’s stop is named by its own grids’ places)', () => {
    const inG2 = (p: NamedPoint) => p.gridCode === 'G2';
    const near = locator.nearest([107.5005, 31.2], 300, inG2)!;
    expect(near.place.name).toBe('达川中学');
    expect(near.distanceM).toBeCloseTo(238, 0);
    expect(locator.nearest([107.5005, 31.2], 200, inG2)).toBeNull();
  });

  it('answers null for a point that is not a number', () => {
    expect(locator.nearest([Number.NaN, 31.2], 300)).toBeNull();
  });

  it('gives the bearing from the place to the point, clockwise from north', () => {
    expect(locator.nearest([107.5, 31.2005], 300)!.bearingDeg).toBeCloseTo(0, 5);
    expect(locator.nearest([107.5005, 31.2], 300)!.bearingDeg).toBeCloseTo(90, 5);
  });
});

describe('describeNearPlace', () => {
  it('names a point within 300 m "… 附近"', () => {
    expect(describeNearPlace(locator.nearest([107.5005, 31.2], 300)!)).toBe('星河城1栋附近');
    expect(describeNearPlace(locator.nearest([107.5029, 31.2], 300)!)).toBe('达川中学附近');
  });

  it('names a farther point by direction and distance rounded to 50 m', () => {
    const place = places[0];
    expect(describeNearPlace({ place, distanceM: 462, bearingDeg: 44 })).toBe('星河城1栋东北约450米');
    expect(describeNearPlace({ place, distanceM: 1010, bearingDeg: 181 })).toBe('星河城1栋南约1000米');
    expect(describeNearPlace({ place, distanceM: 700, bearingDeg: 350 })).toBe('星河城1栋北约700米');
  });
});
