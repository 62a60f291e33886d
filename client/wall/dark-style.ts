import type { StyleSpecification } from 'maplibre-gl';
import { buildOfflineStyle, type BasemapData } from '../map/basemap/offline-style';

// Night colours for the offline base map, by layer id of buildOfflineStyle: the wall is dark, so that a lit
// room does not wash it out and the coloured overlays carry the meaning.
const darkPaint: Record<string, Record<string, unknown>> = {
  background: { 'background-color': '#060b14' },
  'district-fill': { 'fill-color': '#0e1828' },
  'street-fill': { 'fill-color': '#13213a', 'fill-opacity': 0.9 },
  'community-line': { 'line-color': '#2f4466' },
  'street-line': { 'line-color': '#4f6f9e', 'line-width': 2 },
  'district-halo': { 'line-color': '#1e90ff', 'line-width': 9, 'line-opacity': 0.35 },
  'district-line': { 'line-color': '#7cc4ff', 'line-width': 2.5 },
  'water-fill': { 'fill-color': '#0f3557' },
  waterway: { 'line-color': '#1d4f7c' },
  building: { 'fill-color': '#1a2942', 'fill-outline-color': '#24385a' },
  'road-casing': { 'line-color': '#0a1220' },
  road: { 'line-color': ['match', ['get', 'class'], 'primary', '#3c5f8f', 'secondary', '#2c4770', '#22385a'] },
  'water-name': { 'text-color': '#6fa8dc', 'text-halo-color': '#060b14' },
  'road-name': { 'text-color': '#a9bdd6', 'text-halo-color': '#060b14' },
  'compound-name': { 'text-color': '#8ea3bf', 'text-halo-color': '#060b14' },
};

/** The offline base map (client/map/basemap) in the wall's dark colours; same sources and layer ids. */
export function buildDarkStyle(data: BasemapData): StyleSpecification {
  const style = buildOfflineStyle(data);
  return {
    ...style,
    name: 'jingwang-wall-dark',
    layers: style.layers.map((l) => (darkPaint[l.id] ? ({ ...l, paint: { ...(l as { paint?: object }).paint, ...darkPaint[l.id] } } as typeof l) : l)),
  };
}
