import { describe, expect, it } from 'vitest';
import { comparePeriods, previousPeriodOnRecord } from './compare-periods';

describe('comparePeriods', () => {
  const period = { from: '2026-11-08T16:00:00.000Z', to: '2026-12-06T16:00:00.000Z' };

  it('compares a running period up to now against the same stretch of the period before', () => {
    const c = comparePeriods(period, new Date('2026-12-05T22:00:00.000Z'));
    expect(c.partial).toBe(true);
    expect(c.current).toEqual({ from: period.from, to: '2026-12-05T22:00:00.000Z' });
    expect(c.previous).toEqual({ from: '2026-10-11T16:00:00.000Z', to: '2026-11-07T22:00:00.000Z' });
  });

  it('compares a period that is over as a whole against the whole period before', () => {
    const c = comparePeriods(period, new Date('2026-12-20T00:00:00.000Z'));
    expect(c.partial).toBe(false);
    expect(c.current).toEqual(period);
    expect(c.previous).toEqual({ from: '2026-10-11T16:00:00.000Z', to: period.from });
  });

  it('compares nothing with nothing for a period that has not begun', () => {
    const c = comparePeriods(period, new Date('2026-11-01T00:00:00.000Z'));
    expect(c.current).toEqual({ from: period.from, to: period.from });
    expect(c.previous.from).toBe(c.previous.to);
  });
});

describe('previousPeriodOnRecord', () => {
  const previous = { from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' };

  it('holds when the period before starts on or after the first day on record', () => {
    expect(previousPeriodOnRecord(previous, '2025-06-01T08:00:00.000Z')).toBe(true);
    expect(previousPeriodOnRecord(previous, '2026-01-01T09:30:00.000Z')).toBe(true); // hours into its first day
  });

  it('fails when the period before starts more than a day before the first record, or nothing is on record', () => {
    expect(previousPeriodOnRecord(previous, '2026-01-02T00:00:01.000Z')).toBe(false);
    expect(previousPeriodOnRecord(previous, '2026-01-20T00:00:00.000Z')).toBe(false);
    expect(previousPeriodOnRecord(previous, null)).toBe(false);
  });
});
