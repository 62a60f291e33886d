import { describe, expect, it } from 'vitest';
import { formatLocalDate, formatLocalMinute, localIsoWeekday, startOfLocalDay } from './local-time';

describe('local time (UTC+8)', () => {
  it('formats an instant as Shanghai wall time to the minute', () => {
    expect(formatLocalMinute(Date.parse('2026-03-04T13:17:42Z'))).toBe('2026-03-04T21:17:00+08:00');
    expect(formatLocalMinute(Date.parse('2026-03-04T16:30:00Z'))).toBe('2026-03-05T00:30:00+08:00');
  });

  it('gives the local date and weekday across UTC midnight', () => {
    const ms = Date.parse('2026-03-01T17:00:00Z'); // Monday 01:00 in Shanghai
    expect(formatLocalDate(ms)).toBe('2026-03-02');
    expect(localIsoWeekday(ms)).toBe(1);
    expect(new Date(startOfLocalDay(ms)).toISOString()).toBe('2026-03-01T16:00:00.000Z');
  });
});
