import { GeoJsonLayer } from '@deck.gl/layers';
import type { ForecastAnswer, ForecastCellProperties } from '../../../core/contracts/analysis';
import { forecastFillColour, forecastLineColour } from './analysis-colours';

export interface ForecastCellsInput {
  cells: ForecastAnswer;
  visible?: boolean;
}

/**
 * Next week's forecast cells (GET /api/analysis/forecast) outlined in purple over a light fill, so the hotspot or
 * heat layers underneath stay readable; the 10 highest-ranked cells get a thicker line. Pickable (rank, score).
 */
export function analysisForecastLayer({ cells, visible = true }: ForecastCellsInput) {
  return new GeoJsonLayer<ForecastCellProperties>({
    id: 'analysis-forecast',
    data: cells,
    visible,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 90],
    filled: true,
    stroked: true,
    getFillColor: forecastFillColour,
    getLineColor: forecastLineColour,
    getLineWidth: (f) => (f.properties.rank <= 10 ? 3 : 1.5),
    lineWidthUnits: 'pixels',
  });
}
