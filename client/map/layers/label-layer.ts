import { TextLayer } from '@deck.gl/layers';
import type { LabelPoint, LabelRank } from './label-points';

/** Text size of each rank of label, in pixels (also used to declutter them). */
export const labelSizePx: Record<LabelRank, number> = { street: 17, community: 12 };

export interface LabelInput {
  labels: LabelPoint[];
  visible?: boolean;
}

// System fonts only (no web fonts on the intranet): Noto on Linux, YaHei on Windows, PingFang on macOS.
export const labelFontFamily = '"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif';

/**
 * Street and community names. MapLibre symbol layers would need a glyph server, which an offline intranet
 * lacks, so names are drawn by deck.gl from a font atlas of just the characters used (characterSet 'auto').
 */
export function labelLayer({ labels, visible = true }: LabelInput) {
  return new TextLayer<LabelPoint>({
    id: 'labels',
    data: labels,
    visible,
    characterSet: 'auto',
    fontFamily: labelFontFamily,
    fontWeight: 600,
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
