import { describe, expect, it } from 'vitest';
import { toBinaryPoints } from './binary-points';

describe('toBinaryPoints', () => {
  it('counts one point per lng,lat pair and keeps full precision', () => {
    const points = toBinaryPoints([107.501234, 31.201234, 107.6, 31.3]);
    expect(points.length).toBe(2);
    expect(points.attributes.getPosition.size).toBe(2);
    expect(points.attributes.getPosition.value[0]).toBe(107.501234);
  });

  it('answers an empty set for no positions', () => {
    expect(toBinaryPoints([]).length).toBe(0);
  });

  it('throws on an odd number of coordinates', () => {
    expect(() => toBinaryPoints([107.5, 31.2, 107.6])).toThrow(/pairs/);
  });

  it('copies the input rather than sharing it', () => {
    const input = [107.5, 31.2];
    toBinaryPoints(input).attributes.getPosition.value[0] = 0;
    expect(input[0]).toBe(107.5);
  });
});
