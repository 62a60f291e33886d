import { HotspotInputError, type HotspotClass } from './types';

/**
 * The Benjamini–Hochberg (1995) step-up threshold at false discovery rate `alpha`: with the m p-values sorted
 * ascending, the largest p_(k) with p_(k) ≤ (k/m)·alpha. Every p ≤ the threshold is a discovery; −Infinity when none
 * is. Throws HotspotInputError for alpha outside (0, 1] or a p-value outside [0, 1]. Does not mutate input.
 */
export function findBenjaminiHochbergThreshold(pValues: ArrayLike<number>, alpha: number): number {
  if (!(alpha > 0 && alpha <= 1)) throw new HotspotInputError(`alpha must be in (0, 1], got ${alpha}`);
  const m = pValues.length;
  const sorted = Float64Array.from(pValues);
  for (const p of sorted) if (!(p >= 0 && p <= 1)) throw new HotspotInputError(`a p-value must be in [0, 1], got ${p}`);
  sorted.sort();
  for (let k = m; k >= 1; k--) if (sorted[k - 1] <= (k / m) * alpha) return sorted[k - 1];
  return -Infinity;
}

const levels = [
  { confidence: 99, alpha: 0.01 },
  { confidence: 95, alpha: 0.05 },
  { confidence: 90, alpha: 0.1 },
] as const;

/**
 * Hot and cold spot classes from Gi* z-scores and p-values, as ArcGIS's Hot Spot Analysis with the FDR correction:
 * a cell is significant at confidence c ∈ {99, 95, 90} % when p ≤ the Benjamini–Hochberg threshold at alpha = 1 − c
 * over all cells' p-values (or p ≤ 1 − c with `fdr: false`); its class is the highest such c, 'hot-' for z > 0 and
 * 'cold-' for z < 0, else 'none'. Throws HotspotInputError when z and p differ in length. Does not mutate input.
 */
export function classifyHotspots(z: ArrayLike<number>, p: ArrayLike<number>, options: { fdr?: boolean } = {}): HotspotClass[] {
  if (z.length !== p.length) throw new HotspotInputError(`z has ${z.length} values but p has ${p.length}`);
  const fdr = options.fdr ?? true;
  const thresholds = levels.map((level) => (fdr ? findBenjaminiHochbergThreshold(p, level.alpha) : level.alpha));
  const classes: HotspotClass[] = new Array(z.length);
  for (let i = 0; i < z.length; i++) {
    const k = thresholds.findIndex((threshold) => p[i] <= threshold);
    classes[i] = k < 0 || z[i] === 0 ? 'none' : (`${z[i] > 0 ? 'hot' : 'cold'}-${levels[k].confidence}` as HotspotClass);
  }
  return classes;
}
