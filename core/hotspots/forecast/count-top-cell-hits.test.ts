import { describe, expect, it } from 'vitest';
import { evaluateForecast } from '../evaluate-forecast';
import { selectTopCells } from '../select-top-cells';
import { countBestHits, countTopCellHits } from './count-top-cell-hits';
import { createSeededRandom } from './forecast-test-data';

describe('countTopCellHits', () => {
  it('counts the hits of exactly the cells selectTopCells picks, ties included', () => {
    const random = createSeededRandom(5);
    const n = 400;
    const grid = { row: Int32Array.from({ length: n }, (_, i) => Math.floor(i / 20)), col: Int32Array.from({ length: n }, (_, i) => i % 20) };
    for (let trial = 0; trial < 20; trial++) {
      // Few distinct scores, so many ties straddle the k-th place.
      const scores = Float64Array.from({ length: n }, () => Math.floor(random() * 6));
      const actual = Float64Array.from({ length: n }, () => Math.floor(random() * 4));
      for (const coverage of [0.01, 0.05, 0.2]) {
        const chosen = selectTopCells(scores, coverage, grid);
        expect(countTopCellHits(scores, chosen.length, actual)).toBe(evaluateForecast(chosen, actual).hits);
      }
    }
  });

  it('finds the best possible hits of k cells', () => {
    expect(countBestHits([3, 0, 5, 1], 2)).toBe(8);
  });
});
