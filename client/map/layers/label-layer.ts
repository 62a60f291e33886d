import { TextLayer } from '@deck.gl/layers';
import { UI_FONT_STACK } from '../basemap/shipped-font';
import type { LabelPoint, LabelRank } from './label-points';

/** Text size of each rank of label, in pixels (also used to declutter them). */
export const labelSizePx: Record<LabelRank, number> = { street: 17, community: 12 };

export interface LabelInput {
  labels: LabelPoint[];
  visible?: boolean;
}

// The map shell loads the shipped font for a TextLayer's text before deck.gl builds its atlas (canvas-text.ts).
export const labelFontFamily = UI_FONT_STACK;

/** Street and community names over the data layers, from a font atlas of just the characters used. */
export function labelLayer({ labels, visible = true }: LabelInput) {
  return new TextLayer<LabelPoint>({
    id: 'labels',
    data: labels,
    visible,
    characterSet: 'auto',
    fontFamily: labelFontFamily,
    fontWeight: 700,
    fontSettings: { sdf: true, fontSize: 64, buffer: 8 },
    outlineWidth: 4,
    outlineColor: [255, 255, 255, 230],
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getSize: (d) => labelSizePx[d.rank],
    getColor: (d) => (d.rank === 'street' ? [33, 37, 41, 255] : [70, 78, 90, 255]),
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    sizeUnits: 'pixels',
  });
}
