import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  SHANGHAI_TIME_ZONE,
  formatLocalMinute,
  instantOfLocalDateTime,
  isoOfLocalDateTime,
  listLocalBuckets,
  clippedLocalBuckets,
  localClockTime,
  localDateKey,
  localDateTimeInput,
  localDayOfYear,
  localFields,
  localHour,
  localInstant,
  localIsoWeekday,
  localMinuteOfDay,
  startOfLocalDateKey,
  startOfLocalDay,
  startOfLocalWeek,
  withShanghaiOffset,
} from './shanghai-time';

const at = (iso: string) => Date.parse(iso);
const isoOf = (ms: number) => new Date(ms).toISOString();

describe('Asia/Shanghai local time', () => {
  it('gives the local date on both sides of 16:00 UTC, local midnight', () => {
    expect(localDateKey(at('2026-03-01T15:59:59.999Z'))).toBe('2026-03-01');
    expect(localDateKey(at('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
    expect(localDateKey(at('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('starts a local day at 16:00 UTC the day before', () => {
    expect(isoOf(startOfLocalDay(at('2026-03-01T17:00:00Z')))).toBe('2026-03-01T16:00:00.000Z');
    expect(isoOf(startOfLocalDay(at('2026-03-01T15:00:00Z')))).toBe('2026-02-28T16:00:00.000Z');
    expect(isoOf(startOfLocalDay(at('2026-03-01T16:00:00Z')))).toBe('2026-03-01T16:00:00.000Z');
  });

  it('lists every local day or week a stretch touches, quiet ones included', () => {
    // 2026-11-29 is a Sunday; 23:30 local on the 28th is 15:30 UTC.
    const from = Date.parse('2026-11-28T15:30:00Z');
    const to = Date.parse('2026-12-02T16:00:00Z');
    expect(listLocalBuckets(from, to, 'day')).toEqual(['2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
    expect(listLocalBuckets(from, to, 'week')).toEqual(['2026-11-23', '2026-11-30']);
    expect(listLocalBuckets(to, from, 'day')).toEqual([]);
  });

  it('says when the first or the last day or week holds only part of the stretch', () => {
    // Saturday 28 November 23:30 to Thursday 3 December 00:00 local.
    const from = Date.parse('2026-11-28T15:30:00Z');
    const to = Date.parse('2026-12-02T16:00:00Z');
    expect(clippedLocalBuckets(from, to, 'day')).toEqual({ first: true, last: false });
    expect(clippedLocalBuckets(from, to, 'week')).toEqual({ first: true, last: true });
    // Monday 23 November to Monday 7 December, both at local midnight: two whole weeks.
    const monday = Date.parse('2026-11-22T16:00:00Z');
    expect(clippedLocalBuckets(monday, monday + 14 * 86_400_000, 'week')).toEqual({ first: false, last: false });
    expect(clippedLocalBuckets(monday, monday + 14 * 86_400_000 - 1, 'week')).toEqual({ first: false, last: true });
    expect(clippedLocalBuckets(to, from, 'day')).toEqual({ first: false, last: false });
  });

  it('starts a local week on Monday, also when UTC still says Sunday', () => {
    // Monday 2 March 2026, 00:30 in Shanghai, is Sunday 16:30 UTC.
    expect(isoOf(startOfLocalWeek(at('2026-03-01T16:30:00Z')))).toBe('2026-03-01T16:00:00.000Z');
    // Sunday 1 March 2026, 23:30 in Shanghai, belongs to the week that began Monday 23 February.
    expect(isoOf(startOfLocalWeek(at('2026-03-01T15:30:00Z')))).toBe('2026-02-22T16:00:00.000Z');
    expect(localIsoWeekday(at('2026-03-01T16:30:00Z'))).toBe(1);
    expect(localIsoWeekday(at('2026-03-01T15:30:00Z'))).toBe(7);
  });

  it('reads a date key as the start of that local day and refuses other text', () => {
    expect(isoOf(startOfLocalDateKey('2026-03-02'))).toBe('2026-03-01T16:00:00.000Z');
    expect(startOfLocalDateKey('2026-3-2')).toBeNaN();
    expect(startOfLocalDateKey('')).toBeNaN();
  });

  it('refuses a day the calendar lacks instead of rolling it into the next month', () => {
    expect(startOfLocalDateKey('2026-02-30')).toBeNaN();
    expect(startOfLocalDateKey('2026-13-01')).toBeNaN();
    expect(isoOf(startOfLocalDateKey('2028-02-29'))).toBe('2028-02-28T16:00:00.000Z');
  });

  it('reads a local date-time as the instant in Shanghai, whatever the machine’s zone', () => {
    expect(isoOf(instantOfLocalDateTime('2026-05-01T08:00'))).toBe('2026-05-01T00:00:00.000Z');
    expect(isoOf(instantOfLocalDateTime('2026-01-01T00:30'))).toBe('2025-12-31T16:30:00.000Z');
    expect(instantOfLocalDateTime('2026-05-01T24:00')).toBeNaN();
    expect(instantOfLocalDateTime('2026-04-31T08:00')).toBeNaN();
    expect(instantOfLocalDateTime('2026-05-01 08:00')).toBeNaN();
  });

  it('writes a local date-time as the ISO instant the API takes, and nothing for blank or unreadable text', () => {
    expect(isoOfLocalDateTime('2026-05-01T08:00')).toBe('2026-05-01T00:00:00.000Z');
    expect(isoOfLocalDateTime('')).toBeUndefined();
    expect(isoOfLocalDateTime('not a date')).toBeUndefined();
    // What DateField passes on when its text cannot be read: refused, not rolled over into 2 March.
    expect(isoOfLocalDateTime('2026-02-30T08:00')).toBeUndefined();
    expect(isoOfLocalDateTime('2026-13-01 08:00')).toBeUndefined();
  });

  it('gives local fields, hour, minute of day and day of year', () => {
    const ms = at('2026-10-31T16:30:00Z'); // Sunday 1 November 2026, 00:30 in Shanghai
    expect(localFields(ms)).toEqual({ year: 2026, month: 11, day: 1, hour: 0, minute: 30, weekday: 7 });
    expect(localHour(ms)).toBe(0);
    expect(localMinuteOfDay(ms)).toBe(30);
    expect(localDayOfYear(at('2026-01-01T00:00:00Z'))).toBe(0);
    expect(localDayOfYear(at('2025-12-31T16:00:00Z'))).toBe(0);
    expect(localDayOfYear(at('2025-12-31T15:59:00Z'))).toBe(364);
  });

  it('turns local wall-clock fields back into the instant, months overflowing', () => {
    expect(isoOf(localInstant(2026, 3, 2, 0, 30))).toBe('2026-03-01T16:30:00.000Z');
    expect(isoOf(localInstant(2026, 13, 1))).toBe('2026-12-31T16:00:00.000Z');
  });

  it('writes local minutes and datetime-local values', () => {
    expect(formatLocalMinute(at('2026-03-04T13:17:42Z'))).toBe('2026-03-04T21:17:00+08:00');
    expect(formatLocalMinute(at('2026-03-04T16:30:00Z'))).toBe('2026-03-05T00:30:00+08:00');
    expect(localDateTimeInput(at('2026-03-04T16:30:59Z'))).toBe('2026-03-05T00:30');
    expect(withShanghaiOffset('2026-03-05T00:30')).toBe('2026-03-05T00:30:00+08:00');
    expect(withShanghaiOffset('2026-03-05T00:30:15')).toBe('2026-03-05T00:30:15+08:00');
    expect(withShanghaiOffset('')).toBe('');
  });

  it('reads the local clock to the second, on both sides of local midnight', () => {
    expect(localClockTime(at('2026-03-04T16:30:59.999Z'))).toBe('00:30:59');
    expect(localClockTime(at('2026-03-04T15:59:59Z'))).toBe('23:59:59');
    expect(localClockTime(at('2026-03-04T06:05:07Z'))).toBe('14:05:07');
  });

  it('agrees with the platform time-zone database from 1992 to 2040', () => {
    const intl = new Intl.DateTimeFormat('en-CA', {
      timeZone: SHANGHAI_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    const fromIntl = (ms: number) => {
      const p = Object.fromEntries(intl.formatToParts(ms).map((x) => [x.type, x.value]));
      return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
    };
    // Every 13 days and 7 hours: the sample walks through every hour of the day and every month.
    for (let ms = at('1992-01-01T00:00:00Z'); ms < at('2040-01-01T00:00:00Z'); ms += 13 * DAY_MS + 7 * 3_600_000) {
      expect(localDateTimeInput(ms)).toBe(fromIntl(ms));
    }
  });
});
