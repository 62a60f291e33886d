import { describe, expect, it } from 'vitest';
import { classifyHotspots, findBenjaminiHochbergThreshold } from './classify-hotspots';
import { HotspotInputError } from './types';

// The 15 p-values of Benjamini & Hochberg (1995), "Controlling the false discovery rate", JRSS B 57(1), §4: at
// q = 0.05 the step-up procedure rejects the four smallest. By hand: k/15 · 0.05 is 0.01333 at k = 4 ≥ 0.0095, and
// 0.01667 at k = 5 < 0.0201, and every later p_(k) stays above (k/15)·0.05 (0.0459 > 0.03 at k = 9, …).
const bh1995 = [0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1.0];

describe('findBenjaminiHochbergThreshold', () => {
  it('rejects the four smallest of Benjamini and Hochberg’s own example at q = 0.05', () => {
    const shuffled = [...bh1995].reverse();
    expect(findBenjaminiHochbergThreshold(shuffled, 0.05)).toBe(0.0095);
    expect(shuffled.filter((p) => p <= 0.0095)).toHaveLength(4);
  });

  it('steps up past a p-value that fails its own rank', () => {
    // m = 4, alpha = 0.1: ranks 1..4 allow 0.025, 0.05, 0.075, 0.1; p_(1) = 0.03 fails, p_(4) = 0.09 passes → all four.
    expect(findBenjaminiHochbergThreshold([0.09, 0.03, 0.06, 0.07], 0.1)).toBe(0.09);
  });

  it('answers −Infinity when nothing is a discovery, and refuses a bad alpha or p', () => {
    expect(findBenjaminiHochbergThreshold([0.5, 0.9], 0.05)).toBe(-Infinity);
    expect(findBenjaminiHochbergThreshold([], 0.05)).toBe(-Infinity);
    expect(() => findBenjaminiHochbergThreshold([0.5], 0)).toThrow(HotspotInputError);
    expect(() => findBenjaminiHochbergThreshold([1.5], 0.05)).toThrow(/\[0, 1\]/);
  });
});

describe('classifyHotspots', () => {
  it('names each cell by the highest confidence it reaches after FDR, hot for z > 0 and cold for z < 0', () => {
    // m = 6. Thresholds: α = 0.01 → 0.001 (k = 1: 0.001 ≤ 0.00167; k = 2: 0.004 > 0.00333);
    // α = 0.05 → 0.02 (k = 3: 0.02 ≤ 0.025; k = 4: 0.04 > 0.0333); α = 0.10 → 0.06 (k = 5: 0.06 ≤ 0.0833; k = 6: 0.5 > 0.1).
    const p = [0.001, 0.004, 0.02, 0.04, 0.06, 0.5];
    const z = [4, -3, 2.4, -2.1, 1.9, 0.6];
    expect(classifyHotspots(z, p)).toEqual(['hot-99', 'cold-95', 'hot-95', 'cold-90', 'hot-90', 'none']);
  });

  it('uses the plain p-value levels when fdr is false', () => {
    expect(classifyHotspots([3, -2, 1.7, 1], [0.004, 0.04, 0.09, 0.3], { fdr: false })).toEqual(['hot-99', 'cold-95', 'hot-90', 'none']);
  });

  it('refuses z and p of different lengths', () => {
    expect(() => classifyHotspots([1], [0.5, 0.5])).toThrow(HotspotInputError);
  });
});
