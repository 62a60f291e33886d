import { describe, expect, it } from 'vitest';
import { numberGrids } from './number-grids';

describe('numberGrids', () => {
  it('numbers a community west to east in rows from the north, after the community code', () => {
    // A 2×2 block: rows of ⌈√4⌉ = 2, north row first.
    const codes = numberGrids([
      { key: 'sw', communityCode: '511703001001', centroid: [107.50, 31.20] },
      { key: 'ne', communityCode: '511703001001', centroid: [107.51, 31.21] },
      { key: 'nw', communityCode: '511703001001', centroid: [107.50, 31.21] },
      { key: 'se', communityCode: '511703001001', centroid: [107.51, 31.20] },
      { key: 'other', communityCode: '511703001002', centroid: [107.6, 31.3] },
    ]);
    expect(codes).toEqual({
      nw: '511703001001001',
      ne: '511703001001002',
      sw: '511703001001003',
      se: '511703001001004',
      other: '511703001002001',
    });
  });

  it('keeps the code of a grid whose key is already a code of its community and gives new grids the free numbers', () => {
    const codes = numberGrids([
      { key: '511703001001002', communityCode: '511703001001', centroid: [107.50, 31.21] },
      { key: 'N001', communityCode: '511703001001', centroid: [107.51, 31.21] },
      { key: 'N002', communityCode: '511703001001', centroid: [107.50, 31.20] },
      { key: '511703001009001', communityCode: '511703001002', centroid: [107.6, 31.3] },
    ]);
    expect(codes).toEqual({
      '511703001001002': '511703001001002',
      N002: '511703001001001', // the two new grids make one row of ⌈√2⌉ = 2, numbered from the west
      N001: '511703001001003',
      '511703001009001': '511703001002001',
    });
  });

  it('gives no new grid a code the community used before (a retired grid’s grades stay its own), nor the codes of other communities', () => {
    const grids = [
      { key: '511703001001002', communityCode: '511703001001', centroid: [107.50, 31.21] as [number, number] },
      { key: 'N001', communityCode: '511703001001', centroid: [107.51, 31.21] as [number, number] },
      { key: 'N002', communityCode: '511703001001', centroid: [107.50, 31.20] as [number, number] },
    ];
    const usedBefore = ['511703001001001', '511703001001002', '511703001001004', '511703001002003'];
    expect(numberGrids(grids, usedBefore)).toEqual({ '511703001001002': '511703001001002', N002: '511703001001003', N001: '511703001001005' });
  });

  it('refuses to number past a community’s 999 sequences', () => {
    const all = Array.from({ length: 999 }, (_, i) => `511703001001${String(i + 1).padStart(3, '0')}`);
    expect(() => numberGrids([{ key: 'N001', communityCode: '511703001001', centroid: [107.5, 31.2] }], all)).toThrow(RangeError);
  });
});
