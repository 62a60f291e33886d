import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
  LANDCOVER_CLASSES,
  OPENMAPTILES_FIELDS,
  OPENMAPTILES_LAYERS,
  PLACE_CLASSES,
  TRANSPORTATION_CLASSES,
  WATER_CLASSES,
  WATERWAY_CLASSES,
  type OpenMapTilesLayer,
} from '../../../core/basemap/openmaptiles-schema';
import { buildOpenMapTilesStyle, type BundledStyleOptions } from './openmaptiles-style';
import { GLYPHS_URL, MAP_FONT_BOLD, MAP_FONT_REGULAR } from './shipped-font';

const options = (dark: boolean, sourceUrl: BundledStyleOptions['sourceUrl'] = { tiles: ['/api/basemap/tiles/{z}/{x}/{y}'] }): BundledStyleOptions => ({
  sourceUrl,
  dark,
  minzoom: 8,
  maxzoom: 14,
  attribution: '© OpenStreetMap contributors (ODbL)',
});
const variants = [options(false), options(true), options(false, { url: 'pmtiles:///api/basemap/package.pmtiles' }), options(true, { url: 'pmtiles:///x.pmtiles' })];

type AnyLayer = LayerSpecification & { 'source-layer'?: string; layout?: Record<string, unknown>; paint?: Record<string, unknown>; filter?: unknown };
const layersOf = (style: StyleSpecification) => style.layers as AnyLayer[];
const symbols = (style: StyleSpecification) => layersOf(style).filter((l) => l.type === 'symbol');

/** Every property a layer's filter, layout and paint read (['get', x], ['has', x]). */
function fieldsRead(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    if ((value[0] === 'get' || value[0] === 'has') && typeof value[1] === 'string' && value.length === 2) into.add(value[1]);
    for (const v of value) fieldsRead(v, into);
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) fieldsRead(v, into);
  return into;
}

/** The class values a layer compares ['get', 'class'] with, in `match` labels and `in` literals. */
function classValues(value: unknown, into = new Set<string>()): Set<string> {
  if (!Array.isArray(value)) {
    if (value && typeof value === 'object') for (const v of Object.values(value)) classValues(v, into);
    return into;
  }
  const isClass = (v: unknown) => Array.isArray(v) && v[0] === 'get' && v[1] === 'class';
  if (value[0] === 'match' && isClass(value[1])) {
    for (let k = 2; k < value.length - 1; k += 2) [value[k]].flat().forEach((label) => into.add(String(label)));
  }
  if (value[0] === 'in' && isClass(value[1]) && Array.isArray(value[2]) && value[2][0] === 'literal') (value[2][1] as string[]).forEach((c) => into.add(c));
  for (const v of value) classValues(v, into);
  return into;
}

const classesOf: Partial<Record<OpenMapTilesLayer, readonly string[]>> = {
  landcover: LANDCOVER_CLASSES,
  water: WATER_CLASSES,
  waterway: WATERWAY_CLASSES,
  transportation: TRANSPORTATION_CLASSES,
  transportation_name: TRANSPORTATION_CLASSES,
  place: PLACE_CLASSES,
};

/** The numbers a text-size gives at its zoom stops (or the constant). */
function textSizes(size: unknown): number[] {
  if (typeof size === 'number') return [size];
  if (Array.isArray(size) && size[0] === 'interpolate') return size.slice(3).filter((_, k) => k % 2 === 1) as number[];
  throw new Error(`unexpected text-size ${JSON.stringify(size)}`);
}

describe('buildOpenMapTilesStyle', () => {
  it('passes the MapLibre style-spec validator, light and dark, with tile URLs or a TileJSON URL', () => {
    for (const o of variants) expect(validateStyleMin(buildOpenMapTilesStyle(o))).toEqual([]);
  });

  it('reads one vector source, as given', () => {
    const style = buildOpenMapTilesStyle(options(false));
    expect(style.sources).toEqual({
      basemap: { type: 'vector', tiles: ['/api/basemap/tiles/{z}/{x}/{y}'], minzoom: 8, maxzoom: 14, attribution: '© OpenStreetMap contributors (ODbL)' },
    });
    expect(buildOpenMapTilesStyle(options(true, { url: 'pmtiles:///x.pmtiles' })).sources.basemap).toMatchObject({ url: 'pmtiles:///x.pmtiles' });
  });

  it('uses only the layers, fields and classes that npm run basemap writes', () => {
    for (const o of variants) {
      for (const layer of layersOf(buildOpenMapTilesStyle(o))) {
        if (layer.type === 'background') continue;
        const sourceLayer = layer['source-layer'] as OpenMapTilesLayer;
        expect(OPENMAPTILES_LAYERS, layer.id).toContain(sourceLayer);
        const { filter, layout, paint } = layer;
        for (const field of fieldsRead([filter, layout, paint])) expect(Object.keys(OPENMAPTILES_FIELDS[sourceLayer]), `${layer.id} reads ${field}`).toContain(field);
        for (const c of classValues([filter, layout, paint])) expect(classesOf[sourceLayer], `${layer.id} class ${c}`).toContain(c);
      }
    }
  });

  it('draws every layer the builder writes', () => {
    const used = new Set(layersOf(buildOpenMapTilesStyle(options(false))).map((l) => l['source-layer']));
    expect([...OPENMAPTILES_LAYERS].filter((l) => !used.has(l))).toEqual([]);
  });

  it('sets every label in the shipped font, with glyphs from GLYPHS_URL', () => {
    for (const o of variants) {
      const style = buildOpenMapTilesStyle(o);
      expect(style.glyphs).toBe(GLYPHS_URL);
      for (const l of symbols(style)) expect([MAP_FONT_REGULAR, MAP_FONT_BOLD], l.id).toContainEqual(l.layout!['text-font']);
      expect(symbols(style).some((l) => l.layout!['text-font'] === MAP_FONT_BOLD)).toBe(true);
    }
  });

  it('keeps labels readable: 11–16 px with a halo, line labels 300 px apart, none but places below z12', () => {
    for (const l of symbols(buildOpenMapTilesStyle(options(true)))) {
      for (const size of textSizes(l.layout!['text-size'])) expect(size >= 11 && size <= 16, `${l.id} ${size} px`).toBe(true);
      expect(l.paint!['text-halo-width']).toBeGreaterThan(1);
      if (l.layout!['symbol-placement'] === 'line') expect(l.layout!['symbol-spacing']).toBeGreaterThanOrEqual(250);
      if (l['source-layer'] !== 'place') expect(l.minzoom ?? 0, l.id).toBeGreaterThanOrEqual(12);
    }
  });

  it('draws buildings from z14, and road casings under the roads', () => {
    const layers = layersOf(buildOpenMapTilesStyle(options(false)));
    expect(layers.find((l) => l['source-layer'] === 'building')!.minzoom).toBe(14);
    const ids = layers.map((l) => l.id);
    expect(ids.indexOf('road-casing')).toBeLessThan(ids.indexOf('road'));
    expect(ids.indexOf('road')).toBeLessThan(ids.indexOf('road-label'));
    const width = layers.find((l) => l.id === 'road')!.paint!['line-width'] as unknown[];
    expect(width.slice(0, 3)).toEqual(['interpolate', ['exponential', 1.5], ['zoom']]);
  });

  it('gives the wall a dark navy background with light labels, and desks a light one', () => {
    const background = (dark: boolean) => layersOf(buildOpenMapTilesStyle(options(dark)))[0].paint!['background-color'] as string;
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const [r, g, b] = rgb(background(true));
    expect(r + g + b).toBeLessThan(120);
    expect(b).toBeGreaterThan(r);
    expect(rgb(background(false)).every((v) => v > 200)).toBe(true);
    const label = symbols(buildOpenMapTilesStyle(options(true))).find((l) => l.id === 'road-label')!.paint!['text-color'] as string;
    expect(rgb(label).reduce((a, v) => a + v, 0)).toBeGreaterThan(450);
  });

  it('gives each layer a unique id', () => {
    const ids = layersOf(buildOpenMapTilesStyle(options(false))).map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
