import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { BundledStyleOptions } from './openmaptiles-style';
import { buildProtomapsStyle, PROTOMAPS_LAYERS_USED } from './protomaps-style';
import { GLYPHS_URL, MAP_FONT_BOLD, MAP_FONT_REGULAR } from './shipped-font';

// The layers of a Protomaps basemap, schema v4 (docs.protomaps.com/basemaps/layers).
const PROTOMAPS_V4_LAYERS = ['boundaries', 'buildings', 'earth', 'landcover', 'landuse', 'places', 'pois', 'roads', 'transit', 'water'];
const PROTOMAPS_V4_ROAD_KINDS = ['highway', 'major_road', 'minor_road', 'path', 'aerialway', 'ferry', 'pier', 'rail', 'aeroway'];

const options = (dark: boolean): BundledStyleOptions => ({ sourceUrl: { url: 'pmtiles:///api/basemap/package.pmtiles' }, dark, minzoom: 0, maxzoom: 15, attribution: '© OpenStreetMap contributors' });
type AnyLayer = LayerSpecification & { 'source-layer'?: string; layout?: Record<string, unknown>; paint?: Record<string, unknown>; filter?: unknown };
const layersOf = (dark: boolean) => buildProtomapsStyle(options(dark)).layers as AnyLayer[];

describe('buildProtomapsStyle', () => {
  it('passes the MapLibre style-spec validator, light and dark', () => {
    expect(validateStyleMin(buildProtomapsStyle(options(false)))).toEqual([]);
    expect(validateStyleMin(buildProtomapsStyle(options(true)))).toEqual([]);
  });

  it('reads only Protomaps v4 layers, and the road kinds v4 has', () => {
    const used = new Set(layersOf(false).map((l) => l['source-layer']).filter(Boolean));
    expect([...used].sort()).toEqual([...PROTOMAPS_LAYERS_USED].sort());
    for (const id of used) expect(PROTOMAPS_V4_LAYERS).toContain(id);
    const kinds = JSON.stringify(layersOf(false).filter((l) => l['source-layer'] === 'roads').map((l) => l.filter));
    for (const kind of ['highway', 'major_road', 'minor_road', 'path']) expect(kinds).toContain(`"${kind}"`);
    for (const kind of kinds.match(/"[a-z_]+_road"|"highway"|"path"/g) ?? []) expect(PROTOMAPS_V4_ROAD_KINDS).toContain(JSON.parse(kind));
  });

  it('sets every label in the shipped font, with glyphs from GLYPHS_URL, 11–16 px, no road names below z12', () => {
    const style = buildProtomapsStyle(options(true));
    expect(style.glyphs).toBe(GLYPHS_URL);
    for (const l of layersOf(true).filter((x) => x.type === 'symbol')) {
      expect([MAP_FONT_REGULAR, MAP_FONT_BOLD], l.id).toContainEqual(l.layout!['text-font']);
      const size = l.layout!['text-size'] as unknown[];
      for (const px of size.slice(3).filter((_, k) => k % 2 === 1) as number[]) expect(px >= 11 && px <= 16).toBe(true);
      if (l['source-layer'] === 'roads') expect(l.minzoom).toBeGreaterThanOrEqual(12);
    }
  });

  it('draws land over a water background and buildings from z14', () => {
    const layers = layersOf(false);
    expect(layers[0].type).toBe('background');
    expect(layers[1]['source-layer']).toBe('earth');
    expect(layers.find((l) => l['source-layer'] === 'buildings')!.minzoom).toBe(14);
  });
});
