import { describe, expect, it } from 'vitest';
import { formatDayNumber, parseDayNumber } from './parse-day-number';

describe('parseDayNumber', () => {
  it('reads dates as whole days since 1970-01-01', () => {
    expect(parseDayNumber('1970-01-01')).toBe(0);
    expect(parseDayNumber('2016-08-10')).toBe(17023);
    expect(parseDayNumber(' 2016-08-10 ')).toBe(17023);
  });

  it('reads ISO timestamps as fractional days with the clock as written, offsets ignored', () => {
    expect(parseDayNumber('2016-08-10T18:00')).toBe(17023.75);
    expect(parseDayNumber('2016-08-10 06:00:00')).toBe(17023.25);
    expect(parseDayNumber('2016-08-10T18:00:00.000Z')).toBe(17023.75);
    expect(parseDayNumber('2016-08-10T18:00:00+08:00')).toBe(17023.75);
  });

  it('answers null for anything else, including impossible dates', () => {
    for (const text of ['', '08/10/2016', '2016-8-10', '2016-02-30', '2016-13-01', '2016-08-10T25:00', 'yesterday', '1899-11-30x']) {
      expect(parseDayNumber(text)).toBeNull();
    }
  });

  it('formats a day number back as its calendar date', () => {
    expect(formatDayNumber(17023.75)).toBe('2016-08-10');
  });
});
