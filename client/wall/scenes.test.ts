import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import type { Area, CommunityProperties, StreetProperties } from '../api/feature-types';
import { buildScenes, coreBounds, hotspotBounds, type Bounds } from './scenes';

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

describe('coreBounds', () => {
  const box = (x: number, y: number, weight: number) => ({ bounds: [x, y, x + 0.01, y + 0.01] as Bounds, weight });
  it('frames the boxes around the weighted centre that hold the share, leaving a far light box out', () => {
    const town = [box(107.50, 31.20, 1000), box(107.51, 31.20, 1000), box(107.50, 31.21, 1000), box(107.51, 31.21, 1000)];
    const [w, s, e, n] = coreBounds([...town, box(107.9, 31.45, 100)], 0.9)!;
    expect([w, s, e, n].map((v) => Math.round(v * 100) / 100)).toEqual([107.5, 31.2, 107.52, 31.22]);
  });
  it('takes every box when the share is 1', () => {
    expect(coreBounds([box(107.5, 31.2, 1), box(107.9, 31.45, 1)], 1)![2]).toBeCloseTo(107.91, 6);
  });
  it('answers null for no boxes or no weight, and leaves its input alone', () => {
    expect(coreBounds([])).toBeNull();
    const input = [box(107.5, 31.2, 0)];
    expect(coreBounds(input)).toBeNull();
    expect(input).toEqual([box(107.5, 31.2, 0)]);
  });
});

describe('buildScenes', () => {
  const core: Bounds = [107.45, 31.18, 107.55, 31.26];
  it('runs the urban core, every street in order, then the hotspot', () => {
    const scenes = buildScenes(core, [street('甲', 107.1), street('乙', 107.3)], [107.5, 31.2, 107.52, 31.22]);
    expect(scenes.map((s) => s.kind)).toEqual(['urban', 'street', 'street', 'hotspot']);
    expect(scenes[0].bounds).toEqual(core);
    expect(scenes[2].name).toBe('乙');
    expect(scenes[1].bounds[0]).toBeCloseTo(107.1, 6);
  });
  it('leaves out towns: only the urban streets have grids', () => {
    expect(buildScenes(core, [street('甲', 107.1), street('乡', 107.3, false)], null).map((s) => s.name)).toEqual(['', '甲']);
  });
  it('leaves the core and the hotspot out when there are none', () => {
    expect(buildScenes(null, [street('甲', 107.1)], null).map((s) => s.kind)).toEqual(['street']);
  });
  it('names the hotspot by the community its centre lies in (its short name), else by the street, else not at all', () => {
    const community = (name: string, x: number): Feature<Area, CommunityProperties> => ({
      ...street(name, x),
      properties: { code: name, name: `${name}居民委员会`, shortName: name, streetCode: '甲', kind: 'community', urban: true },
    });
    const hotspotIn = (x: number) => [x + 0.02, 31.02, x + 0.05, 31.05] as Bounds;
    const named = (hotspot: Bounds) => buildScenes(null, [street('甲街道', 107.1)], hotspot, [community('东社区', 107.3), community('南社区', 107.1)]).at(-1)!.name;
    expect(named(hotspotIn(107.1))).toBe('南社区');
    expect(buildScenes(null, [street('甲街道', 107.1)], hotspotIn(107.1)).at(-1)!.name).toBe('甲街道');
    expect(named(hotspotIn(107.6))).toBe('');
  });
  it('outlines the place a scene names: the street, or the community (else street) the hotspot lies in, none for the core', () => {
    const south = { ...street('南社区', 107.1), properties: { code: 'S', name: '南社区居民委员会', shortName: '南社区', streetCode: '甲', kind: 'community' as const, urban: true } };
    const hotspot: Bounds = [107.12, 31.02, 107.15, 31.05];
    const [urban, onStreet, inCommunity] = buildScenes(core, [street('甲街道', 107.1)], hotspot, [south]);
    expect(urban.area).toBeUndefined();
    expect(onStreet.area).toEqual(street('甲街道', 107.1).geometry);
    expect(inCommunity.area).toEqual(south.geometry);
    expect(buildScenes(null, [street('甲街道', 107.1)], hotspot).at(-1)!.area).toEqual(street('甲街道', 107.1).geometry);
    expect(buildScenes(null, [street('甲街道', 107.1)], [107.62, 31.02, 107.65, 31.05]).at(-1)!.area).toBeUndefined();
  });
});
