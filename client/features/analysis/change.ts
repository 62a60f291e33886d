/** A change as text with its sign and one decimal, e.g. "+12.3%", "−4.0%", "±0.0%"; '–' for null. */
export function formatChangePct(pct: number | null): string {
  if (pct === null || !Number.isFinite(pct)) return '–';
  if (pct === 0) return '±0.0%';
  // U+2212 MINUS SIGN: as wide as the plus, so signed columns line up.
  return `${pct > 0 ? '+' : '−'}${Math.abs(pct).toFixed(1)}%`;
}

/** The direction of a change, for colouring: more incidents is 'up' (bad), fewer 'down'. */
export function changeDirection(pct: number | null): 'up' | 'down' | 'flat' | 'none' {
  if (pct === null || !Number.isFinite(pct)) return 'none';
  return pct > 0 ? 'up' : pct < 0 ? 'down' : 'flat';
}
