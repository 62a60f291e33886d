/**
 * The font the product ships (Noto Sans SC from @fontsource, SIL OFL 1.1), served from the app's own origin in
 * unicode-range subsets. System fonts stay first where a machine has them; the shipped font is the guarantee on
 * a machine without CJK fonts (a fresh Debian, a kiosk, a 信创 box).
 */
export const SHIPPED_FONT_FAMILY = 'Noto Sans SC';

/** The CSS font stack for the interface, ECharts and deck.gl text. */
export const UI_FONT_STACK = `"Microsoft YaHei", "PingFang SC", "${SHIPPED_FONT_FAMILY}", sans-serif`;

/**
 * Map label font stacks (MapLibre `text-font`). MapLibre's glyph ranges come from GLYPHS_URL, a protocol the
 * client answers by drawing the shipped font (client/map/basemap/glyph-protocol.ts), so every style, ours or a
 * bundled one for a vector package, names these two stacks.
 */
export const MAP_FONT_REGULAR = ['Noto Sans SC Regular'];
export const MAP_FONT_BOLD = ['Noto Sans SC Bold'];
export const GLYPHS_URL = 'jingwang-glyphs://{fontstack}/{range}';
