import { describe, expect, it } from 'vitest';
import { stationsInScope, type BeatRef, type GridRef, type StationRef } from './stations-in-scope';

const stations: StationRef[] = [
  { code: 'PS02', name: '西城派出所', lngLat: [107.4, 31.2] },
  { code: 'PS01', name: '城区派出所', lngLat: [107.5, 31.2] },
  { code: 'PS03', name: '南城派出所', lngLat: [107.5, 31.1] },
];
const beats: BeatRef[] = [
  { code: 'PS01-J02', name: '二警格', stationCode: 'PS01' },
  { code: 'PS01-J01', name: '一警格', stationCode: 'PS01' },
  { code: 'PS02-J01', name: '西一警格', stationCode: 'PS02' },
  { code: 'PS03-J01', name: '南一警格', stationCode: 'PS03' },
];
const grids: GridRef[] = [
  { code: 'G1', streetCode: 'S1', beatCode: 'PS01-J01' },
  { code: 'G2', streetCode: 'S1', beatCode: 'PS02-J01' },
  { code: 'G3', streetCode: 'S2', beatCode: 'PS03-J01' },
  { code: 'G4', streetCode: 'S2', beatCode: null },
];
const codes = (list: StationRef[]) => list.map((s) => s.code);

describe('stations a user may plan from', () => {
  it('offers every station to the district, by code', () => {
    expect(codes(stationsInScope({ kind: 'district', codes: [] }, stations, beats))).toEqual(['PS01', 'PS02', 'PS03']);
  });

  it('offers a patrol leader their own station only', () => {
    expect(codes(stationsInScope({ kind: 'station', codes: ['PS01'] }, stations, beats))).toEqual(['PS01']);
  });

  it('offers the stations of a beat scope’s beats', () => {
    expect(codes(stationsInScope({ kind: 'beat', codes: ['PS02-J01', 'PS03-J01'] }, stations, beats))).toEqual(['PS02', 'PS03']);
  });

  it('offers the stations of the beats over a street’s or a list’s grids', () => {
    expect(codes(stationsInScope({ kind: 'street', codes: ['S1'] }, stations, beats, grids))).toEqual(['PS01', 'PS02']);
    expect(codes(stationsInScope({ kind: 'grids', codes: ['G3', 'G4'] }, stations, beats, grids))).toEqual(['PS03']);
  });

  it('offers none for a station without beats, and does not mutate its input', () => {
    const copy = structuredClone(stations);
    expect(stationsInScope({ kind: 'station', codes: ['PS09'] }, stations, beats)).toEqual([]);
    expect(stations).toEqual(copy);
  });
});
