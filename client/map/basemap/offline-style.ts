import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { CommunityCollection, DistrictFeature, StreetCollection } from '../../api/feature-types';
import type { CompoundCollection, RoadCollection, WaterCollection } from './basemap-feature-types';
import { LAZY_SOURCES_KEY, type LazySources } from './lazy-sources';
import { MAP_FONT_BOLD, MAP_FONT_REGULAR } from './shipped-font';

export interface BasemapData {
  district?: DistrictFeature;
  streets?: StreetCollection;
  communities?: CommunityCollection;
  roads?: RoadCollection;
  water?: WaterCollection;
  /** Given, compounds are drawn from it; absent, the map loads them itself at z15 (lazy-sources.ts). */
  compounds?: CompoundCollection;
  /**
   * The TileJSON of the building tiles (/tiles/buildings.json, absolute): footprints come tile by tile for the view.
   * Absent, the map loads every footprint of the district as one GeoJSON at z15 (lazy-sources.ts) — the path the
   * tiles replaced, kept as the baseline `npm run bench -- map-tiles` measures them against.
   */
  buildingTiles?: string;
}

// Thousands of polygons drawn only at street zoom: left empty until a map gets there.
const lazySources = {
  compounds: { layer: 'compounds', minzoom: 15 },
  buildings: { layer: 'buildings', minzoom: 15 },
} satisfies LazySources;

// Quiet colours: the base map is the paper the overlays are drawn on.
export const basemapColours = {
  background: '#e4e8ec', // outside the district
  district: '#f6f4ee',
  districtLine: '#4f5966',
  districtHalo: '#ffffff',
  street: '#efe9dc',
  streetLine: '#8a8172',
  communityLine: '#b5ad9e',
  water: '#a9cbe8',
  waterLine: '#7eb0dc',
  waterText: '#2f6296',
  building: '#dcd5c8',
  buildingLine: '#c4bbab',
  roadCasing: '#c9c1b2',
  primary: '#f3d9a0',
  secondary: '#fbf4e2',
  residential: '#ffffff',
  roadText: '#3d4653',
  compoundText: '#6b6358',
  textHalo: '#ffffff',
} as const;

const emptyCollection = { type: 'FeatureCollection' as const, features: [] };

/** The lazy sources a style keeps: those whose data neither came with it nor comes as tiles. */
function lazySourcesFor(wanted: Record<keyof typeof lazySources, boolean>): LazySources {
  return Object.fromEntries(Object.entries(lazySources).filter(([id]) => wanted[id as keyof typeof lazySources]));
}
export const DEMO_ATTRIBUTION = '道路、水系、小区、楼栋为演示数据（生成） · 行政区划：DataV（阿里云）';

const byClass = (primary: number, secondary: number, residential: number): ExpressionSpecification =>
  ['match', ['get', 'class'], 'primary', primary, 'secondary', secondary, residential];

// Road widths in pixels by zoom: thin lines at the wall's district scene, streets you can follow at z15+.
const roadWidth: ExpressionSpecification = ['interpolate', ['exponential', 1.6], ['zoom'], 11, byClass(1.4, 0.7, 0.3), 14, byClass(4, 2.5, 1.2), 17, byClass(16, 11, 7)];
const casingWidth: ExpressionSpecification = ['interpolate', ['exponential', 1.6], ['zoom'], 11, byClass(2.2, 1.2, 0.5), 14, byClass(5.5, 3.8, 2), 17, byClass(19, 13.5, 9)];

/**
 * A MapLibre style drawn only from our own data, served from the app's own origin: district, streets and
 * communities, water, roads by class with their names, and, from z15, compounds and building footprints (loaded
 * when a map first gets there). No glyphs
 * or sprite: labels are drawn on the page in the shipped font (shipped-font.ts). Street and community names
 * are drawn by deck.gl (label-layer.ts) above the overlays. Missing data gives empty sources, so the same style
 * can be diffed in place when the data arrives.
 */
export function buildOfflineStyle({ district, streets, communities, roads, water, compounds, buildingTiles }: BasemapData): StyleSpecification {
  const c = basemapColours;
  const line = (id: string, source: string, paint: Record<string, unknown>, extra: Partial<LayerSpecification> = {}) =>
    ({ id, type: 'line', source, paint, layout: { 'line-join': 'round', 'line-cap': 'round' }, ...extra }) as LayerSpecification;
  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': c.background } },
    { id: 'district-fill', type: 'fill', source: 'district', paint: { 'fill-color': c.district } },
    { id: 'street-fill', type: 'fill', source: 'streets', paint: { 'fill-color': c.street, 'fill-opacity': 0.9 } },
    { id: 'water-fill', type: 'fill', source: 'water', filter: ['!=', ['get', 'kind'], 'river'], paint: { 'fill-color': c.water } },
    line('waterway', 'water', { 'line-color': c.waterLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1, 14, 2] }, { filter: ['==', ['get', 'kind'], 'river'], maxzoom: 13 }),
    { id: 'community-line', type: 'line', source: 'communities', paint: { 'line-color': c.communityLine, 'line-width': 0.8, 'line-dasharray': [3, 2] } },
    { id: 'street-line', type: 'line', source: 'streets', paint: { 'line-color': c.streetLine, 'line-width': 1.6 } },
    { id: 'building', type: 'fill', source: 'buildings', ...(buildingTiles ? { 'source-layer': 'buildings' } : {}), minzoom: 15, paint: { 'fill-color': c.building, 'fill-outline-color': c.buildingLine, 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 15, 0.4, 16, 1] } },
    line('road-casing', 'roads', { 'line-color': c.roadCasing, 'line-width': casingWidth }, { minzoom: 12 }),
    line('road', 'roads', { 'line-color': byClass(c.primary as never, c.secondary as never, c.residential as never) as never, 'line-width': roadWidth }),
    { id: 'district-halo', type: 'line', source: 'district', paint: { 'line-color': c.districtHalo, 'line-width': 7, 'line-opacity': 0.7 } },
    { id: 'district-line', type: 'line', source: 'district', paint: { 'line-color': c.districtLine, 'line-width': 2.2 } },
    {
      id: 'water-name', type: 'symbol', source: 'water', minzoom: 11, filter: ['==', ['get', 'kind'], 'river'],
      layout: { 'symbol-placement': 'line', 'symbol-spacing': 500, 'text-field': ['get', 'name'], 'text-font': MAP_FONT_REGULAR, 'text-size': 13, 'text-letter-spacing': 0.3 },
      paint: { 'text-color': c.waterText, 'text-halo-color': c.textHalo, 'text-halo-width': 1.5 },
    },
    {
      id: 'road-name', type: 'symbol', source: 'roads',
      // Main roads from z12 (the wall's street scenes), secondary from z14, residential lanes carry no names.
      filter: ['all', ['to-boolean', ['get', 'name']], ['any', ['==', ['get', 'class'], 'primary'], ['>=', ['zoom'], 14]]],
      minzoom: 12,
      layout: {
        'symbol-placement': 'line', 'symbol-spacing': 350, 'text-field': ['get', 'name'], 'text-font': MAP_FONT_REGULAR,
        'text-size': ['interpolate', ['linear'], ['zoom'], 12, 11, 16, 14], 'text-max-angle': 30, 'text-padding': 4,
      },
      paint: { 'text-color': c.roadText, 'text-halo-color': c.textHalo, 'text-halo-width': 1.6 },
    },
    {
      id: 'compound-name', type: 'symbol', source: 'compounds', minzoom: 16,
      layout: { 'text-field': ['get', 'name'], 'text-font': MAP_FONT_BOLD, 'text-size': 12, 'text-padding': 6 },
      paint: { 'text-color': c.compoundText, 'text-halo-color': c.textHalo, 'text-halo-width': 1.4 },
    },
  ];
  const demo = { attribution: DEMO_ATTRIBUTION };
  return {
    version: 8,
    name: 'jingwang-offline',
    sources: {
      district: { type: 'geojson', data: district ?? emptyCollection },
      streets: { type: 'geojson', data: streets ?? emptyCollection },
      communities: { type: 'geojson', data: communities ?? emptyCollection },
      water: { type: 'geojson', data: water ?? emptyCollection, ...demo },
      roads: { type: 'geojson', data: roads ?? emptyCollection },
      compounds: { type: 'geojson', data: compounds ?? emptyCollection },
      // The TileJSON gives the zooms (to z16; MapLibre overzooms deeper) and the data version in the tile URLs.
      buildings: buildingTiles ? { type: 'vector', url: buildingTiles, ...demo } : { type: 'geojson', data: emptyCollection },
    },
    metadata: { [LAZY_SOURCES_KEY]: lazySourcesFor({ compounds: !compounds, buildings: !buildingTiles }) },
    layers,
  };
}
