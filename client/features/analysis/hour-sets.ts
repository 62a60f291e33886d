import { dutyShifts, hourRange, hoursOfShift, type DutyShift } from '../../../core/shifts/duty-shifts';
import type { MessageKey } from '../../i18n/zh-CN';

// The duty shifts (早班 07–15, 中班 15–23, 夜班 23–07) are defined once, in core, for this view and the patrol form.
export { hourRange, hoursOfShift };
export const shifts = dutyShifts;
export type Shift = DutyShift;

/** The shift's name; its hours come from core (formatShiftHours). */
export const shiftLabels: Record<Shift, MessageKey> = { early: 'shiftEarly', middle: 'shiftMiddle', night: 'shiftNight' };

/** The shift whose hours are exactly these (in any order), or null. */
export function shiftOfHours(hours: readonly number[]): Shift | null {
  const key = [...new Set(hours)].sort((a, b) => a - b).join(',');
  return shifts.find((s) => [...hoursOfShift(s)].sort((a, b) => a - b).join(',') === key) ?? null;
}

/** The set with `value` switched in or out; sorted, the input untouched. */
export function toggleValue(values: readonly number[], value: number): number[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value].sort((a, b) => a - b);
}

/**
 * Hours written as runs of local clock time, e.g. [23, 0, 1, 2] → "23–03" and [8, 9, 14] → "08–10, 14–15" (each end
 * exclusive); '' for none. A run that passes midnight stays one run.
 */
export function describeHours(hours: readonly number[]): string {
  const on = new Set(hours.filter((h) => h >= 0 && h < 24));
  if (on.size === 0) return '';
  if (on.size === 24) return '00–24';
  const pad = (h: number) => String(h).padStart(2, '0');
  // Start at an hour that is off, so that no run is cut in two at the start of the walk.
  const start = [...Array(24).keys()].find((h) => !on.has(h))!;
  const runs: string[] = [];
  let runStart: number | null = null;
  for (let i = 1; i <= 24; i++) {
    const h = (start + i) % 24;
    if (on.has(h) && runStart === null) runStart = h;
    if (!on.has(h) && runStart !== null) {
      runs.push(`${pad(runStart)}–${pad(h)}`);
      runStart = null;
    }
  }
  return runs.join(', ');
}
