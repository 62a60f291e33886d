import { GeoJsonLayer } from '@deck.gl/layers';
import type { PlannerUnitProperties } from '../../../core/contracts/planner';
import type { TerritoryFeature } from './planner-territory-layer';

export interface PlannerDiffInput {
  /** Territories of the buildings whose grid differs from the published plan. */
  changed: readonly TerritoryFeature[];
  visible?: boolean;
}

/**
 * The difference from the published plan: changed buildings' territories darkened and edged in bright magenta (a
 * darkening, not a hue, so that it cannot be mistaken for one of the grid colours underneath).
 */
export function plannerDiffLayer({ changed, visible = true }: PlannerDiffInput) {
  return new GeoJsonLayer<PlannerUnitProperties>({
    id: 'planner-diff',
    data: { type: 'FeatureCollection', features: [...changed] },
    visible,
    filled: true,
    stroked: true,
    getFillColor: [0, 0, 0, 70],
    getLineColor: [236, 0, 140, 255],
    getLineWidth: 2,
    lineWidthUnits: 'pixels',
  });
}
