import { describe, expect, it } from 'vitest';
import { joinWaysIntoRings } from './join-ways-into-rings';

describe('joinWaysIntoRings', () => {
  it('keeps a closed way as a ring by itself', () => {
    expect(joinWaysIntoRings([[1, 2, 3, 1]])).toEqual({ rings: [[1, 2, 3, 1]], open: [] });
  });

  it('chains open ways in any order and direction into one ring', () => {
    const { rings, open } = joinWaysIntoRings([[3, 4, 1], [1, 2], [3, 2]]);
    expect(open).toEqual([]);
    expect(rings).toHaveLength(1);
    const ring = rings[0];
    expect(ring[0]).toBe(ring[ring.length - 1]);
    expect(new Set(ring)).toEqual(new Set([1, 2, 3, 4]));
    expect(ring).toHaveLength(5);
  });

  it('grows a chain backwards when it started in the middle', () => {
    expect(joinWaysIntoRings([[2, 3], [1, 2], [3, 4]])).toEqual({ rings: [], open: [[1, 2, 3, 4]] });
  });

  it('returns a chain the extract cut off as open', () => {
    expect(joinWaysIntoRings([[1, 2], [2, 3], [7, 8, 9, 7]])).toEqual({ rings: [[7, 8, 9, 7]], open: [[1, 2, 3]] });
  });

  it('with keepDirection joins only end to start, so a coastline keeps its land side', () => {
    expect(joinWaysIntoRings([[1, 2], [3, 2]], { keepDirection: true }).open).toEqual([[1, 2], [3, 2]]);
    expect(joinWaysIntoRings([[2, 3], [1, 2]], { keepDirection: true }).open).toEqual([[1, 2, 3]]);
  });

  it('does not mutate its input', () => {
    const ways = [[3, 2], [1, 2], [3, 4, 1]];
    joinWaysIntoRings(ways);
    expect(ways).toEqual([[3, 2], [1, 2], [3, 4, 1]]);
  });
});
