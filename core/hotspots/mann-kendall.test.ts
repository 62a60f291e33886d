import { describe, expect, it } from 'vitest';
import { testMannKendall } from './mann-kendall';
import { HotspotInputError } from './types';

describe('testMannKendall', () => {
  it('reproduces the worked example of J. Little, "A Mann-Kendall example (by hand)", College of the Holy Cross', () => {
    // https://mathcs.holycross.edu/~little/Montserrat/MannKendallByHand.txt: 14 values, one tied pair;
    // S = 72 − 18 = 54, V = 14·13·33/18 − 2·1·9/18 = 332.667, Z = (S − 1)/√V = 2.9058 (one-sided p ≈ .0018).
    const series = [12.9, 14.8, 13.2, 15.7, 13.8, 15.6, 12.9, 11.0, 17.3, 15.9, 19.0, 18.3, 20.1, 21.7];
    const result = testMannKendall(series);
    expect(result.s).toBe(54);
    expect(Math.abs(result.variance - 332.6666666666667)).toBeLessThan(1e-9);
    expect(Math.abs(result.z - 2.905836845996537)).toBeLessThan(1e-12);
    expect(Math.abs(result.p - 0.003662723762882436)).toBeLessThan(1e-12); // 2·scipy.stats.norm.sf(z)
  });

  it('corrects the variance for ties and the score for continuity on a falling series', () => {
    // [5, 4, 4, 3, 3, 3, 1]: S = −17; ties of 2 and 3 → V = (7·6·19 − 2·1·9 − 3·2·11)/18 = 39.667; Z = (S + 1)/√V.
    const result = testMannKendall([5, 4, 4, 3, 3, 3, 1]);
    expect(result.s).toBe(-17);
    expect(Math.abs(result.variance - 39.666666666666664)).toBeLessThan(1e-9);
    expect(Math.abs(result.z - -2.540429395319823)).toBeLessThan(1e-12);
    expect(Math.abs(result.p - 0.011071644553191878)).toBeLessThan(1e-12);
  });

  it('finds no trend in a flat or a one-value series', () => {
    expect(testMannKendall([2, 2, 2, 2])).toEqual({ s: 0, variance: 0, z: 0, p: 1 });
    expect(testMannKendall([7])).toEqual({ s: 0, variance: 0, z: 0, p: 1 });
    expect(testMannKendall([1, 3, 2, 2, 3, 1]).z).toBe(0);
  });

  it('refuses a value that is not finite', () => {
    expect(() => testMannKendall([1, Number.NaN])).toThrow(HotspotInputError);
  });
});
