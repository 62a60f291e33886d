import { TextLayer } from '@deck.gl/layers';
import { UI_FONT_STACK } from '../basemap/shipped-font';
import type { LabelPoint, LabelRank } from './label-points';
import type { MapTheme } from './map-theme';

/** Text size of each rank of label, in pixels (also used to declutter them). */
export const labelSizePx: Record<LabelRank, number> = { street: 17, community: 12 };

/** On the night map (the wall, read from across a room) every name is this size, px. */
export const nightLabelSizePx = 22;

export interface LabelInput {
  labels: LabelPoint[];
  visible?: boolean;
  /** 'night' (the wall): light text with a dark halo, all nightLabelSizePx. */
  theme?: MapTheme;
}

// The map shell loads the shipped font for a TextLayer's text before deck.gl builds its atlas (canvas-text.ts).
export const labelFontFamily = UI_FONT_STACK;

/**
 * What the smaller outlined labels share (grid and community names in the planner, a patrol's start, forecast
 * ranks): the shipped font in bold from an SDF atlas, so that the white outline stays crisp at any size, sized in px.
 */
export const outlinedLabelProps = {
  fontFamily: labelFontFamily,
  fontWeight: 700,
  fontSettings: { sdf: true, fontSize: 48, buffer: 6 },
  sizeUnits: 'pixels',
} as const;

/**
 * Street and community names over the data layers, from a font atlas of just the characters used: dark with a white
 * halo, sized by rank; on the night map light with a dark halo, all nightLabelSizePx.
 */
export function labelLayer({ labels, visible = true, theme = 'day' }: LabelInput) {
  const night = theme === 'night';
  return new TextLayer<LabelPoint>({
    id: 'labels',
    data: labels,
    visible,
    characterSet: 'auto',
    fontFamily: labelFontFamily,
    fontWeight: 700,
    fontSettings: { sdf: true, fontSize: 64, buffer: 8 },
    outlineWidth: night ? 5 : 4,
    outlineColor: night ? [8, 14, 26, 230] : [255, 255, 255, 230],
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getSize: night ? nightLabelSizePx : (d) => labelSizePx[d.rank],
    getColor: night ? [235, 242, 250, 255] : (d) => (d.rank === 'street' ? [33, 37, 41, 255] : [70, 78, 90, 255]),
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    sizeUnits: 'pixels',
  });
}
