import { GeoJsonLayer } from '@deck.gl/layers';
import type { GridCollection, GridProperties } from '../../api/feature-types';
import { householdColour, type Rgba } from './colour-scales';

export interface GridFillInput {
  grids: GridCollection;
  visible?: boolean;
  /** The fill of a grid (e.g. gridColourOf in grid-colouring.ts); households when not given. */
  fill?: { colourOf: (p: GridProperties) => Rgba; /** changes whenever colourOf would answer differently */ key: string };
  /** A click on a grid, with its code (the dashboard opens the grid's page). */
  onClick?: (code: string) => void;
  /** 0–1, over the fill colours' own alpha (a uniform: changing it rebuilds nothing). */
  opacity?: number;
}

/**
 * Grids filled by household count on the sequential household scale (or by `fill`), with thin white outlines;
 * pickable.
 */
export function gridFillLayer({ grids, visible = true, fill, onClick, opacity = 1 }: GridFillInput) {
  return new GeoJsonLayer<GridProperties>({
    id: 'grid-fill',
    data: grids,
    visible,
    opacity,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 90],
    filled: true,
    stroked: true,
    getFillColor: fill ? (f) => fill.colourOf(f.properties) : (f) => householdColour(f.properties.households, 170),
    updateTriggers: { getFillColor: fill?.key ?? 'households' },
    onClick: onClick ? (info) => (info.object ? (onClick(info.object.properties.code), true) : false) : undefined,
    getLineColor: [255, 255, 255, 220],
    getLineWidth: 1,
    lineWidthUnits: 'pixels',
  });
}
