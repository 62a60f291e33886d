import { twoSidedP } from './normal-cdf';
import { HotspotInputError } from './types';

/** The Mann-Kendall trend test of one series: S, its variance under no trend, the z-score and its two-sided p. */
export interface MannKendall {
  s: number;
  variance: number;
  z: number;
  p: number;
}

/**
 * The Mann-Kendall test for a monotonic trend (Mann 1945; Kendall 1975; as in Gilbert 1987, "Statistical Methods for
 * Environmental Pollution Monitoring", §16.4, and Esri's Emerging Hot Spot Analysis) of a series in time order:
 *
 *   S = Σ_{i<j} sign(x_j − x_i),  Var(S) = [n(n−1)(2n+5) − Σ_g t_g(t_g−1)(2t_g+5)] / 18
 *
 * where t_g is the size of the g-th group of tied values; z = (S − 1)/√Var for S > 0, (S + 1)/√Var for S < 0 (the
 * continuity correction), 0 for S = 0; p two-sided from the standard normal (the normal approximation, which
 * Gilbert recommends from n ≥ 10; smaller n still get it, not the exact table). A series with fewer than 2 values or
 * all values tied has Var = 0, z = 0, p = 1. O(n²), fine for a few hundred slices. Throws HotspotInputError for a
 * value that is not finite. Does not mutate input.
 */
export function testMannKendall(series: ArrayLike<number>): MannKendall {
  const n = series.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(series[i])) throw new HotspotInputError(`value ${i} of the series is not a finite number: ${series[i]}`);
    for (let j = i + 1; j < n; j++) s += Math.sign(series[j] - series[i]);
  }
  const sorted = Float64Array.from(series).sort();
  let ties = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && sorted[j + 1] === sorted[i]) j++;
    const t = j - i + 1;
    ties += t * (t - 1) * (2 * t + 5);
    i = j + 1;
  }
  const variance = (n * (n - 1) * (2 * n + 5) - ties) / 18;
  if (variance <= 0) return { s, variance: 0, z: 0, p: 1 };
  const z = s > 0 ? (s - 1) / Math.sqrt(variance) : s < 0 ? (s + 1) / Math.sqrt(variance) : 0;
  return { s, variance, z, p: twoSidedP(z) };
}
