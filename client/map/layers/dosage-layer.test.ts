import { describe, expect, it } from 'vitest';
import type { DosageFiguresView, PlaceDosageView } from '../../../core/contracts/dosage';
import { classifyDosage, dosageColour } from './dosage-colours';
import { dosageLayers } from './dosage-layer';

const figures = (f: Partial<DosageFiguresView>): DosageFiguresView => ({ visits: 0, checkInVisits: 0, dwellMin: 0, koperVisits: 0, koperShare: null, longestGapMin: null, gapsOverTarget: 0, presenceByDay: [], presenceMinPerDay: 0, ...f });

describe('classifyDosage', () => {
  it('tells unvisited, once, gaps over the target and met apart', () => {
    expect(classifyDosage(figures({}))).toBe('unvisited');
    expect(classifyDosage(figures({ visits: 1 }))).toBe('once');
    expect(classifyDosage(figures({ visits: 3, longestGapMin: 150, gapsOverTarget: 1 }))).toBe('gaps');
    expect(classifyDosage(figures({ visits: 3, longestGapMin: 90 }))).toBe('met');
  });
});

describe('dosageLayers', () => {
  it('fills hot cells and rings key places in the colour of their class', () => {
    const cell: PlaceDosageView = { id: 'cell-1-1', name: '星河城1栋附近', kind: 'hotspot', lngLat: [107.5, 31.2], polygon: [[107.5, 31.2], [107.501, 31.2], [107.501, 31.201], [107.5, 31.2]], all: figures({}), police: figures({}), grid: figures({}) };
    const school: PlaceDosageView = { id: 'KP1', name: '达川中学', kind: 'key_place', lngLat: [107.51, 31.2], radiusM: 50, all: figures({ visits: 4, longestGapMin: 60 }), police: figures({}), grid: figures({}) };
    const [cells, places] = dosageLayers({ places: [cell, school] });
    expect(cells.props.data).toEqual([cell]);
    expect(places.props.data).toEqual([school]);
    const fill = places.props as unknown as { getLineColor: (p: PlaceDosageView) => number[] };
    expect(fill.getLineColor(school)).toEqual(dosageColour('met'));
  });

  it('fills unvisited cells faintly and visited ones solidly, so a visit stands out over the heat', () => {
    const square: [number, number][] = [[107.5, 31.2], [107.501, 31.2], [107.501, 31.201], [107.5, 31.2]];
    const cold: PlaceDosageView = { id: 'cell-1-1', name: '星河城1栋附近', kind: 'hotspot', lngLat: [107.5, 31.2], polygon: square, all: figures({}), police: figures({}), grid: figures({}) };
    const once: PlaceDosageView = { ...cold, id: 'cell-1-2', all: figures({ visits: 1 }) };
    const [cells] = dosageLayers({ places: [cold, once] });
    const props = cells.props as unknown as { getFillColor: (p: PlaceDosageView) => number[] };
    expect(props.getFillColor(once)[3]).toBeGreaterThanOrEqual(3 * props.getFillColor(cold)[3]);
  });
});
