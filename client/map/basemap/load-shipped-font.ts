import { SHIPPED_FONT_FAMILY, SHIPPED_WEIGHTS } from './shipped-font';

/*
 * CSS text loads the subsets it needs by itself. Canvas text does not: MapLibre (TinySDF), deck.gl's font atlas
 * and ECharts draw at once with whatever is loaded, and on a machine without CJK fonts that is tofu, cached for
 * the page's life. So every canvas text is drawn only after the subsets its characters fall in are loaded.
 */

const loaded = new Set<string>();
let wholeFont: Promise<void> | undefined;

function missingChars(text: string): string {
  let out = '';
  for (const ch of new Set(text)) if (!loaded.has(ch) && ch.trim() !== '') out += ch;
  return out;
}

/**
 * Resolves once the shipped font's subsets that hold `text`'s characters are loaded, in both weights. Returns
 * null when they already are, so a caller can draw in the same tick. A failed load resolves too (the page
 * then draws with what it has) and is logged.
 */
export function loadShippedFontFor(text: string): Promise<void> | null {
  const chars = missingChars(text);
  if (!chars || typeof document === 'undefined' || !document.fonts) return null;
  return Promise.all(SHIPPED_WEIGHTS.map((w) => document.fonts.load(`${w} 16px "${SHIPPED_FONT_FAMILY}"`, chars)))
    .then(() => {
      for (const ch of chars) loaded.add(ch);
    })
    .catch((err) => console.error('shipped font did not load:', err));
}

/**
 * Loads every subset of the shipped font (both weights, about 5 MB of WOFF2 from the app's own origin, cached): for
 * base maps whose label text is known only once their tiles are decoded (a vector package).
 */
export function loadWholeShippedFont(): Promise<void> {
  wholeFont ??= Promise.all(
    [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === SHIPPED_FONT_FAMILY).map((f) => f.load()),
  )
    .then(() => undefined)
    .catch((err) => console.error('shipped font did not load:', err));
  return wholeFont;
}

/** Resolves when canvas text of `text` (and, when `unknownText`, of any text) can be drawn in the shipped font. */
export function whenTextDrawable(text: string, unknownText = false): Promise<void> | null {
  if (unknownText) return loadWholeShippedFont();
  return loadShippedFontFor(text);
}
