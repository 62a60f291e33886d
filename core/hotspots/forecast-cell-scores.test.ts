import { describe, expect, it } from 'vitest';
import { buildCellGrid } from './build-cell-grid';
import { createUtmFrame } from './create-utm-frame';
import { forecastCellScores, weighByRecency } from './forecast-cell-scores';
import { selectTopCells } from './select-top-cells';
import { HotspotInputError } from './types';

const frame = createUtmFrame([-122.65, 45.52]);
const grid = buildCellGrid({ bboxXY: [500_000, 5_040_000, 501_000, 5_041_000], frame, cellSizeM: 100 });

/** Ten old incidents in cell (1, 1) on day 100, and three recent ones in cell (8, 8) on day 127. */
function incidents() {
  const old = Array.from({ length: 10 }, () => [500_150, 5_040_150, 100]);
  const recent = Array.from({ length: 3 }, () => [500_850, 5_040_850, 127]);
  const rows = [...old, ...recent].map(([x, y, day]) => [...frame.toLngLat([x, y]), day]);
  return { lng: Float64Array.from(rows, (r) => r[0]), lat: Float64Array.from(rows, (r) => r[1]), day: Float64Array.from(rows, (r) => r[2]) };
}

describe('weighByRecency', () => {
  it('halves an incident’s weight every half-life', () => {
    const w = weighByRecency([99, 92, 85], 100, 7);
    [1, 8, 15].forEach((age, i) => expect(Math.abs(w[i] - 0.5 ** (age / 7))).toBeLessThan(1e-15));
    expect(Math.abs(weighByRecency([93], 100, 7)[0] - 0.5)).toBeLessThan(1e-15);
  });
});

describe('forecastCellScores', () => {
  it('ranks the big old cluster first with plain KDE and the small recent one first with recency weights', () => {
    const options = { bandwidthM: 50, referenceDay: 128 };
    const plain = forecastCellScores(grid, incidents(), { ...options, method: 'kde' });
    const recent = forecastCellScores(grid, incidents(), { ...options, method: 'recency-kde', halfLifeDays: 7 });
    const top = (scores: Float64Array) => grid.cells[selectTopCells(scores, 0.01, grid)[0]];
    expect([top(plain).row, top(plain).col]).toEqual([1, 1]);
    expect([top(recent).row, top(recent).col]).toEqual([8, 8]);
  });

  it('refuses an incident that is not before the forecast window, and a recency method without a half-life', () => {
    expect(() => forecastCellScores(grid, incidents(), { method: 'kde', bandwidthM: 50, referenceDay: 127 })).toThrow(/not before the forecast start/);
    expect(() => forecastCellScores(grid, incidents(), { method: 'recency-kde', bandwidthM: 50, referenceDay: 128 })).toThrow(HotspotInputError);
  });

  it('is deterministic and does not mutate the incidents', () => {
    const input = incidents();
    const copy = { lng: input.lng.slice(), lat: input.lat.slice(), day: input.day.slice() };
    const options = { method: 'recency-kde' as const, bandwidthM: 70, halfLifeDays: 14, referenceDay: 130 };
    expect(forecastCellScores(grid, input, options)).toEqual(forecastCellScores(grid, input, options));
    expect(input).toEqual(copy);
  });
});
