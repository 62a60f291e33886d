import { describe, expect, it } from 'vitest';
import { computeGiStar, type Lattice } from './getis-ord-gi-star';
import { twoSidedP } from './normal-cdf';
import { HotspotInputError } from './types';

/** A small deterministic generator (mulberry32), so the random lattices are the same every run. */
function createRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A rows × cols lattice keeping the squares `keep` accepts, in row-then-col order. */
function makeLattice(rows: number, cols: number, keep: (r: number, c: number) => boolean): Lattice {
  const cellAt = new Int32Array(rows * cols).fill(-1);
  const row: number[] = [];
  const col: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (!keep(r, c)) continue;
      cellAt[r * cols + c] = row.length;
      row.push(r);
      col.push(c);
    }
  }
  return { rows, cols, cellAt, row: Int32Array.from(row), col: Int32Array.from(col) };
}

/** Gi* straight from the formula, over every pair of cells: the slow, obvious reference. */
function giStarAllPairs(lattice: Lattice, x: ArrayLike<number>): number[] {
  const n = x.length;
  let sum = 0;
  let sumSq = 0;
  for (let j = 0; j < n; j++) {
    sum += x[j];
    sumSq += x[j] * x[j];
  }
  const mean = sum / n;
  const s = Math.sqrt(sumSq / n - mean * mean);
  const z: number[] = [];
  for (let i = 0; i < n; i++) {
    let wx = 0;
    let w = 0;
    let w2 = 0;
    for (let j = 0; j < n; j++) {
      const wij = Math.abs(lattice.row[i] - lattice.row[j]) <= 1 && Math.abs(lattice.col[i] - lattice.col[j]) <= 1 ? 1 : 0;
      wx += wij * x[j];
      w += wij;
      w2 += wij * wij;
    }
    z.push((wx - mean * w) / (s * Math.sqrt((n * w2 - w * w) / (n - 1))));
  }
  return z;
}

describe('computeGiStar', () => {
  it('agrees with the all-pairs formula to 1e-9 on random lattices with holes', () => {
    const random = createRandom(42);
    for (let trial = 0; trial < 20; trial++) {
      const rows = 3 + Math.floor(random() * 25);
      const cols = 3 + Math.floor(random() * 25);
      const holeShare = random() * 0.5;
      const lattice = makeLattice(rows, cols, () => random() >= holeShare);
      if (lattice.row.length < 10) continue;
      const hot = Math.floor(random() * lattice.row.length);
      const x = Float64Array.from(lattice.row, (_, i) => Math.floor(random() * 4) + (Math.abs(i - hot) < 3 ? 15 : 0));
      const { z, p } = computeGiStar(lattice, x);
      const expected = giStarAllPairs(lattice, x);
      for (let i = 0; i < x.length; i++) {
        expect(Math.abs(z[i] - expected[i])).toBeLessThan(1e-9);
        expect(Math.abs(p[i] - twoSidedP(expected[i]))).toBeLessThan(1e-9);
      }
    }
  });

  it('gives the hand-computed scores on a row of five cells with one count of 10', () => {
    // n = 5, X̄ = 2, S = √(100/5 − 4) = 4. The last cell: W = 2, Σwx = 10 → (10 − 4)/(4·√((10 − 4)/4)) = √1.5.
    // Middle cells: W = 3 → denominator 4·√((15 − 9)/4) = 4√1.5; the first: W = 2, Σwx = 0 → −4/(4√1.5).
    const lattice = makeLattice(1, 5, () => true);
    const { z, p } = computeGiStar(lattice, [0, 0, 0, 0, 10]);
    const r = Math.sqrt(1.5);
    const expected = [-1 / r, -r, -r, 4 / (4 * r), r];
    expected.forEach((e, i) => expect(Math.abs(z[i] - e)).toBeLessThan(1e-12));
    expect(Math.abs(p[4] - 0.22067136191984693)).toBeLessThan(1e-12); // 2·(1 − Φ(√1.5)), scipy.stats.norm.sf
  });

  it('counts empty cells and skips holes: a cell beside a hole has fewer neighbours', () => {
    const lattice = makeLattice(3, 4, (r, c) => !(r === 1 && c === 1));
    const x = new Float64Array(lattice.row.length);
    x[0] = 5;
    const { z } = computeGiStar(lattice, x);
    expect(z.length).toBe(11);
    const expected = giStarAllPairs(lattice, x);
    z.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThan(1e-12));
  });

  it('answers z = 0 and p = 1 when every count is equal, and for a neighbourhood that is the whole area', () => {
    const lattice = makeLattice(4, 4, () => true);
    expect(computeGiStar(lattice, new Float64Array(16).fill(3))).toEqual({ z: new Float64Array(16), p: new Float64Array(16).fill(1) });
    const small = makeLattice(3, 3, () => true);
    const { z, p } = computeGiStar(small, [1, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect([z[4], p[4]]).toEqual([0, 1]);
  });

  it('refuses values that are not one finite number per cell, and does not mutate them', () => {
    const lattice = makeLattice(2, 2, () => true);
    expect(() => computeGiStar(lattice, [1, 2, 3])).toThrow(HotspotInputError);
    expect(() => computeGiStar(lattice, [1, 2, 3, Number.NaN])).toThrow(/not a finite number/);
    const x = Float64Array.of(1, 2, 3, 4);
    computeGiStar(lattice, x);
    expect([...x]).toEqual([1, 2, 3, 4]);
  });
});
