import { GeoJsonLayer } from '@deck.gl/layers';
import type { HotspotAnswer, HotspotCellProperties } from '../../../core/contracts/analysis';
import { hotspotColour } from './analysis-colours';
import { memoByAnswer } from './analysis-memo';

const classified = memoByAnswer((cells: HotspotAnswer) => cells.features.filter((f) => f.properties.class !== 'none'));

export interface HotspotCellsInput {
  cells: HotspotAnswer;
  visible?: boolean;
}

/**
 * Gi* hotspot cells (GET /api/analysis/hotspots) filled by class: hot reds, cold blues. Cells of class 'none' are
 * left out of the data, not drawn transparent: they are most of the lattice and would only cost picking and GPU
 * memory. Pickable for the tooltip (z, p, count).
 */
export function analysisHotspotLayer({ cells, visible = true }: HotspotCellsInput) {
  return new GeoJsonLayer<HotspotCellProperties>({
    id: 'analysis-hotspots',
    data: classified(cells),
    visible,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 80],
    filled: true,
    stroked: true,
    getFillColor: (f) => hotspotColour(f.properties.class),
    getLineColor: [255, 255, 255, 120],
    getLineWidth: 0.5,
    lineWidthUnits: 'pixels',
  });
}
