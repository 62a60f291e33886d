import { GeoJsonLayer } from '@deck.gl/layers';
import type { GridCollection, GridProperties } from '../../api/feature-types';
import { householdColour, type Rgba } from './colour-scales';
import type { MapTheme } from './map-theme';
import { areaOutlineLayer } from './area-outline-layer';

export interface GridFillInput {
  grids: GridCollection;
  visible?: boolean;
  /** The fill of a grid (e.g. gridColourOf in grid-colouring.ts); households when not given. */
  fill?: { colourOf: (p: GridProperties) => Rgba; /** changes whenever colourOf would answer differently (compared item by item when an array) */ key: unknown };
  /** A click on a grid, with its code (the dashboard opens the grid's page). */
  onClick?: (code: string) => void;
  /** 0–1, over the fill colours' own alpha (a uniform: changing it rebuilds nothing). */
  opacity?: number;
  /** 'night' (the wall): inert, thin dark outlines between the fills. */
  theme?: MapTheme;
  /** False: only the outlines (on the night map lighter, so they still read). */
  filled?: boolean;
}

// Night outlines: dark between fills, lighter blue when the grids are only outlined.
const nightLineFilled: Rgba = [10, 20, 35, 200];
const nightLineBare: Rgba = [80, 110, 150, 200];

/** The grids' outline colour: white on the day map; on the night map (the wall) dark, or lighter when not filled. */
function gridLineColour(theme: MapTheme, filled: boolean): Rgba {
  if (theme !== 'night') return [255, 255, 255, 220];
  return filled ? nightLineFilled : nightLineBare;
}

/**
 * Grids, bottom to top: filled by household count on the sequential household scale (or by `fill`), pickable on the
 * day map and inert on the night map (the wall); then their outlines, 1 px (see areaOutlineLayer for why a layer of
 * their own). Both go into the layer list; both follow `visible` and `opacity`.
 */
export function gridLayers({ grids, visible = true, fill, onClick, opacity = 1, theme = 'day', filled = true }: GridFillInput) {
  const night = theme === 'night';
  const fillLayer = new GeoJsonLayer<GridProperties>({
    id: 'grid-fill',
    data: grids,
    visible,
    opacity,
    pickable: !night,
    autoHighlight: !night,
    highlightColor: [255, 255, 255, 90],
    filled,
    stroked: false,
    getFillColor: fill ? (f) => fill.colourOf(f.properties) : (f) => householdColour(f.properties.households, 170),
    updateTriggers: { getFillColor: fill?.key ?? 'households' },
    onClick: onClick ? (info) => (info.object ? (onClick(info.object.properties.code), true) : false) : undefined,
  });
  return [fillLayer, areaOutlineLayer({ id: 'grid-outline', areas: grids, colour: gridLineColour(theme, filled), visible, opacity })];
}
