/**
 * The font the product ships (Noto Sans SC from @fontsource, SIL OFL 1.1), served from the app's own origin in
 * unicode-range subsets (client/main.tsx declares them; load-shipped-font.ts loads them for canvas text). System fonts stay first where a machine has
 * them; the shipped font is the guarantee on a machine without CJK fonts (a fresh Debian, a kiosk, a 信创 box).
 */
export const SHIPPED_FONT_FAMILY = 'Noto Sans SC';

/** The CSS font stack for the interface, ECharts and deck.gl text. */
export const UI_FONT_STACK = `"Microsoft YaHei", "PingFang SC", "${SHIPPED_FONT_FAMILY}", sans-serif`;

/** The weights the product ships (regular and bold): every text asks for one of these. */
export const SHIPPED_WEIGHTS = [400, 700] as const;

/**
 * Map label font stacks (MapLibre `text-font`). A style without `glyphs` has MapLibre draw every glyph on the
 * page with TinySDF, taking the stack's names as CSS families and the weight from a name's "Bold": so the
 * labels are drawn in the shipped web font, and no glyph server is needed on an intranet.
 */
export const MAP_FONT_REGULAR = [SHIPPED_FONT_FAMILY];
export const MAP_FONT_BOLD = [`${SHIPPED_FONT_FAMILY} Bold`, SHIPPED_FONT_FAMILY];

/** No glyph PBFs: see MAP_FONT_REGULAR. Styles leave `glyphs` unset (this is undefined). */
export const GLYPHS_URL: string | undefined = undefined;

/** An ECharts theme whose text is in the interface's font stack (canvas 'sans-serif' has no CJK on a bare machine). */
export const shippedFontTheme = { textStyle: { fontFamily: UI_FONT_STACK } };
