import { describe, expect, it } from 'vitest';
import { evaluateForecast } from './evaluate-forecast';
import { HotspotInputError } from './types';

describe('evaluateForecast', () => {
  it('computes PAI and PEI of a tiny hand example', () => {
    // 10 cells, N = 10 window incidents. Chosen cells 2 and 5 hold 3 + 2 = 5: PAI = (5/10)/(2/10) = 2.5.
    // The best two cells hold 5 + 3 = 8: PAI_max = (8/10)/(2/10) = 4, PEI = 2.5/4 = 0.625.
    const counts = [5, 0, 3, 0, 0, 2, 0, 0, 0, 0];
    expect(evaluateForecast([2, 5], counts)).toEqual({ hits: 5, total: 10, chosenCells: 2, cellCount: 10, pai: 2.5, paiMax: 4, pei: 0.625 });
  });

  it('gives PEI 1 to a perfect choice and PAI 0 to a choice that misses everything', () => {
    expect(evaluateForecast([0, 2], [5, 0, 3, 0]).pei).toBe(1);
    expect(evaluateForecast([1], [5, 0, 3, 0])).toMatchObject({ pai: 0, pei: 0 });
  });

  it('answers null PAI and PEI when the window holds no incident', () => {
    expect(evaluateForecast([0], [0, 0, 0])).toMatchObject({ total: 0, pai: null, paiMax: null, pei: null });
  });

  it('refuses a chosen index that is not a cell, a cell chosen twice and a negative count', () => {
    expect(() => evaluateForecast([3], [1, 2, 3])).toThrow(HotspotInputError);
    expect(() => evaluateForecast([1, 1], [1, 2, 3])).toThrow(/twice/);
    expect(() => evaluateForecast([0], [1, -2, 3])).toThrow(/count 1/);
  });
});
