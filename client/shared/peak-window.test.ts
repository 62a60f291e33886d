import { describe, expect, it } from 'vitest';
import { isAnyPeakWindowActive, isPeakWindowActive } from './peak-window';

// Moments given in Beijing time, whatever the machine's time zone.
const at = (iso: string) => Date.parse(`${iso}+08:00`);
// 2026-03-06 is a Friday, 2026-03-07 a Saturday, 2026-03-09 a Monday.
const schoolRun = { weekdays: [1, 2, 3, 4, 5], from: '07:30', to: '08:30' };
const lateNight = { weekdays: [5, 6], from: '22:00', to: '02:00' };

describe('isPeakWindowActive', () => {
  it('is on from the start time up to, not including, the end time on a listed day', () => {
    expect(isPeakWindowActive(schoolRun, at('2026-03-06T07:30:00'))).toBe(true);
    expect(isPeakWindowActive(schoolRun, at('2026-03-06T08:29:00'))).toBe(true);
    expect(isPeakWindowActive(schoolRun, at('2026-03-06T08:30:00'))).toBe(false);
    expect(isPeakWindowActive(schoolRun, at('2026-03-06T07:29:00'))).toBe(false);
  });
  it('is off on a day that is not listed', () => {
    expect(isPeakWindowActive(schoolRun, at('2026-03-07T07:45:00'))).toBe(false);
  });
  it('wraps past midnight into the day after a listed day', () => {
    expect(isPeakWindowActive(lateNight, at('2026-03-06T23:00:00'))).toBe(true); // Friday night
    expect(isPeakWindowActive(lateNight, at('2026-03-07T01:59:00'))).toBe(true); // Saturday small hours
    expect(isPeakWindowActive(lateNight, at('2026-03-08T01:00:00'))).toBe(true); // after Saturday night
    expect(isPeakWindowActive(lateNight, at('2026-03-09T01:00:00'))).toBe(false); // after Sunday: not listed
    expect(isPeakWindowActive(lateNight, at('2026-03-06T01:00:00'))).toBe(false); // after Thursday: not listed
    expect(isPeakWindowActive(lateNight, at('2026-03-07T02:00:00'))).toBe(false);
  });
  it('wraps from Sunday night into Monday', () => {
    expect(isPeakWindowActive({ weekdays: [7], from: '23:00', to: '01:00' }, at('2026-03-09T00:30:00'))).toBe(true);
  });
  it('uses Beijing time, not UTC', () => {
    // 00:00 UTC is 08:00 in Beijing: inside the school run.
    expect(isPeakWindowActive(schoolRun, Date.parse('2026-03-06T00:00:00Z'))).toBe(true);
  });
  it('treats equal start and end as the whole listed day', () => {
    expect(isPeakWindowActive({ weekdays: [5], from: '00:00', to: '00:00' }, at('2026-03-06T15:00:00'))).toBe(true);
  });
  it('throws on a malformed time', () => {
    expect(() => isPeakWindowActive({ weekdays: [1], from: '7h', to: '08:00' }, 0)).toThrow(/HH:MM/);
  });
});

describe('isAnyPeakWindowActive', () => {
  it('is off for a place without windows and on when one window is', () => {
    expect(isAnyPeakWindowActive([], at('2026-03-06T07:45:00'))).toBe(false);
    expect(isAnyPeakWindowActive([lateNight, schoolRun], at('2026-03-06T07:45:00'))).toBe(true);
  });
});
