import type { ExpressionSpecification, LayerSpecification, StyleSpecification, VectorSourceSpecification } from 'maplibre-gl';
import type { OpenMapTilesLayer } from '../../../core/basemap/openmaptiles-schema';
import { GLYPHS_URL, MAP_FONT_BOLD, MAP_FONT_REGULAR } from './shipped-font';

/** What a bundled vector style needs to know about the package it draws. */
export interface BundledStyleOptions {
  /** Tile URL templates, or a TileJSON URL (a `pmtiles://…` URL is one). */
  sourceUrl: { tiles: string[] } | { url: string };
  /** The command-center wall's colours: dark navy, muted roads, light labels. */
  dark: boolean;
  minzoom: number;
  maxzoom: number;
  attribution: string;
}

/** The id of the vector source in both bundled styles. */
export const BASEMAP_SOURCE_ID = 'basemap';

/** Colours of the bundled vector styles: light for desks, dark (after the wall's own dark style) for the wall. */
export const bundledPalettes = {
  light: {
    background: '#f3f1ec',
    grass: '#e2ebd3',
    wood: '#d6e4c6',
    sand: '#f1e9d2',
    water: '#b7d0e3',
    waterLine: '#9cbcd6',
    building: '#e3ddd3',
    buildingLine: '#d2c9bb',
    casing: '#cdc4b4',
    motorway: '#f3cf9a',
    primary: '#f8e2b4',
    road: '#ffffff',
    path: '#b9b0a2',
    label: '#4a4f57',
    waterLabel: '#4f7ea6',
    place: '#2b3038',
    halo: '#ffffff',
  },
  dark: {
    background: '#0b1628',
    grass: '#0f2123',
    wood: '#0e2222',
    sand: '#16202c',
    water: '#0f3557',
    waterLine: '#1d4f7c',
    building: '#1a2942',
    buildingLine: '#24385a',
    casing: '#0a1220',
    motorway: '#4a6a96',
    primary: '#3c5f8f',
    road: '#26406a',
    path: '#2f4466',
    label: '#a9bdd6',
    waterLabel: '#6fa8dc',
    place: '#dce7f5',
    halo: '#060b14',
  },
} as const;
export type BundledPalette = (typeof bundledPalettes)['light' | 'dark'];

/** Road classes the widths know, in drawing (and label priority) order, most important first. */
export const ROAD_RANK = ['motorway', 'trunk', 'primary', 'secondary', 'tertiary', 'minor', 'service', 'track', 'path'] as const;
type RoadClass = (typeof ROAD_RANK)[number];

// Road fill widths in pixels at zooms 8, 12, 14, 16, 18 (between them MapLibre interpolates exponentially).
const widthZooms = [8, 12, 14, 16, 18];
const fillWidths: Record<RoadClass, number[]> = {
  motorway: [1.2, 3, 6, 12, 24],
  trunk: [1, 2.6, 5.5, 11, 22],
  primary: [0.8, 2.2, 5, 10, 20],
  secondary: [0.5, 1.8, 4, 8.5, 17],
  tertiary: [0.3, 1.4, 3.2, 7, 14],
  minor: [0, 0.8, 2.4, 5.5, 12],
  service: [0, 0.4, 1.4, 3.5, 8],
  track: [0, 0.4, 1.4, 3.5, 8],
  path: [0, 0.5, 1, 1.5, 2.5],
};
// How much wider the casing is than the fill at the same zooms (both edges together).
const casingExtra = [0, 1, 1.5, 2, 3];

/**
 * A line width by road class and zoom: `roadClass` is an expression giving one of ROAD_RANK (the class field of
 * the schema, or a mapping onto it), `extra` a width added at each stop (a casing).
 */
export function roadWidth(roadClass: ExpressionSpecification, extra: number[] = [0, 0, 0, 0, 0]): ExpressionSpecification {
  const stops = widthZooms.flatMap((z, k) => [
    z,
    ['match', roadClass, ...ROAD_RANK.flatMap((c) => [c, fillWidths[c][k] + extra[k]]), fillWidths.minor[k] + extra[k]],
  ]);
  return ['interpolate', ['exponential', 1.5], ['zoom'], ...stops] as ExpressionSpecification;
}

/** The fill colour of a road class. */
export function roadColour(roadClass: ExpressionSpecification, p: BundledPalette): ExpressionSpecification {
  return ['match', roadClass, ['motorway', 'trunk'], p.motorway, 'primary', p.primary, p.road];
}

/** Lower first: the order roads are drawn in (a motorway over a lane) and their labels placed in (reversed). */
export function roadRank(roadClass: ExpressionSpecification): ExpressionSpecification {
  return ['match', roadClass, ...ROAD_RANK.flatMap((c, k) => [c, k]), ROAD_RANK.length] as ExpressionSpecification;
}

/** Text paint for labels: a halo in the background colour keeps them readable over roads and buildings. */
export function labelPaint(colour: string, p: BundledPalette) {
  return { 'text-color': colour, 'text-halo-color': p.halo, 'text-halo-width': 1.6, 'text-halo-blur': 0.5 };
}

/** Layout of a label along a line (roads, rivers): 11–14 px, repeated every 300 px at most. */
export function lineLabelLayout(text: ExpressionSpecification, sizes: [number, number]) {
  return {
    'symbol-placement': 'line' as const,
    'text-field': text,
    'text-font': MAP_FONT_REGULAR,
    'text-size': ['interpolate', ['linear'], ['zoom'], 12, sizes[0], 18, sizes[1]] as ExpressionSpecification,
    'symbol-spacing': 300,
    'text-max-angle': 30,
    'text-padding': 4,
  };
}

/** The vector source of a bundled style. */
export function basemapSource(o: BundledStyleOptions): VectorSourceSpecification {
  return { type: 'vector', ...o.sourceUrl, minzoom: o.minzoom, maxzoom: o.maxzoom, attribution: o.attribution };
}

const cls: ExpressionSpecification = ['get', 'class'];
const label: ExpressionSpecification = ['coalesce', ['get', 'name'], ['get', 'ref']];
type OmtLayer = LayerSpecification & { 'source-layer'?: OpenMapTilesLayer };

function areaLayers(p: BundledPalette): OmtLayer[] {
  const source = BASEMAP_SOURCE_ID;
  return [
    { id: 'background', type: 'background', paint: { 'background-color': p.background } },
    {
      id: 'landcover',
      type: 'fill',
      source,
      'source-layer': 'landcover',
      paint: { 'fill-color': ['match', cls, 'wood', p.wood, 'sand', p.sand, p.grass], 'fill-opacity': 0.9 },
    },
    { id: 'water', type: 'fill', source, 'source-layer': 'water', paint: { 'fill-color': p.water } },
    {
      id: 'waterway',
      type: 'line',
      source,
      'source-layer': 'waterway',
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': p.waterLine,
        'line-width': ['interpolate', ['exponential', 1.4], ['zoom'], 8, ['match', cls, 'river', 0.8, 0.2], 14, ['match', cls, 'river', 3, 'canal', 2, 1], 18, ['match', cls, 'river', 8, 'canal', 5, 3]],
      },
    },
    {
      id: 'building',
      type: 'fill',
      source,
      'source-layer': 'building',
      minzoom: 14,
      paint: { 'fill-color': p.building, 'fill-outline-color': p.buildingLine, 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 14, 0.6, 16, 1] },
    },
  ];
}

function roadLayers(p: BundledPalette): OmtLayer[] {
  const source = BASEMAP_SOURCE_ID;
  const notPath: ExpressionSpecification = ['!', ['in', cls, ['literal', ['path', 'track']]]];
  const tunnelOpacity: ExpressionSpecification = ['match', ['get', 'brunnel'], 'tunnel', 0.5, 1];
  return [
    {
      id: 'road-path',
      type: 'line',
      source,
      'source-layer': 'transportation',
      minzoom: 14,
      filter: ['in', cls, ['literal', ['path', 'track']]],
      paint: { 'line-color': p.path, 'line-width': roadWidth(cls), 'line-dasharray': [2, 1.5], 'line-opacity': tunnelOpacity },
    },
    {
      id: 'road-casing',
      type: 'line',
      source,
      'source-layer': 'transportation',
      minzoom: 11,
      filter: notPath,
      layout: { 'line-cap': 'round', 'line-join': 'round', 'line-sort-key': ['-', 0, roadRank(cls)] },
      paint: { 'line-color': p.casing, 'line-width': roadWidth(cls, casingExtra), 'line-opacity': tunnelOpacity },
    },
    {
      id: 'road',
      type: 'line',
      source,
      'source-layer': 'transportation',
      filter: notPath,
      layout: { 'line-cap': 'round', 'line-join': 'round', 'line-sort-key': ['-', 0, roadRank(cls)] },
      paint: { 'line-color': roadColour(cls, p), 'line-width': roadWidth(cls), 'line-opacity': tunnelOpacity },
    },
  ];
}

function labelLayers(p: BundledPalette): OmtLayer[] {
  const source = BASEMAP_SOURCE_ID;
  const placeText: ExpressionSpecification = ['get', 'name'];
  const placeLayout = (font: string[], sizes: [number, number]) => ({
    'text-field': placeText,
    'text-font': font,
    'text-size': ['interpolate', ['linear'], ['zoom'], 10, sizes[0], 16, sizes[1]] as ExpressionSpecification,
    'text-max-width': 8,
    'text-padding': 6,
    'symbol-sort-key': ['get', 'rank'] as ExpressionSpecification,
  });
  return [
    {
      id: 'waterway-label',
      type: 'symbol',
      source,
      'source-layer': 'waterway',
      minzoom: 13,
      filter: ['has', 'name'],
      layout: lineLabelLayout(['get', 'name'], [11, 13]),
      paint: labelPaint(p.waterLabel, p),
    },
    {
      id: 'road-label',
      type: 'symbol',
      source,
      'source-layer': 'transportation_name',
      minzoom: 12,
      filter: ['!', ['in', cls, ['literal', ['path', 'track', 'service']]]],
      layout: { ...lineLabelLayout(label, [11, 14]), 'symbol-sort-key': roadRank(cls) },
      paint: labelPaint(p.label, p),
    },
    {
      id: 'road-label-minor',
      type: 'symbol',
      source,
      'source-layer': 'transportation_name',
      minzoom: 15,
      filter: ['in', cls, ['literal', ['path', 'track', 'service']]],
      layout: lineLabelLayout(label, [11, 12]),
      paint: labelPaint(p.label, p),
    },
    {
      id: 'place-neighbourhood',
      type: 'symbol',
      source,
      'source-layer': 'place',
      minzoom: 13,
      filter: ['in', cls, ['literal', ['quarter', 'neighbourhood']]],
      layout: { ...placeLayout(MAP_FONT_REGULAR, [11, 13]), 'text-letter-spacing': 0.05 },
      paint: labelPaint(p.label, p),
    },
    {
      id: 'place-suburb',
      type: 'symbol',
      source,
      'source-layer': 'place',
      minzoom: 10,
      filter: ['in', cls, ['literal', ['suburb', 'village']]],
      layout: { ...placeLayout(MAP_FONT_REGULAR, [12, 14]), 'text-letter-spacing': 0.05 },
      paint: labelPaint(p.place, p),
    },
    {
      id: 'place-town',
      type: 'symbol',
      source,
      'source-layer': 'place',
      filter: ['in', cls, ['literal', ['city', 'town']]],
      layout: placeLayout(MAP_FONT_BOLD, [13, 16]),
      paint: labelPaint(p.place, p),
    },
  ];
}

/**
 * The bundled MapLibre style for an OpenMapTiles-schema package, such as `npm run basemap` writes (see
 * core/basemap/openmaptiles-schema.ts): land, landcover, water and waterways, buildings from z14, roads by class
 * with casings and widths by zoom (paths dashed from z14), road names along the lines from z12, place names as
 * points. Every label names the shipped font (MAP_FONT_REGULAR / MAP_FONT_BOLD) and `glyphs` is GLYPHS_URL, so the
 * map needs nothing off the machine. `dark` gives the wall's colours. Uses only the layers and fields our builder
 * writes, which any OpenMapTiles package has.
 */
export function buildOpenMapTilesStyle(o: BundledStyleOptions): StyleSpecification {
  const p = o.dark ? bundledPalettes.dark : bundledPalettes.light;
  return {
    version: 8,
    name: `jingwang-openmaptiles-${o.dark ? 'dark' : 'light'}`,
    ...(GLYPHS_URL ? { glyphs: GLYPHS_URL } : {}), // none now: MapLibre draws the shipped font itself (shipped-font.ts)
    sources: { [BASEMAP_SOURCE_ID]: basemapSource(o) },
    layers: [...areaLayers(p), ...roadLayers(p), ...labelLayers(p)],
  };
}
