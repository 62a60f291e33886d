import type { MessageKey } from '../../i18n/zh-CN';

/** Patrol shifts as sets of local hours of day: 早班 07–15, 中班 15–23, 夜班 23–07 (each end exclusive). */
export const shifts = ['early', 'middle', 'night'] as const;
export type Shift = (typeof shifts)[number];

export const shiftLabels: Record<Shift, MessageKey> = { early: 'analysisShiftEarly', middle: 'analysisShiftMiddle', night: 'analysisShiftNight' };

const shiftBounds: Record<Shift, [number, number]> = { early: [7, 15], middle: [15, 23], night: [23, 7] };

/** The hours from `from` up to but not including `to`, wrapping past midnight (23 → 7 is 23, 0, 1, … 6). */
export function hourRange(from: number, to: number): number[] {
  const out: number[] = [];
  for (let h = from; h !== to; h = (h + 1) % 24) out.push(h);
  return out;
}

/** The hours of a shift, in the order they pass (a night shift starts at 23). */
export function hoursOfShift(shift: Shift): number[] {
  const [from, to] = shiftBounds[shift];
  return hourRange(from, to);
}

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
