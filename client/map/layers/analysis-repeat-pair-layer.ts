import { GeoJsonLayer } from '@deck.gl/layers';
import type { NearRepeatPairProperties, RepeatsAnswer } from '../../../core/contracts/analysis';
import { nearRepeatLineColour } from './analysis-colours';

export interface NearRepeatPairsInput {
  repeats: RepeatsAnswer;
  visible?: boolean;
}

/** Near-repeat pairs (GET /api/analysis/repeats) as red lines from the first incident to the second; pickable. */
export function analysisRepeatPairLayer({ repeats, visible = true }: NearRepeatPairsInput) {
  return new GeoJsonLayer<NearRepeatPairProperties>({
    id: 'analysis-repeat-pairs',
    data: repeats.pairs,
    visible,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 220, 0, 255],
    stroked: true,
    getLineColor: nearRepeatLineColour,
    getLineWidth: 2,
    lineWidthUnits: 'pixels',
    lineWidthMinPixels: 1,
    lineCapRounded: true,
  });
}
