import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import {
  BASEMAP_SOURCE_ID,
  basemapSource,
  bundledPalettes,
  labelPaint,
  lineLabelLayout,
  roadColour,
  roadRank,
  roadWidth,
  type BundledPalette,
  type BundledStyleOptions,
} from './openmaptiles-style';
import { GLYPHS_URL, MAP_FONT_BOLD, MAP_FONT_REGULAR } from './shipped-font';

/** The layers of a Protomaps basemap (v4, docs.protomaps.com/basemaps/layers) that this style reads. */
export const PROTOMAPS_LAYERS_USED = ['earth', 'landuse', 'water', 'buildings', 'roads', 'places'] as const;
type ProtomapsLayer = (typeof PROTOMAPS_LAYERS_USED)[number];
type PmLayer = LayerSpecification & { 'source-layer'?: ProtomapsLayer };

const kind: ExpressionSpecification = ['get', 'kind'];
const detail: ExpressionSpecification = ['get', 'kind_detail'];
// Protomaps' road kinds mapped onto the OpenMapTiles classes the shared widths and colours know.
const roadClass: ExpressionSpecification = [
  'match',
  kind,
  'highway',
  'motorway',
  'major_road',
  ['match', detail, ['trunk', 'trunk_link'], 'trunk', ['primary', 'primary_link'], 'primary', ['secondary', 'secondary_link'], 'secondary', 'tertiary'],
  'minor_road',
  ['match', detail, ['service', 'driveway', 'parking_aisle', 'alley'], 'service', 'minor'],
  'path',
  'path',
  'other',
];
const name: ExpressionSpecification = ['coalesce', ['get', 'name:zh'], ['get', 'name']];
const carRoads: ExpressionSpecification = ['in', kind, ['literal', ['highway', 'major_road', 'minor_road']]];
const tunnelOpacity: ExpressionSpecification = ['case', ['boolean', ['get', 'is_tunnel'], false], 0.5, 1];
const isPolygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];

function areaLayers(p: BundledPalette): PmLayer[] {
  const source = BASEMAP_SOURCE_ID;
  return [
    { id: 'background', type: 'background', paint: { 'background-color': p.water } },
    { id: 'earth', type: 'fill', source, 'source-layer': 'earth', paint: { 'fill-color': p.background } },
    {
      id: 'landuse-green',
      type: 'fill',
      source,
      'source-layer': 'landuse',
      filter: ['in', kind, ['literal', ['park', 'garden', 'grass', 'meadow', 'forest', 'wood', 'golf_course', 'nature_reserve', 'national_park', 'recreation_ground', 'beach', 'sand']]],
      paint: { 'fill-color': ['match', kind, ['forest', 'wood'], p.wood, ['beach', 'sand'], p.sand, p.grass], 'fill-opacity': 0.9 },
    },
    { id: 'water', type: 'fill', source, 'source-layer': 'water', filter: isPolygon, paint: { 'fill-color': p.water } },
    {
      id: 'waterway',
      type: 'line',
      source,
      'source-layer': 'water',
      filter: ['==', ['geometry-type'], 'LineString'],
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': p.waterLine, 'line-width': ['interpolate', ['exponential', 1.4], ['zoom'], 8, 0.5, 14, ['match', detail, ['river', 'canal'], 3, 1], 18, ['match', detail, ['river', 'canal'], 8, 3]] },
    },
    {
      id: 'building',
      type: 'fill',
      source,
      'source-layer': 'buildings',
      minzoom: 14,
      paint: { 'fill-color': p.building, 'fill-outline-color': p.buildingLine, 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 14, 0.6, 16, 1] },
    },
  ];
}

function roadLayers(p: BundledPalette): PmLayer[] {
  const source = BASEMAP_SOURCE_ID;
  const sortKey: ExpressionSpecification = ['-', 0, roadRank(roadClass)];
  return [
    {
      id: 'road-path',
      type: 'line',
      source,
      'source-layer': 'roads',
      minzoom: 14,
      filter: ['==', kind, 'path'],
      paint: { 'line-color': p.path, 'line-width': roadWidth(roadClass), 'line-dasharray': [2, 1.5], 'line-opacity': tunnelOpacity },
    },
    {
      id: 'road-casing',
      type: 'line',
      source,
      'source-layer': 'roads',
      minzoom: 11,
      filter: carRoads,
      layout: { 'line-cap': 'round', 'line-join': 'round', 'line-sort-key': sortKey },
      paint: { 'line-color': p.casing, 'line-width': roadWidth(roadClass, [0, 1, 1.5, 2, 3]), 'line-opacity': tunnelOpacity },
    },
    {
      id: 'road',
      type: 'line',
      source,
      'source-layer': 'roads',
      filter: carRoads,
      layout: { 'line-cap': 'round', 'line-join': 'round', 'line-sort-key': sortKey },
      paint: { 'line-color': roadColour(roadClass, p), 'line-width': roadWidth(roadClass), 'line-opacity': tunnelOpacity },
    },
  ];
}

function labelLayers(p: BundledPalette): PmLayer[] {
  const source = BASEMAP_SOURCE_ID;
  const placeLayout = (font: string[], sizes: [number, number]) => ({
    'text-field': name,
    'text-font': font,
    'text-size': ['interpolate', ['linear'], ['zoom'], 10, sizes[0], 16, sizes[1]] as ExpressionSpecification,
    'text-max-width': 8,
    'text-padding': 6,
    'symbol-sort-key': ['coalesce', ['get', 'min_zoom'], 20] as ExpressionSpecification,
  });
  return [
    {
      id: 'road-label',
      type: 'symbol',
      source,
      'source-layer': 'roads',
      minzoom: 12,
      filter: ['all', carRoads, ['has', 'name']],
      layout: { ...lineLabelLayout(name, [11, 14]), 'symbol-sort-key': roadRank(roadClass) },
      paint: labelPaint(p.label, p),
    },
    {
      id: 'road-label-path',
      type: 'symbol',
      source,
      'source-layer': 'roads',
      minzoom: 15,
      filter: ['all', ['==', kind, 'path'], ['has', 'name']],
      layout: lineLabelLayout(name, [11, 12]),
      paint: labelPaint(p.label, p),
    },
    {
      id: 'place-neighbourhood',
      type: 'symbol',
      source,
      'source-layer': 'places',
      minzoom: 12,
      filter: ['in', kind, ['literal', ['neighbourhood', 'macrohood']]],
      layout: { ...placeLayout(MAP_FONT_REGULAR, [11, 13]), 'text-letter-spacing': 0.05 },
      paint: labelPaint(p.label, p),
    },
    {
      id: 'place-locality',
      type: 'symbol',
      source,
      'source-layer': 'places',
      filter: ['==', kind, 'locality'],
      layout: placeLayout(MAP_FONT_BOLD, [13, 16]),
      paint: labelPaint(p.place, p),
    },
  ];
}

/**
 * The bundled MapLibre style for a Protomaps basemap package (schema v4: earth, landuse, water, buildings, roads,
 * places): the same look as the OpenMapTiles one (client/map/basemap/openmaptiles-style.ts) — land over a water
 * background, parks and woods, water and waterways, buildings from z14, roads by kind with casings and widths by
 * zoom, road names along the lines from z12, place names (name:zh first) as points. Every label names the shipped
 * font and `glyphs` is GLYPHS_URL, as in the OpenMapTiles one. `dark` gives the wall's colours.
 */
export function buildProtomapsStyle(o: BundledStyleOptions): StyleSpecification {
  const p = o.dark ? bundledPalettes.dark : bundledPalettes.light;
  return {
    version: 8,
    name: `jingwang-protomaps-${o.dark ? 'dark' : 'light'}`,
    ...(GLYPHS_URL ? { glyphs: GLYPHS_URL } : {}),
    sources: { [BASEMAP_SOURCE_ID]: basemapSource(o) },
    layers: [...areaLayers(p), ...roadLayers(p), ...labelLayers(p)],
  };
}
