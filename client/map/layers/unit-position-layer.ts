import { ScatterplotLayer } from '@deck.gl/layers';
import type { UnitPosition } from '../../../core/contracts/field';
import { forceColours } from './dosage-colours';

export interface UnitPositionInput {
  units: readonly UnitPosition[];
  visible?: boolean;
}

/** Units on duty where their latest ping put them (issue 16): police blue, grid staff teal, 7 px with a white rim. */
export function unitPositionLayer({ units, visible = true }: UnitPositionInput) {
  return new ScatterplotLayer<UnitPosition>({
    id: 'unit-positions',
    data: units,
    visible,
    pickable: true,
    getPosition: (u) => u.position,
    getFillColor: (u) => forceColours[u.force],
    getRadius: 7,
    radiusUnits: 'pixels',
    stroked: true,
    getLineColor: [255, 255, 255, 255],
    getLineWidth: 2,
    lineWidthUnits: 'pixels',
  });
}
