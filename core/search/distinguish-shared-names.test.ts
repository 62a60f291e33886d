import { describe, expect, it } from 'vitest';
import { distinguishSharedNames } from './distinguish-shared-names';

describe('distinguishSharedNames', () => {
  it('tells two cells of one name apart by their side of the pair, and keeps unique names and nulls', () => {
    const names = ['和平新村2栋附近', '星河城1栋附近', '和平新村2栋附近', null];
    const points: [number, number][] = [[107.500, 31.200], [107.51, 31.21], [107.5016, 31.200], [107.49, 31.19]];
    expect(distinguishSharedNames(names, points)).toEqual(['和平新村2栋附近（西侧）', '星河城1栋附近', '和平新村2栋附近（东侧）', null]);
    expect(names[0]).toBe('和平新村2栋附近');
  });

  it('calls the one at the group’s centre 中部, and numbers names still shared after their side', () => {
    const row: [number, number][] = [[107.4984, 31.2], [107.5, 31.2], [107.5016, 31.2]];
    expect(distinguishSharedNames(['甲附近', '甲附近', '甲附近'], row)).toEqual(['甲附近（西侧）', '甲附近（中部）', '甲附近（东侧）']);
    const stacked: [number, number][] = [[107.5, 31.2], [107.5, 31.2001], [107.52, 31.2]];
    const named = distinguishSharedNames(['乙附近', '乙附近', '乙附近'], stacked);
    expect(named).toEqual(['乙附近（西侧1）', '乙附近（西侧2）', '乙附近（东侧）']);
    expect(new Set(named).size).toBe(3);
  });
});
