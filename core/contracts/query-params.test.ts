import { describe, expect, it } from 'vitest';
import { periodBound } from './query-params';

describe('periodBound', () => {
  it('reads a bare from date as that day’s midnight in Asia/Shanghai', () => {
    expect(periodBound('from').parse('2026-01-01')).toBe('2026-01-01T00:00:00+08:00');
  });

  it('reads a bare to date as the next midnight, so the whole day is included (across a month and a leap day)', () => {
    expect(periodBound('to').parse('2026-01-31')).toBe('2026-02-01T00:00:00+08:00');
    expect(periodBound('to').parse('2028-02-28')).toBe('2028-02-29T00:00:00+08:00');
    expect(periodBound('to').parse('2026-12-31')).toBe('2027-01-01T00:00:00+08:00');
  });

  it('passes an ISO date-time with offset through unchanged', () => {
    expect(periodBound('from').parse('2026-01-01T06:30:00Z')).toBe('2026-01-01T06:30:00Z');
    expect(periodBound('to').parse('2026-01-01T06:30:00+08:00')).toBe('2026-01-01T06:30:00+08:00');
  });

  it.each(['2026-02-30', '2026-13-01', 'yesterday', '2026-01-01T06:30:00', '20260101'])('refuses %s, naming the field', (text) => {
    const r = periodBound('from').safeParse(text);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toMatch(/^from must be a date/);
  });
});
