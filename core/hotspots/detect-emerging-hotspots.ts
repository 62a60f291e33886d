import { checkHotspotIncidents } from './check-hotspot-incidents';
import { classifyHotspots } from './classify-hotspots';
import { computeGiStar, type Lattice } from './getis-ord-gi-star';
import { testMannKendall } from './mann-kendall';
import { HotspotInputError } from './types';

/** Esri's Emerging Hot Spot Analysis categories, for hot spots and, mirrored, for cold spots. */
export type EmergingPattern =
  | `${'new' | 'consecutive' | 'intensifying' | 'persistent' | 'diminishing' | 'sporadic' | 'oscillating' | 'historical'}-${'hot' | 'cold'}`
  | 'none';

/** One cell's result: the pattern, and the Mann-Kendall trend of its Gi* z-series. */
export interface EmergingCell {
  pattern: EmergingPattern;
  trendZ: number;
  trendP: number;
  /** Slices in which the cell was a significant hot (cold) spot. */
  hotSlices: number;
  coldSlices: number;
}

/** Significance of a slice's hot/cold spots (after FDR unless fdr is false) and of the trend; both default 0.10. */
export interface EmergingOptions {
  alpha?: number;
  trendAlpha?: number;
  fdr?: boolean;
}

/**
 * Emerging hot spots from counts per cell per time slice (countsBySlice[t][i], slices in time order, e.g. weeks),
 * after Esri's Emerging Hot Spot Analysis. Per slice, Gi* over the lattice (computeGiStar); a cell is a hot (cold)
 * spot in a slice when its Gi* class (classifyHotspots, FDR within the slice) reaches 1 − alpha confidence (default
 * 90 %) with z > 0 (z < 0), and a slice whose cells hold fewer than MIN_HOTSPOT_INCIDENTS incidents has none (so
 * neither has a window of fewer: see checkHotspotIncidents). Then the Mann-Kendall test of each cell's z-series gives its trend, significant when
 * p ≤ trendAlpha (default 0.10). With T slices, h hot slices, and "mostly" meaning h ≥ 0.9·T, the rules in order:
 *
 * - final slice hot and mostly hot: 'intensifying-hot' if the trend is significant and up, 'diminishing-hot' if
 *   significant and down, else 'persistent-hot';
 * - final slice hot, h = 1: 'new-hot' (never hot before);
 * - final slice hot, the hot slices are one unbroken run of ≥ 2 ending at the final slice: 'consecutive-hot';
 * - final slice hot, otherwise (on and off, under 90 %): 'oscillating-hot' if the cell was ever a cold spot,
 *   else 'sporadic-hot';
 * - final slice not hot but mostly hot: 'historical-hot';
 * - the same rules with hot and cold swapped give the '-cold' patterns; 'none' otherwise.
 *
 * (Esri's 'persistent' asks ≥ 90 % without naming the final slice; a cell that is mostly hot but not in the final
 * slice is 'historical' in both.) Throws HotspotInputError for no slice or a slice without one value per cell.
 * O(T·n + n·T²). Does not mutate input.
 */
export function detectEmergingHotspots(lattice: Lattice, countsBySlice: readonly ArrayLike<number>[], options: EmergingOptions = {}): EmergingCell[] {
  const slices = countsBySlice.length;
  if (slices === 0) throw new HotspotInputError('emerging hot spots need at least one time slice');
  const n = lattice.row.length;
  const alpha = options.alpha ?? 0.1;
  const trendAlpha = options.trendAlpha ?? 0.1;
  const confidence = Math.round((1 - alpha) * 100);
  if (![90, 95, 99].includes(confidence)) throw new HotspotInputError(`alpha must be 0.10, 0.05 or 0.01, got ${alpha}`);
  const zSeries = Array.from({ length: n }, () => new Float64Array(slices));
  const state = Array.from({ length: n }, () => new Int8Array(slices)); // 1 hot, −1 cold, 0 neither
  countsBySlice.forEach((counts, t) => {
    const { z, p } = computeGiStar(lattice, counts);
    for (let i = 0; i < n; i++) zSeries[i][t] = z[i];
    // A slice of fewer than MIN_HOTSPOT_INCIDENTS incidents has no hot or cold spot: its Gi* classes would be noise.
    if (checkHotspotIncidents(sumOf(counts))) return;
    const classes = classifyHotspots(z, p, { fdr: options.fdr });
    for (let i = 0; i < n; i++) {
      const [kind, level] = classes[i].split('-');
      if (level && Number(level) >= confidence) state[i][t] = kind === 'hot' ? 1 : -1;
    }
  });
  return zSeries.map((series, i) => {
    const trend = testMannKendall(series);
    const hotSlices = state[i].filter((v) => v === 1).length;
    const coldSlices = state[i].filter((v) => v === -1).length;
    const last = state[i][slices - 1];
    const sign = last !== 0 ? last : hotSlices >= 0.9 * slices && hotSlices > 0 ? 1 : coldSlices >= 0.9 * slices && coldSlices > 0 ? -1 : 0;
    const pattern = sign === 0 ? 'none' : classifyHistory(state[i], sign, trend.p <= trendAlpha ? Math.sign(trend.z) : 0);
    return { pattern, trendZ: trend.z, trendP: trend.p, hotSlices, coldSlices };
  });
}

const sumOf = (values: ArrayLike<number>) => {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum;
};

// The history of one cell seen from one side (sign 1: hot, −1: cold); `trend` is −1, 0 or 1 (significant direction
// of z). Rising z intensifies a hot spot; for a cold spot, falling z (more negative) intensifies it.
function classifyHistory(state: Int8Array, sign: number, trend: number): EmergingPattern {
  const side = sign > 0 ? 'hot' : 'cold';
  const slices = state.length;
  const count = state.filter((v) => v === sign).length;
  const mostly = count >= 0.9 * slices;
  if (state[slices - 1] !== sign) return mostly ? `historical-${side}` : 'none';
  if (mostly) return trend === sign ? `intensifying-${side}` : trend === -sign ? `diminishing-${side}` : `persistent-${side}`;
  if (count === 1) return `new-${side}`;
  let run = 0;
  while (run < slices && state[slices - 1 - run] === sign) run++;
  if (run === count) return `consecutive-${side}`;
  return state.some((v) => v === -sign) ? `oscillating-${side}` : `sporadic-${side}`;
}
