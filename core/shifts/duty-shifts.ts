/**
 * The one definition of shifts (issue 12: the patrol presets 07–11, 14–18, 19–23 and the analysis shifts 07–15,
 * 15–23, 23–07 disagreed with no reason given). Police work three 8-hour duty shifts (三班): 早班 07–15, 中班 15–23,
 * 夜班 23–07, in local (Asia/Shanghai) hours of day, each end exclusive. The analysis filters incidents by them.
 *
 * A patrol is shorter than a shift: its preset window is four hours inside its shift — 早班 07–11, 中班 19–23 (the
 * evening, when night-life and home incidents run), 夜班 23–03 (closing time) — so a route's stops are timed within
 * the shift the patrol goes out in. The patrol form says so and lets the times be changed.
 */
export const dutyShifts = ['early', 'middle', 'night'] as const;
export type DutyShift = (typeof dutyShifts)[number];

/** [first hour, end hour) of each shift; the night shift passes midnight. */
export const DUTY_SHIFT_HOURS: Readonly<Record<DutyShift, readonly [number, number]>> = { early: [7, 15], middle: [15, 23], night: [23, 7] };

/** The patrol window preset for each shift, local 'HH:MM'; end before start passes midnight. Lies within its shift. */
export const PATROL_WINDOWS: Readonly<Record<DutyShift, { readonly start: string; readonly end: string }>> = {
  early: { start: '07:00', end: '11:00' },
  middle: { start: '19:00', end: '23:00' },
  night: { start: '23:00', end: '03:00' },
};

/** The hours from `from` up to but not including `to`, wrapping past midnight (23 → 7 is 23, 0, 1, … 6). */
export function hourRange(from: number, to: number): number[] {
  const out: number[] = [];
  for (let h = from; h !== to; h = (h + 1) % 24) out.push(h);
  return out;
}

/** The local hours of a shift, in the order they pass (a night shift starts at 23). */
export function hoursOfShift(shift: DutyShift): number[] {
  const [from, to] = DUTY_SHIFT_HOURS[shift];
  return hourRange(from, to);
}

/** A shift's hours as clock text: '07–15', '23–07'. */
export function formatShiftHours(shift: DutyShift): string {
  const pad = (h: number) => String(h).padStart(2, '0');
  const [from, to] = DUTY_SHIFT_HOURS[shift];
  return `${pad(from)}–${pad(to)}`;
}

/** A patrol window as clock text without minutes when whole hours: '19–23', '07:30–11:00'. */
export function formatPatrolWindow(window: { start: string; end: string }): string {
  const short = (t: string) => (t.endsWith(':00') ? t.slice(0, 2) : t);
  return window.start.endsWith(':00') && window.end.endsWith(':00') ? `${short(window.start)}–${short(window.end)}` : `${window.start}–${window.end}`;
}
