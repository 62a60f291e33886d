import { describe, expect, it } from 'vitest';
import { gridsInScope, type GridChoice } from './grids-in-scope';

const grids: GridChoice[] = [
  { code: 'G3', name: '三', streetCode: 'S2', beatCode: 'B2' },
  { code: 'G1', name: '一', streetCode: 'S1', beatCode: 'B1' },
  { code: 'G2', name: '二', streetCode: 'S1', beatCode: null },
];
const stations = new Map([['B1', 'P1'], ['B2', 'P2']]);
const codes = (scope: Parameters<typeof gridsInScope>[0]) => gridsInScope(scope, grids, stations).map((g) => g.code);

describe('gridsInScope', () => {
  it('gives the district every grid, sorted by code, without mutating the input', () => {
    expect(codes({ kind: 'district', codes: [] })).toEqual(['G1', 'G2', 'G3']);
    expect(grids[0].code).toBe('G3');
  });

  it('follows streets, stations (through the beats), beats and listed grids', () => {
    expect(codes({ kind: 'street', codes: ['S1'] })).toEqual(['G1', 'G2']);
    expect(codes({ kind: 'station', codes: ['P2'] })).toEqual(['G3']);
    expect(codes({ kind: 'beat', codes: ['B1'] })).toEqual(['G1']);
    expect(codes({ kind: 'grids', codes: ['G2'] })).toEqual(['G2']);
  });

  it('gives nothing for an empty list of codes outside the district', () => {
    expect(codes({ kind: 'grids', codes: [] })).toEqual([]);
  });
});
