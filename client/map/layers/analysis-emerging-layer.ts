import { GeoJsonLayer } from '@deck.gl/layers';
import type { EmergingAnswer, EmergingCellProperties } from '../../../core/contracts/analysis';
import { emergingColour } from './analysis-colours';
import { memoByAnswer } from './analysis-memo';

const patterned = memoByAnswer((cells: EmergingAnswer) => cells.features.filter((f) => f.properties.pattern !== 'none'));

export interface EmergingCellsInput {
  cells: EmergingAnswer;
  visible?: boolean;
}

/** Emerging hot and cold spot cells (GET /api/analysis/emerging) filled by pattern; cells without one are left out. */
export function analysisEmergingLayer({ cells, visible = true }: EmergingCellsInput) {
  return new GeoJsonLayer<EmergingCellProperties>({
    id: 'analysis-emerging',
    data: patterned(cells),
    visible,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 80],
    filled: true,
    stroked: true,
    getFillColor: (f) => emergingColour(f.properties.pattern),
    getLineColor: [255, 255, 255, 140],
    getLineWidth: 0.5,
    lineWidthUnits: 'pixels',
  });
}
