import type { StyleSpecification } from 'maplibre-gl';
import { buildOfflineStyle, type BasemapData } from './offline-style';

// The land the urban grids lie on: the streets' fill over the district's (the grids' swatches are blended over it).
const districtFillColour = '#0e1828';
const streetFillColour = '#13213a';
const streetFillOpacity = 0.9;

// Night colours for the offline base map, by layer id of buildOfflineStyle: the wall is dark, so that a lit
// room does not wash it out and the coloured overlays carry the meaning.
const darkPaint: Record<string, Record<string, unknown>> = {
  background: { 'background-color': '#060b14' },
  'district-fill': { 'fill-color': districtFillColour },
  'street-fill': { 'fill-color': streetFillColour, 'fill-opacity': streetFillOpacity },
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

// Label sizes on the wall, by layer id: it is read from across the command room, so its names are about 1.4 times
// the desk map's (11–14 px there), never under 16 px at the wall's 1920 × 1080 stage.
const darkTextSize: Record<string, unknown> = {
  'water-name': 18,
  'road-name': ['interpolate', ['linear'], ['zoom'], 12, 16, 16, 20],
  'compound-name': 17,
};

/** The smallest label size the wall's base map draws, in px of its 1920 × 1080 stage. */
export const wallMinLabelPx = 16;

function rgbOfHex(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** What a viewer sees of `rgb` drawn at `opacity` (0–1) over the opaque `base`, per channel rounded: source-over compositing. */
export function blendOver(rgb: readonly number[], opacity: number, base: readonly number[]): [number, number, number] {
  return [0, 1, 2].map((i) => Math.round(rgb[i] * opacity + base[i] * (1 - opacity))) as [number, number, number];
}

/** The colour of the land inside the urban streets on the wall's dark base map, RGB 0–255. */
export const wallLandRgb = blendOver(rgbOfHex(streetFillColour), streetFillOpacity, rgbOfHex(districtFillColour));

/**
 * The offline base map (client/map/basemap) in the wall's dark colours; same sources and layer ids. Without the
 * lazy sources (lazy-sources.ts) or the building tiles: the map shell would fill the building footprints once a scene zooms in far
 * enough, and the grid fills' legend swatches are blended over bare land (wallLandRgb), not over buildings.
 */
export function buildDarkStyle(data: BasemapData): StyleSpecification {
  const { metadata: _lazySources, ...style } = buildOfflineStyle({ ...data, buildingTiles: undefined });
  return {
    ...style,
    name: 'jingwang-wall-dark',
    layers: style.layers.map((l) => {
      const paint = darkPaint[l.id] ? { paint: { ...(l as { paint?: object }).paint, ...darkPaint[l.id] } } : {};
      const layout = l.id in darkTextSize ? { layout: { ...(l as { layout?: object }).layout, 'text-size': darkTextSize[l.id] } } : {};
      return { ...l, ...paint, ...layout } as typeof l;
    }),
  };
}
