import { describe, expect, it } from 'vitest';
import { countCellsForCoverage, selectTopCells } from './select-top-cells';
import { HotspotInputError } from './types';

// Six cells in two rows of three.
const grid = { row: Int32Array.of(0, 0, 0, 1, 1, 1), col: Int32Array.of(0, 1, 2, 0, 1, 2) };

describe('selectTopCells', () => {
  it('takes the highest scores covering the share of the area, ties by row then col', () => {
    expect([...selectTopCells([1, 5, 5, 9, 0, 5], 0.5, grid)]).toEqual([3, 1, 2]);
    expect([...selectTopCells([0, 0, 0, 0, 0, 0], 0.34, grid)]).toEqual([0, 1]);
  });

  it('never claims more area than the share, but always at least one cell', () => {
    expect(countCellsForCoverage(1500, 0.01)).toBe(15);
    expect(countCellsForCoverage(1999, 0.01)).toBe(19);
    expect(countCellsForCoverage(50, 0.01)).toBe(1);
    expect(countCellsForCoverage(50, 1)).toBe(50);
  });

  it('refuses a coverage outside (0, 1] and scores that are not one finite number per cell', () => {
    expect(() => selectTopCells([1, 2, 3, 4, 5, 6], 0, grid)).toThrow(HotspotInputError);
    expect(() => selectTopCells([1, 2, 3, 4, 5, 6], 1.5, grid)).toThrow(/coverage/);
    expect(() => selectTopCells([1, 2], 0.5, grid)).toThrow(/one value per cell/);
    expect(() => selectTopCells([1, 2, 3, 4, 5, Number.NaN], 0.5, grid)).toThrow(/finite/);
  });
});
