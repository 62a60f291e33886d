import { describe, expect, it } from 'vitest';
import { createDisplayFrame } from '../../map/display-frame';
import { isSearchable, moveActive, searchCamera } from './search-target';

const identity = (p: [number, number]) => p;

describe('searchCamera', () => {
  it('fits an area to its box', () => {
    expect(searchCamera({ kind: 'community', lngLat: [107.5, 31.2], bbox: [107.49, 31.19, 107.51, 31.21] }, identity)).toEqual({ kind: 'bounds', bounds: [107.49, 31.19, 107.51, 31.21] });
  });

  it('flies to a building, key place or person at a close zoom, even when it has a box', () => {
    expect(searchCamera({ kind: 'building', lngLat: [107.5, 31.2], bbox: [107.4999, 31.1999, 107.5001, 31.2001] }, identity)).toEqual({ kind: 'point', center: [107.5, 31.2], zoom: 17.5 });
    expect(searchCamera({ kind: 'key_place', lngLat: [107.5, 31.2], bbox: null }, identity)).toMatchObject({ kind: 'point', zoom: 17 });
  });

  it('hands MapLibre display coordinates: shifted into GCJ-02 over a GCJ-02 base map', () => {
    const gcj = createDisplayFrame('gcj02');
    const camera = searchCamera({ kind: 'address', lngLat: [107.5, 31.2], bbox: null }, gcj.toDisplay);
    expect(camera.kind).toBe('point');
    const [lng, lat] = camera.kind === 'point' ? camera.center : [0, 0];
    expect(lng).not.toBeCloseTo(107.5, 3); // about 500 m east in Dachuan
    expect(gcj.toData([lng, lat])[0]).toBeCloseTo(107.5, 6);
    expect(gcj.toData([lng, lat])[1]).toBeCloseTo(31.2, 6);
  });
});

describe('isSearchable', () => {
  it('takes 1–50 characters once trimmed, without control characters', () => {
    expect(isSearchable('梧桐')).toBe(true);
    expect(isSearchable('  ')).toBe(false);
    expect(isSearchable('梧'.repeat(51))).toBe(false);
    expect(isSearchable('梧桐\n')).toBe(false);
  });
});

describe('moveActive', () => {
  it('moves down and up through the options, wrapping at either end', () => {
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(-1, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(1, 3, 'ArrowUp')).toBe(0);
  });

  it('has no option to move to in an empty list', () => {
    expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
  });
});
