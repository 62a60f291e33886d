import { describe, expect, it } from 'vitest';
import { erfc, normalCdf, twoSidedP } from './normal-cdf';

// [x, erfc(x)] printed by CPython 3's math.erfc (which is accurate to about 1 ulp).
const golden: [number, number][] = [
  [-5, 1.9999999999984626],
  [-3, 1.9999779095030015],
  [-1.5, 1.9661051464753108],
  [-0.5, 1.5204998778130465],
  [-0.3, 1.3286267594591274],
  [0, 1.0],
  [0.1, 0.8875370839817152],
  [0.46875, 0.507386526782062],
  [0.5, 0.4795001221869535],
  [1, 0.15729920705028513],
  [1.959963984540054, 0.005574596680784415],
  [2.5, 0.0004069520174449589],
  [3.9, 3.479224859723177e-8],
  [4, 1.541725790028002e-8],
  [4.1, 6.700027654084918e-9],
  [6, 2.1519736712498916e-17],
  [10, 2.088487583762545e-45],
  [20, 5.3958656116079005e-176],
  [26, 5.663192408856143e-296],
];

describe('erfc', () => {
  it('agrees with CPython math.erfc to 1e-14 relative across both tails and every branch', () => {
    for (const [x, expected] of golden) expect(Math.abs(erfc(x) - expected) / expected).toBeLessThan(1e-14);
  });
});

describe('normalCdf and twoSidedP', () => {
  it('gives the familiar critical values', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(Math.abs(twoSidedP(1.959963984540054) - 0.05)).toBeLessThan(1e-12);
    expect(Math.abs(twoSidedP(2.5758293035489) - 0.01)).toBeLessThan(1e-12);
    expect(Math.abs(twoSidedP(-1.6448536269514722) - 0.1)).toBeLessThan(1e-12);
    expect(Math.abs(normalCdf(-1.6448536269514722) - 0.05)).toBeLessThan(1e-12);
  });

  it('keeps relative accuracy for a far tail instead of rounding to zero', () => {
    expect(twoSidedP(8)).toBeGreaterThan(1e-15);
    expect(Math.abs(twoSidedP(8) - 1.2441921148543639e-15) / 1.2441921148543639e-15).toBeLessThan(1e-12);
  });
});
