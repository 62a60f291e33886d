import { describe, expect, it } from 'vitest';
import { buildCellGrid } from './build-cell-grid';
import { createUtmFrame } from './create-utm-frame';
import { detectEmergingHotspots, type EmergingPattern } from './detect-emerging-hotspots';
import { HotspotInputError } from './types';

// A 20 × 20 lattice of 100 m cells; every slice has a patterned background of 0–2 counts (plus `lift`), and a 3 × 3
// block around (10, 10) holding `block` counts. The block's centre is the cell under test.
const grid = buildCellGrid({ bboxXY: [0, 0, 1900, 1900], frame: createUtmFrame([-122.65, 45.52]), cellSizeM: 100 });
const centre = grid.cellAt[10 * grid.cols + 10];
const slice = (block: number, lift = 0) =>
  Float64Array.from(grid.row, (r, i) => (Math.abs(r - 10) <= 1 && Math.abs(grid.col[i] - 10) <= 1 ? block : lift + ((r * 7 + grid.col[i] * 3) % 3)));
const weeks = (block: (t: number) => number, lift: (t: number) => number = () => 0) => Array.from({ length: 10 }, (_, t) => slice(block(t), lift(t)));
const patternOf = (slices: Float64Array[]) => detectEmergingHotspots(grid, slices)[centre].pattern;

const cases: [string, EmergingPattern, () => Float64Array[]][] = [
  ['hot every week with rising counts', 'intensifying-hot', () => weeks((t) => 10 + 3 * t)],
  ['hot every week with falling counts', 'diminishing-hot', () => weeks((t) => 40 - 3 * t)],
  ['hot every week with steady counts', 'persistent-hot', () => weeks(() => 20)],
  ['hot only in the final week', 'new-hot', () => weeks((t) => (t === 9 ? 20 : 1))],
  ['hot in one unbroken run of the last three weeks', 'consecutive-hot', () => weeks((t) => (t >= 7 ? 20 : 1))],
  ['hot on and off, and in the final week', 'sporadic-hot', () => weeks((t) => ([2, 5, 9].includes(t) ? 20 : 1))],
  ['hot on and off after once being cold', 'oscillating-hot', () => weeks((t) => ([6, 9].includes(t) ? 20 : t === 3 ? 0 : 1), (t) => (t === 3 ? 10 : 0))],
  ['hot in 9 of 10 weeks but not the final one', 'historical-hot', () => weeks((t) => (t < 9 ? 20 : 1))],
  ['cold every week with steady counts', 'persistent-cold', () => weeks(() => 0, () => 10)],
  ['never significant', 'none', () => weeks(() => 1)],
];

describe('detectEmergingHotspots', () => {
  for (const [history, pattern, slices] of cases) {
    it(`calls a cell ${history} ${pattern}`, () => {
      expect(patternOf(slices())).toBe(pattern);
    });
  }

  it('finds no spot in a slice of fewer than 30 incidents, where Gi* alone would find a new hot spot', () => {
    // Nine slices without incidents, then a 3 × 3 block of `n` each and nothing else: 27 incidents, then 36.
    const block = (n: number) => Float64Array.from(grid.row, (r, i) => (Math.abs(r - 10) <= 1 && Math.abs(grid.col[i] - 10) <= 1 ? n : 0));
    const lastWeekOnly = (n: number) => [...Array.from({ length: 9 }, () => block(0)), block(n)];
    expect(patternOf(lastWeekOnly(3))).toBe('none');
    expect(patternOf(lastWeekOnly(4))).toBe('new-hot');
  });

  it('reports the trend and the number of hot and cold slices', () => {
    const result = detectEmergingHotspots(grid, weeks((t) => 10 + 3 * t))[centre];
    expect(result).toMatchObject({ hotSlices: 10, coldSlices: 0 });
    expect(result.trendZ).toBeGreaterThan(3);
    expect(result.trendP).toBeLessThan(0.01);
  });

  it('is deterministic and does not mutate the counts', () => {
    const slices = weeks((t) => ([2, 5, 9].includes(t) ? 20 : 1));
    const copy = slices.map((s) => s.slice());
    expect(detectEmergingHotspots(grid, slices)).toEqual(detectEmergingHotspots(grid, slices));
    expect(slices).toEqual(copy);
  });

  it('refuses no slices, a slice of the wrong length and an unsupported alpha', () => {
    expect(() => detectEmergingHotspots(grid, [])).toThrow(HotspotInputError);
    expect(() => detectEmergingHotspots(grid, [new Float64Array(3)])).toThrow(/one value per cell/);
    expect(() => detectEmergingHotspots(grid, weeks(() => 1), { alpha: 0.2 })).toThrow(/alpha/);
  });
});
