import { describe, expect, it } from 'vitest';
import type { PatrolCandidateView } from '../contracts/patrol';
import { mergeKeyPlaceCells } from './merge-key-place-cells';

const square = (lng: number, lat: number, d = 0.001): [number, number][] => [[lng, lat], [lng + d, lat], [lng + d, lat + d], [lng, lat + d], [lng, lat]];
const cell = (id: string, lng: number, lat: number, risk: number, incidents: number): PatrolCandidateView => ({
  id, kind: 'hotspot', name: `${id}附近`, lngLat: [lng + 0.0005, lat + 0.0005], risk, mandatory: false, incidents, polygon: square(lng, lat),
});
const place = (id: string, lngLat: [number, number], risk: number, mandatory = false): PatrolCandidateView => ({
  id, kind: 'key_place', name: id, lngLat, risk, mandatory, keyPlaceKind: 'nightlife', peakOverlapMin: 180, window: { openMin: 60, closeMin: 240 },
});

describe('a key place in a hot cell', () => {
  it('is one candidate: the key place, with the cell’s risk and incidents added, and the cell gone', () => {
    const merged = mergeKeyPlaceCells([cell('H1', 107.5, 31.2, 2, 16), place('KTV', [107.5004, 31.2006], 1.5, true), cell('H2', 107.6, 31.3, 1, 8)]);
    expect(merged.map((c) => c.id)).toEqual(['KTV', 'H2']);
    expect(merged[0]).toMatchObject({ kind: 'key_place', name: 'KTV', risk: 3.5, incidents: 16, mandatory: true, window: { openMin: 60, closeMin: 240 } });
  });

  it('leaves a key place outside every cell, and the cells, as they were, best first', () => {
    const list = [cell('H1', 107.5, 31.2, 2, 16), place('Mall', [107.52, 31.22], 2.5), cell('H2', 107.6, 31.3, 1, 8)];
    expect(mergeKeyPlaceCells(list).map((c) => [c.id, c.risk])).toEqual([['Mall', 2.5], ['H1', 2], ['H2', 1]]);
  });

  it('gives a cell holding two key places to the riskier one only', () => {
    const merged = mergeKeyPlaceCells([place('A', [107.5002, 31.2002], 1), cell('H1', 107.5, 31.2, 2, 16), place('B', [107.5008, 31.2008], 0.5)]);
    expect(merged.map((c) => [c.id, c.risk])).toEqual([['A', 3], ['B', 0.5]]);
  });

  it('reads an open ring as closed', () => {
    const open = { ...cell('H1', 107.5, 31.2, 2, 16), polygon: square(107.5, 31.2).slice(0, 4) };
    expect(mergeKeyPlaceCells([open, place('KTV', [107.5004, 31.2006], 1.5)]).map((c) => c.id)).toEqual(['KTV']);
  });
});
