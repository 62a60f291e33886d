import { GeoJsonLayer } from '@deck.gl/layers';
import type { GridCollection, GridProperties } from '../../api/feature-types';
import { householdColour, type Rgba } from './colour-scales';
import type { MapTheme } from './map-theme';

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

/**
 * Grids filled by household count on the sequential household scale (or by `fill`), with thin outlines, 1 px: white
 * and pickable on the day map; on the night map (the wall) dark, or lighter when `filled` is false, and inert.
 */
export function gridFillLayer({ grids, visible = true, fill, onClick, opacity = 1, theme = 'day', filled = true }: GridFillInput) {
  const night = theme === 'night';
  const lineColour: Rgba = !night ? [255, 255, 255, 220] : filled ? nightLineFilled : nightLineBare;
  return new GeoJsonLayer<GridProperties>({
    id: 'grid-fill',
    data: grids,
    visible,
    opacity,
    pickable: !night,
    autoHighlight: !night,
    highlightColor: [255, 255, 255, 90],
    filled,
    stroked: true,
    getFillColor: fill ? (f) => fill.colourOf(f.properties) : (f) => householdColour(f.properties.households, 170),
    updateTriggers: { getFillColor: fill?.key ?? 'households', getLineColor: lineColour },
    onClick: onClick ? (info) => (info.object ? (onClick(info.object.properties.code), true) : false) : undefined,
    getLineColor: lineColour,
    getLineWidth: 1,
    lineWidthUnits: 'pixels',
  });
}
