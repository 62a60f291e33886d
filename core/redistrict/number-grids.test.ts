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
});
