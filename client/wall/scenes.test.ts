import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import type { Area, StreetProperties } from '../api/feature-types';
import { buildScenes, hotspotBounds, type Bounds } from './scenes';

const street = (name: string, x: number, urban = true): Feature<Area, StreetProperties> => ({
  type: 'Feature',
  properties: { code: name, name, kind: urban ? 'street' : 'town', urban },
  geometry: { type: 'Polygon', coordinates: [[[x, 31], [x + 0.1, 31], [x + 0.1, 31.1], [x, 31.1], [x, 31]]] },
});

describe('hotspotBounds', () => {
  it('frames the densest cell with one cell around it', () => {
    const positions = [107.5005, 31.2005, 107.5006, 31.2006, 107.5007, 31.2007, 107.6005, 31.3005];
    const [w, s, e, n] = hotspotBounds(positions, 0.01)!;
    expect(w).toBeCloseTo(107.49, 6);
    expect(s).toBeCloseTo(31.19, 6);
    expect(e).toBeCloseTo(107.52, 6);
    expect(n).toBeCloseTo(31.22, 6);
  });
  it('answers null for no points and leaves its input alone', () => {
    expect(hotspotBounds([])).toBeNull();
    const input = [107.5, 31.2];
    hotspotBounds(input);
    expect(input).toEqual([107.5, 31.2]);
  });
});

describe('buildScenes', () => {
  const district: Bounds = [107, 30.9, 108, 31.5];
  it('runs district, every street in order, then the hotspot', () => {
    const scenes = buildScenes(district, [street('甲', 107.1), street('乙', 107.3)], [107.5, 31.2, 107.52, 31.22]);
    expect(scenes.map((s) => s.kind)).toEqual(['district', 'street', 'street', 'hotspot']);
    expect(scenes[2].name).toBe('乙');
    expect(scenes[1].bounds[0]).toBeCloseTo(107.1, 6);
  });
  it('leaves out towns: only the urban streets have grids', () => {
    expect(buildScenes(district, [street('甲', 107.1), street('乡', 107.3, false)], null).map((s) => s.name)).toEqual(['', '甲']);
  });
  it('leaves the hotspot out when there is none', () => {
    expect(buildScenes(district, [], null).map((s) => s.kind)).toEqual(['district']);
  });
});
