import type { Layer } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import type { GridMeasure } from '../../../core/contracts/wall';
import type { GridCollection, KeyPlaceCollection } from '../../api/feature-types';
import { toBinaryPoints } from './binary-points';
import { gridMeasureColour } from './grid-measure-colours';
import { keyPlaceActiveColour, keyPlaceQuietColour } from './key-place-peak-layer';
import { labelLayer, nightLabelSizePx } from './label-layer';
import { buildWallLayers, sceneOutlineColour, wallGridFillAlpha, type WallLayerData } from './wall-layers';

const square = { type: 'Polygon' as const, coordinates: [[[107.5, 31.2], [107.51, 31.2], [107.51, 31.21], [107.5, 31.2]]] };
const grid = { type: 'Feature' as const, geometry: square, properties: { code: 'G1', name: '第1网格', communityCode: 'C', streetCode: 'S', households: 400, residents: 1000, partyMembers: 0, institutionStaff: 0, beatCode: null, inScope: true } };
const grids: GridCollection = { type: 'FeatureCollection', features: [grid] };
const measure: GridMeasure = { code: 'G1', households: 400, residents: 1000, incidents30d: 9, incidentsPer1000: 9, grade: null, coverage: 0.5, openDisputes: 0, maxDisputeRisk: 0 };
// Open Monday to Sunday, 20:00–22:00 Beijing time.
const bar = { type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [107.5, 31.2] }, properties: { code: 'K1', name: '某酒吧', kind: 'entertainment' as const, peakWindows: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], from: '20:00', to: '22:00' }] } };
const keyPlaces = { type: 'FeatureCollection', features: [bar] } as unknown as KeyPlaceCollection;
const empty = { type: 'FeatureCollection' as const, features: [] };

const everything: WallLayerData = {
  view: 'grids',
  grids,
  measures: new Map([['G1', measure]]),
  measure: 'incidentsPer1000',
  beats: empty,
  heat: toBinaryPoints([107.5, 31.2]),
  keyPlaces,
  peakCheckMs: Date.parse('2026-03-02T21:00:00+08:00'),
  stations: empty,
  labels: [{ text: '东城街道', position: [107.5, 31.2], rank: 'street' }],
};

const byId = (layers: Layer[], id: string) => layers.find((l) => l.id === id)!;
type Accessor<T> = (object: T) => unknown;
const call = <T,>(layer: Layer, prop: string, object: T) => (layer.props as unknown as Record<string, Accessor<T>>)[prop](object);

describe('buildWallLayers', () => {
  it('draws grids at the bottom, then heat, beats, key places, stations and street names on top', () => {
    expect(buildWallLayers(everything).map((l) => l.id)).toEqual(['grid-fill', 'grid-outline', 'incident-heat', 'beat-outline', 'key-places-peak', 'stations', 'labels']);
  });
  it('outlines the place the scene names over the grids, heat and beats, under the points and names, in white 4 px', () => {
    const layers = buildWallLayers({ ...everything, focus: square });
    expect(layers.map((l) => l.id)).toEqual(['grid-fill', 'grid-outline', 'incident-heat', 'beat-outline', 'scene-area', 'key-places-peak', 'stations', 'labels']);
    const outline = byId(layers, 'scene-area');
    expect(outline.props).toMatchObject({ getColor: sceneOutlineColour, getWidth: 4, widthUnits: 'pixels' });
    expect((outline.props.data as unknown[]).length).toBe(3); // the square's three edges
  });

  it('leaves out the layers whose data has not loaded', () => {
    expect(buildWallLayers({ view: 'grids', measure: 'incidentsPer1000', peakCheckMs: 0, stations: empty }).map((l) => l.id)).toEqual(['stations']);
  });

  it('fills each grid by the chosen measure at the wall\'s opacity, inert, with dark outlines', () => {
    const fill = byId(buildWallLayers(everything), 'grid-fill');
    expect(call(fill, 'getFillColor', grid)).toEqual(gridMeasureColour('incidentsPer1000', measure, wallGridFillAlpha));
    expect(fill.props).toMatchObject({ filled: true, stroked: false, pickable: false });
    expect(byId(buildWallLayers(everything), 'grid-outline').props).toMatchObject({ getColor: [10, 20, 35, 200], getWidth: 1, pickable: false });
  });

  it('in the heat view only outlines the grids, lighter, and shows the heat', () => {
    const layers = buildWallLayers({ ...everything, view: 'heat' });
    expect(byId(layers, 'grid-fill').props).toMatchObject({ filled: false });
    expect(byId(layers, 'grid-outline').props).toMatchObject({ getColor: [80, 110, 150, 200] });
    expect(byId(layers, 'incident-heat').props.visible).toBe(true);
    expect(byId(buildWallLayers(everything), 'incident-heat').props.visible).toBe(false);
  });

  it('redraws the fills when the measure changes, not when the same measure is built again', () => {
    const triggers = (d: WallLayerData) => (byId(buildWallLayers(d), 'grid-fill').props.updateTriggers as { getFillColor: unknown[] }).getFillColor;
    expect(triggers(everything)).toEqual(triggers({ ...everything }));
    expect(triggers({ ...everything, measure: 'coverage' })).not.toEqual(triggers(everything));
  });

  it('draws beats as light cyan 2 px lines and street names light on a dark halo, all one size', () => {
    const layers = buildWallLayers(everything);
    expect(byId(layers, 'beat-outline').props).toMatchObject({ getColor: [120, 220, 255, 220], getWidth: 2, widthUnits: 'pixels' });
    expect(byId(layers, 'labels').props).toMatchObject({ getColor: [235, 242, 250, 255], getSize: nightLabelSizePx, outlineWidth: 5, outlineColor: [8, 14, 26, 230] });
  });

  it('keeps the day map\'s street names dark on a white halo, sized by rank', () => {
    const day = labelLayer({ labels: everything.labels! });
    expect(day.props.outlineColor).toEqual([255, 255, 255, 230]);
    expect(call(day, 'getSize', { rank: 'street' })).toBe(17);
  });

  it('rings key places red and larger inside a peak window, grey and smaller outside it', () => {
    const at = (iso: string) => byId(buildWallLayers({ ...everything, peakCheckMs: Date.parse(`${iso}+08:00`) }), 'key-places-peak');
    const open = at('2026-03-02T21:00:00');
    const closed = at('2026-03-02T23:00:00');
    expect([call(open, 'getFillColor', bar), call(open, 'getRadius', bar)]).toEqual([keyPlaceActiveColour, 9]);
    expect([call(closed, 'getFillColor', bar), call(closed, 'getRadius', bar)]).toEqual([keyPlaceQuietColour, 5]);
  });
});
