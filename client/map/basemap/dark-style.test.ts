import { describe, expect, it } from 'vitest';
import { buildOfflineStyle } from './offline-style';
import { blendOver, buildDarkStyle, wallLandRgb, wallMinLabelPx } from './dark-style';

describe('buildDarkStyle', () => {
  it('keeps the offline style\'s sources and layers and darkens the background', () => {
    const light = buildOfflineStyle({});
    const dark = buildDarkStyle({});
    expect(dark.layers.map((l) => l.id)).toEqual(light.layers.map((l) => l.id));
    expect(Object.keys(dark.sources)).toEqual(Object.keys(light.sources));
    expect((dark.layers[0] as unknown as { paint: Record<string, string> }).paint['background-color']).toBe('#060b14');
  });
  it('leaves no source for the map shell to fill later: the buildings stay off the wall', () => {
    expect(buildOfflineStyle({}).metadata).toHaveProperty(['jingwang:lazy-sources', 'buildings']);
    expect(buildDarkStyle({}).metadata).toBeUndefined();
    // Given the building tiles (the wall loads the same base-map data as the map), the wall still draws none.
    const tiled = buildDarkStyle({ buildingTiles: 'http://127.0.0.1:8787/tiles/buildings.json' });
    expect(tiled.sources.buildings).toMatchObject({ type: 'geojson', data: { features: [] } });
    expect(JSON.stringify(tiled)).not.toMatch(/https?:/);
  });
  it('draws every label at 16 px or more at each zoom stop, larger than the desk map’s, which is read from a chair', () => {
    // A size is a number or a linear interpolation over zoom: the outputs are its odd entries from the fourth on.
    const sizes = (size: unknown): number[] => (typeof size === 'number' ? [size] : (size as unknown[]).slice(3).filter((_, i) => i % 2 === 1) as number[]);
    const labels = (style: ReturnType<typeof buildOfflineStyle>) => style.layers.filter((l) => l.type === 'symbol').map((l) => ({ id: l.id, sizes: sizes((l.layout as Record<string, unknown>)['text-size']) }));
    const dark = labels(buildDarkStyle({}));
    const desk = labels(buildOfflineStyle({}));
    expect(dark.map((l) => l.id)).toEqual(['water-name', 'road-name', 'compound-name']);
    for (const [i, label] of dark.entries()) {
      expect(label.sizes.length, label.id).toBeGreaterThan(0);
      for (const [j, px] of label.sizes.entries()) {
        expect(px, label.id).toBeGreaterThanOrEqual(wallMinLabelPx);
        expect(px, label.id).toBeGreaterThan(desk[i].sizes[j]);
      }
    }
  });
  it('needs nothing off the machine: no glyphs, sprite or tile URLs', () => {
    const json = JSON.stringify(buildDarkStyle({}));
    expect(json).not.toMatch(/https?:/);
  });
});

describe('blendOver', () => {
  it('composites a colour at an opacity over an opaque base, per channel', () => {
    expect(blendOver([255, 255, 178], 0.8, [18, 32, 56])).toEqual([208, 210, 154]);
    expect(blendOver([10, 20, 30], 1, [200, 200, 200])).toEqual([10, 20, 30]);
    expect(blendOver([10, 20, 30], 0, [200, 200, 200])).toEqual([200, 200, 200]);
  });
  it('gives the land inside the streets as the style draws it: the streets\' fill over the district\'s', () => {
    const paint = (id: string) => (buildDarkStyle({}).layers.find((l) => l.id === id) as unknown as { paint: Record<string, string | number> }).paint;
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const street = paint('street-fill');
    expect(wallLandRgb).toEqual(blendOver(rgb(street['fill-color'] as string), street['fill-opacity'] as number, rgb(paint('district-fill')['fill-color'] as string)));
  });
});
