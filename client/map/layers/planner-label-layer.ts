import { TextLayer } from '@deck.gl/layers';
import { outlinedLabelProps } from './label-layer';

export interface PlannerGridLabel {
  key: string;
  text: string;
  position: [number, number];
  offending: boolean;
}

export interface PlannerLabelInput {
  labels: readonly PlannerGridLabel[];
  visible?: boolean;
}

/** Grid keys and household counts at a building inside each grid (offending grids in red). */
export function plannerLabelLayer({ labels, visible = true }: PlannerLabelInput) {
  return new TextLayer<PlannerGridLabel>({
    id: 'planner-labels',
    data: [...labels],
    visible,
    characterSet: 'auto',
    ...outlinedLabelProps,
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 230],
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getSize: 12,
    getColor: (d) => (d.offending ? [185, 28, 28, 255] : [31, 39, 51, 255]),
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
  });
}
