import { describe, expect, it } from 'vitest';
import { DUTY_SHIFT_HOURS, PATROL_WINDOWS, dutyShifts, formatPatrolWindow, formatShiftHours, hourRange, hoursOfShift } from './duty-shifts';

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

describe('duty shifts', () => {
  it('cover the day’s 24 hours once, in three 8-hour shifts', () => {
    const all = dutyShifts.flatMap(hoursOfShift).sort((a, b) => a - b);
    expect(all).toEqual([...Array(24).keys()]);
    expect(dutyShifts.map((s) => hoursOfShift(s).length)).toEqual([8, 8, 8]);
    expect(hoursOfShift('night')).toEqual([23, 0, 1, 2, 3, 4, 5, 6]);
  });

  it('put each patrol window inside its own shift', () => {
    for (const shift of dutyShifts) {
      const w = PATROL_WINDOWS[shift];
      const [from] = DUTY_SHIFT_HOURS[shift];
      // Minutes after the shift's start, wrapping past midnight; the window must end by the shift's 8 hours.
      const after = (hhmm: string) => (minutesOf(hhmm) - from * 60 + 1440) % 1440;
      const end = after(w.end) === 0 ? 1440 : after(w.end);
      expect(after(w.start), shift).toBeLessThan(end);
      expect(end, shift).toBeLessThanOrEqual(8 * 60);
    }
  });

  it('writes shifts and windows as clock text', () => {
    expect(dutyShifts.map(formatShiftHours)).toEqual(['07–15', '15–23', '23–07']);
    expect(formatPatrolWindow(PATROL_WINDOWS.night)).toBe('23–03');
    expect(formatPatrolWindow({ start: '07:30', end: '11:00' })).toBe('07:30–11:00');
    expect(hourRange(22, 2)).toEqual([22, 23, 0, 1]);
  });
});
