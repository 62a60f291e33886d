import { describe, expect, it } from 'vitest';
import { createUtmFrame, findUtmZone } from './create-utm-frame';
import { HotspotInputError } from './types';

describe('createUtmFrame', () => {
  it('chooses zone 48N for Dachuan and 10N for Portland', () => {
    expect(createUtmFrame([107.5, 31.2])).toMatchObject({ zone: 48, south: false, epsg: 32648 });
    expect(createUtmFrame([-122.65, 45.52])).toMatchObject({ zone: 10, south: false, epsg: 32610 });
  });

  it('chooses the southern hemisphere by latitude (Sydney is 56S)', () => {
    expect(createUtmFrame([151.2, -33.87])).toMatchObject({ zone: 56, south: true, epsg: 32756 });
  });

  it('puts the central meridian at easting 500 km and 45° N at 0.9996 × the meridian arc (4 984 944.38 m)', () => {
    const [x, y] = createUtmFrame([-122.6, 45.5]).toXY([-123, 45]);
    expect(Math.abs(x - 500_000)).toBeLessThan(1e-3);
    expect(Math.abs(y - 4_982_950.4)).toBeLessThan(0.01);
  });

  it('maps metres back to the same degrees', () => {
    const frame = createUtmFrame([107.5, 31.2]);
    const [lng, lat] = frame.toLngLat(frame.toXY([107.4681, 31.2094]));
    expect(Math.abs(lng - 107.4681)).toBeLessThan(1e-9);
    expect(Math.abs(lat - 31.2094)).toBeLessThan(1e-9);
  });

  it('keeps city distances true to 0.1 % (one minute of latitude is 1 852 m, near enough)', () => {
    const frame = createUtmFrame([-122.65, 45.52]);
    const [x0, y0] = frame.toXY([-122.65, 45.5]);
    const [x1, y1] = frame.toXY([-122.65, 45.5 + 1 / 60]);
    expect(Math.abs(Math.hypot(x1 - x0, y1 - y0) / 1853.0 - 1)).toBeLessThan(1e-3);
  });

  it('clamps the zone at the antimeridian and refuses a centre that is not [lng, lat]', () => {
    expect(findUtmZone(-180)).toBe(1);
    expect(findUtmZone(180)).toBe(60);
    expect(() => createUtmFrame([Number.NaN, 0])).toThrow(HotspotInputError);
    expect(() => createUtmFrame([0, 88])).toThrow(/UTM's range/);
  });
});
