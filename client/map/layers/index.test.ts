import { describe, expect, it } from 'vitest';
import type { GridCollection, StationCollection } from '../../api/feature-types';
import { toBinaryPoints } from './binary-points';
import { allLayersVisible, buildMapLayers } from './index';

const grids: GridCollection = { type: 'FeatureCollection', features: [] };
const stations: StationCollection = { type: 'FeatureCollection', features: [] };
const everything = {
  grids,
  incidents: toBinaryPoints([107.5, 31.2]),
  beats: { type: 'FeatureCollection' as const, features: [] },
  keyPlaces: { type: 'FeatureCollection' as const, features: [] },
  stations,
  labels: [],
};

describe('buildMapLayers', () => {
  it('draws grids at the bottom and labels on top', () => {
    expect(buildMapLayers(everything, allLayersVisible).map((l) => l.id)).toEqual([
      'grid-fill', 'incident-heat', 'beat-outline', 'key-places', 'stations', 'labels',
    ]);
  });

  it('leaves out the layers whose data has not loaded', () => {
    expect(buildMapLayers({ stations }, allLayersVisible).map((l) => l.id)).toEqual(['stations']);
  });

  it('keeps a switched-off layer in the list, not visible', () => {
    const layers = buildMapLayers(everything, { ...allLayersVisible, heatmap: false });
    expect(layers.find((l) => l.id === 'incident-heat')?.props.visible).toBe(false);
    expect(layers.find((l) => l.id === 'grid-fill')?.props.visible).toBe(true);
  });
});
