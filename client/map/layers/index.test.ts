import { describe, expect, it } from 'vitest';
import type { GridCollection, StationCollection } from '../../api/feature-types';
import { toBinaryPoints } from './binary-points';
import { allLayersVisible, buildMapLayers, defaultLayerVisibility } from './index';

const grids: GridCollection = { type: 'FeatureCollection', features: [] };
const stations: StationCollection = { type: 'FeatureCollection', features: [] };
const everything = {
  grids,
  incidents: toBinaryPoints([107.5, 31.2]),
  beats: { type: 'FeatureCollection' as const, features: [] },
  keyPlaces: { type: 'FeatureCollection' as const, features: [] },
  stations,
  labels: [],
  disputes: { type: 'FeatureCollection' as const, features: [] },
};

describe('buildMapLayers', () => {
  it('draws grids at the bottom, dispute points above the heat and beats, and labels on top', () => {
    expect(buildMapLayers(everything, allLayersVisible).map((l) => l.id)).toEqual([
      'grid-fill', 'grid-outline', 'incident-heat', 'beat-outline', 'dispute-risk', 'key-places', 'stations', 'labels',
    ]);
  });

  it('draws the units on patrol over the stations and under the labels, with the dosage layer and only with it', () => {
    const unit = { patrolId: 'p1', name: '郑辉', force: 'grid' as const, position: [107.5, 31.2] as [number, number], at: '2026-12-07T09:30:00.000Z', accuracyM: 8, place: null };
    const ids = (v: typeof defaultLayerVisibility) => buildMapLayers({ ...everything, units: [unit] }, v).map((l) => [l.id, l.props.visible] as const);
    const off = ids(defaultLayerVisibility);
    expect(off.findIndex(([id]) => id === 'unit-positions')).toBe(off.findIndex(([id]) => id === 'labels') - 1);
    expect(off.find(([id]) => id === 'unit-positions')![1]).toBe(false);
    expect(ids({ ...defaultLayerVisibility, dosage: true }).find(([id]) => id === 'unit-positions')![1]).toBe(true);
    expect(buildMapLayers(everything, defaultLayerVisibility).some((l) => l.id === 'unit-positions')).toBe(false);
  });

  it('draws patrol dosage above the incident heat and under the beats, hidden until switched on', () => {
    const layers = buildMapLayers({ ...everything, dosage: [] }, defaultLayerVisibility);
    expect(layers.map((l) => l.id).slice(0, 6)).toEqual(['grid-fill', 'grid-outline', 'incident-heat', 'dosage-cells', 'dosage-places', 'beat-outline']);
    expect(layers.find((l) => l.id === 'dosage-cells')?.props.visible).toBe(false);
  });

  it('leaves out the layers whose data has not loaded', () => {
    expect(buildMapLayers({ stations }, allLayersVisible).map((l) => l.id)).toEqual(['stations']);
  });

  it('draws what lies outside the jurisdiction faded under its own kind, and never pickable', () => {
    const square = { type: 'Polygon' as const, coordinates: [[[107.5, 31.2], [107.51, 31.2], [107.51, 31.21], [107.5, 31.2]]] };
    const grid = { type: 'Feature' as const, geometry: square, properties: { code: 'G2', name: '第2网格', communityCode: 'C', streetCode: 'S', households: 400, residents: 1000, partyMembers: 0, institutionStaff: 0, beatCode: null, inScope: false } };
    const station = { type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [107.5, 31.2] }, properties: { code: 'P2', name: '某派出所', streetCode: 'S', inScope: false } };
    const outside = { grids: { type: 'FeatureCollection' as const, features: [grid] }, stations: { type: 'FeatureCollection' as const, features: [station] }, beats: { type: 'FeatureCollection' as const, features: [] } };
    const layers = buildMapLayers({ ...everything, outside }, allLayersVisible);
    expect(layers.map((l) => l.id)).toEqual([
      'outside-scope', 'outside-scope-outline', 'grid-fill', 'grid-outline', 'incident-heat', 'beat-outline', 'dispute-risk', 'key-places',
      'stations-outside', 'stations', 'labels',
    ]);
    for (const id of ['outside-scope', 'outside-scope-outline', 'grid-outline', 'stations-outside']) expect(layers.find((l) => l.id === id)?.props.pickable, id).toBe(false);
    expect(layers.find((l) => l.id === 'grid-fill')?.props.pickable).toBe(true);
  });

  it('keeps a switched-off layer in the list, not visible', () => {
    const layers = buildMapLayers(everything, { ...allLayersVisible, heatmap: false });
    expect(layers.find((l) => l.id === 'incident-heat')?.props.visible).toBe(false);
    expect(layers.find((l) => l.id === 'grid-fill')?.props.visible).toBe(true);
  });
});

describe('the dispute early-warning layer', () => {
  const point = (code: string, riskLevel: 'high' | 'medium' | 'low') => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [107.5, 31.2] },
    properties: { code, type: 'family' as const, status: 'mediating' as const, riskScore: riskLevel === 'high' ? 70 : riskLevel === 'medium' ? 40 : 5, riskLevel, overdue: false, placeName: null },
  });

  it('draws the medium and high-risk disputes, high ones last (on top)', () => {
    const disputes = { type: 'FeatureCollection' as const, features: [point('MD1', 'high'), point('MD2', 'low'), point('MD3', 'medium')] };
    const layer = buildMapLayers({ disputes }, allLayersVisible).find((l) => l.id === 'dispute-risk')!;
    expect((layer.props.data as { properties: { code: string } }[]).map((f) => f.properties.code)).toEqual(['MD3', 'MD1']);
  });
});
