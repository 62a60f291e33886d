import { describe, expect, it } from 'vitest';
import type { RateRow } from '../../../core/contracts/analysis';
import { isRateMeasure, topCodes } from './rate-ranking';

const row = (code: string, count: number, per1000: number, changePct: number | null): RateRow => ({ code, name: code, residents: 1000, count, per1000, previous: 1, changePct });
const rows = [row('A', 10, 1, 50), row('B', 30, 3, null), row('C', 20, 9, -10), row('D', 0, 0, -100), row('E', 20, 2, 0)];

describe('the top rows of a measure', () => {
  it('takes the highest values, ties by code', () => {
    expect([...topCodes(rows, 'count', 3)]).toEqual(['B', 'C', 'E']);
    expect([...topCodes(rows, 'per1000', 1)]).toEqual(['C']);
  });

  it('never calls a row without a value, or at zero, top', () => {
    expect([...topCodes(rows, 'changePct', 5)]).toEqual(['A']);
    expect(topCodes([row('Z', 0, 0, null)], 'count', 5).size).toBe(0);
  });

  it('ranks nothing for no rows or n = 0, and leaves the input in order', () => {
    expect(topCodes([], 'count', 5).size).toBe(0);
    expect(topCodes(rows, 'count', 0).size).toBe(0);
    expect(rows.map((r) => r.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('knows which column ids are measures', () => {
    expect(isRateMeasure('per1000')).toBe(true);
    expect(isRateMeasure('name')).toBe(false);
  });
});
