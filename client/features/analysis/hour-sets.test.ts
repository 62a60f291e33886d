import { describe, expect, it } from 'vitest';
import { describeHours, hourRange, hoursOfShift, shiftOfHours, toggleValue } from './hour-sets';

describe('patrol shifts as hours', () => {
  it('gives the early shift 07–15 and the middle shift 15–23, ends exclusive', () => {
    expect(hoursOfShift('early')).toEqual([7, 8, 9, 10, 11, 12, 13, 14]);
    expect(hoursOfShift('middle')).toEqual([15, 16, 17, 18, 19, 20, 21, 22]);
  });

  it('wraps the night shift past midnight: 23, 0 … 6', () => {
    expect(hoursOfShift('night')).toEqual([23, 0, 1, 2, 3, 4, 5, 6]);
  });

  it('covers the day once with the three shifts', () => {
    const all = [...hoursOfShift('early'), ...hoursOfShift('middle'), ...hoursOfShift('night')].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 24 }, (_, h) => h));
  });

  it('recognises a shift in any order, and nothing else', () => {
    expect(shiftOfHours([0, 1, 2, 3, 4, 5, 6, 23])).toBe('night');
    expect(shiftOfHours([7, 8])).toBeNull();
    expect(shiftOfHours([])).toBeNull();
  });

  it('gives an empty range for equal ends', () => {
    expect(hourRange(5, 5)).toEqual([]);
  });
});

describe('hour toggles', () => {
  it('switches an hour in and out without touching the input', () => {
    const hours = [1, 3];
    expect(toggleValue(hours, 2)).toEqual([1, 2, 3]);
    expect(toggleValue(hours, 3)).toEqual([1]);
    expect(hours).toEqual([1, 3]);
  });

  it('writes runs of hours as clock times, keeping a run over midnight whole', () => {
    expect(describeHours([23, 0, 1, 2])).toBe('23–03');
    expect(describeHours([8, 9, 14])).toBe('08–10, 14–15');
    expect(describeHours([])).toBe('');
    expect(describeHours(Array.from({ length: 24 }, (_, h) => h))).toBe('00–24');
  });
});
