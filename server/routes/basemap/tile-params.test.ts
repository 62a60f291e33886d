import { describe, expect, it } from 'vitest';
import { parseTileAddress } from './tile-params';

describe('a tile address from the route', () => {
  it('reads z/x/y, with or without an extension on y', () => {
    expect(parseTileAddress({ z: '12', x: '3271', y: '1673' })).toEqual({ z: 12, x: 3271, y: 1673 });
    expect(parseTileAddress({ z: '12', x: '3271', y: '1673.png' })).toEqual({ z: 12, x: 3271, y: 1673 });
    expect(parseTileAddress({ z: '12', x: '3271', y: '1673.pbf' })).toEqual({ z: 12, x: 3271, y: 1673 });
  });

  it.each([
    ['a word', { z: 'a', x: '0', y: '0' }],
    ['a negative number', { z: '1', x: '-1', y: '0' }],
    ['a fraction', { z: '1', x: '0.5', y: '0' }],
    ['x past the grid', { z: '1', x: '2', y: '0' }],
    ['y past the grid', { z: '3', x: '0', y: '8.png' }],
    ['a zoom past 24', { z: '25', x: '0', y: '0' }],
    ['another extension', { z: '1', x: '0', y: '0.exe' }],
  ])('refuses %s', (_case, params) => {
    expect(parseTileAddress(params)).toBeNull();
  });
});
