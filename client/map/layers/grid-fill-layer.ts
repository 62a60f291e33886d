import { GeoJsonLayer } from '@deck.gl/layers';
import type { GridCollection, GridProperties } from '../../api/feature-types';
import { householdColour } from './colour-scales';

export interface GridFillInput {
  grids: GridCollection;
  visible?: boolean;
}

/** Grids filled by household count on the sequential household scale, with thin white outlines; pickable. */
export function gridFillLayer({ grids, visible = true }: GridFillInput) {
  return new GeoJsonLayer<GridProperties>({
    id: 'grid-fill',
    data: grids,
    visible,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 90],
    filled: true,
    stroked: true,
    getFillColor: (f) => householdColour(f.properties.households, 170),
    getLineColor: [255, 255, 255, 220],
    getLineWidth: 1,
    lineWidthUnits: 'pixels',
  });
}
