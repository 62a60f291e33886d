import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, Geometry } from 'geojson';
import { selectionLineColour } from './analysis-colours';
import { memoByAnswer } from './analysis-memo';

const asData = memoByAnswer((feature: Feature<Geometry>) => [feature]);

export interface SelectionInput {
  /** The grid, beat, repeat place or pair picked in a list; null for none. */
  feature: Feature<Geometry> | null;
  visible?: boolean;
}

/** What a list row points at, outlined in bright cyan (apart from every analysis colour) on top of the other layers. */
export function analysisSelectionLayer({ feature, visible = true }: SelectionInput) {
  return new GeoJsonLayer({
    id: 'analysis-selection',
    data: feature ? asData(feature) : [],
    visible,
    filled: false,
    stroked: true,
    getLineColor: selectionLineColour,
    getLineWidth: 3,
    lineWidthUnits: 'pixels',
    pointType: 'circle',
    getPointRadius: 14,
    pointRadiusUnits: 'pixels',
  });
}
