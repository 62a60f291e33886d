import { describe, expect, it } from 'vitest';
import type { DistrictFeature, StreetCollection } from '../../api/feature-types';
import { buildOfflineStyle } from './offline-style';

const district: DistrictFeature = {
  type: 'Feature',
  geometry: { type: 'MultiPolygon', coordinates: [[[[107.4, 31.1], [107.6, 31.1], [107.6, 31.3], [107.4, 31.1]]]] },
  properties: { code: '511703', name: '达川区' },
};
const streets: StreetCollection = { type: 'FeatureCollection', features: [] };

describe('buildOfflineStyle', () => {
  it('refers to nothing off the machine: no glyphs, sprite or URL sources', () => {
    const style = buildOfflineStyle({ district, streets });
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
    for (const source of Object.values(style.sources)) expect(source.type).toBe('geojson');
  });

  it('draws every label in the shipped font, on the page, with no glyph server', () => {
    const style = buildOfflineStyle({});
    const symbols = style.layers.filter((l) => l.type === 'symbol');
    expect(symbols.map((l) => l.id)).toEqual(['water-name', 'road-name', 'compound-name']);
    for (const l of symbols) expect(String((l.layout as Record<string, unknown>)['text-font'])).toMatch(/^Noto Sans SC/);
    expect(style.glyphs).toBeUndefined();
  });

  it('draws roads over water and buildings, and names over everything', () => {
    const ids = buildOfflineStyle({}).layers.map((l) => l.id);
    expect(ids.indexOf('road')).toBeGreaterThan(ids.indexOf('water-fill'));
    expect(ids.indexOf('road')).toBeGreaterThan(ids.indexOf('building'));
    expect(ids.indexOf('road-name')).toBeGreaterThan(ids.indexOf('district-line'));
  });

  it('says the roads and water are demo data', () => {
    expect(JSON.stringify(buildOfflineStyle({}).sources)).toMatch(/演示数据/);
  });

  it('leaves compounds and buildings to be loaded from the app\'s own origin when a map reaches z15', () => {
    const style = buildOfflineStyle({});
    expect(style.sources.buildings).toMatchObject({ data: { type: 'FeatureCollection', features: [] } });
    expect(style.metadata).toEqual({
      'jingwang:lazy-sources': { compounds: { layer: 'compounds', minzoom: 15 }, buildings: { layer: 'buildings', minzoom: 15 } },
    });
    const building = style.layers.find((l) => l.id === 'building')!;
    expect(building.minzoom).toBeGreaterThanOrEqual(15);
  });

  it('draws buildings from the app\'s own vector tiles when given their TileJSON, and no longer loads them whole', () => {
    const tiles = 'http://127.0.0.1:8787/tiles/buildings.json';
    const style = buildOfflineStyle({ buildingTiles: tiles });
    expect(style.sources.buildings).toMatchObject({ type: 'vector', url: tiles });
    expect(JSON.stringify(style.sources.buildings)).toMatch(/演示数据/);
    expect(style.layers.find((l) => l.id === 'building')).toMatchObject({ source: 'buildings', 'source-layer': 'buildings' });
    expect(style.metadata).toEqual({ 'jingwang:lazy-sources': { compounds: { layer: 'compounds', minzoom: 15 } } });
  });

  it('carries the data inline and gives empty sources for what has not loaded', () => {
    const style = buildOfflineStyle({ district });
    expect(style.sources.district).toMatchObject({ data: district });
    expect(style.sources.communities).toMatchObject({ data: { type: 'FeatureCollection', features: [] } });
  });

  it('draws the district outline above the street and community lines', () => {
    const ids = buildOfflineStyle({}).layers.map((l) => l.id);
    expect(ids.indexOf('district-line')).toBeGreaterThan(ids.indexOf('street-line'));
    expect(ids.indexOf('street-line')).toBeGreaterThan(ids.indexOf('community-line'));
    expect(ids[0]).toBe('background');
  });
});
