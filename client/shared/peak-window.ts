import type { PeakWindow } from '../api/feature-types';
import { localIsoWeekday, localMinuteOfDay } from '../../core/time';

function toMinutes(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new Error(`peak window time must be HH:MM; got ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * Whether a key place's peak window is on at a moment (epoch ms; windows are Asia/Shanghai local time).
 * A window runs from `from` (inclusive) to `to` (exclusive) on each listed ISO weekday; when from > to it wraps
 * past midnight, so "Fri 22:00–02:00" also covers Saturday 00:00–01:59. from === to means the whole day.
 * Malformed times throw. Does not mutate its input.
 */
export function isPeakWindowActive(window: PeakWindow, atMs: number): boolean {
  const from = toMinutes(window.from);
  const to = toMinutes(window.to);
  const [weekday, minutes] = [localIsoWeekday(atMs), localMinuteOfDay(atMs)];
  const listed = (d: number) => window.weekdays.includes(d);
  if (from === to) return listed(weekday);
  if (from < to) return listed(weekday) && minutes >= from && minutes < to;
  const yesterday = weekday === 1 ? 7 : weekday - 1;
  return (listed(weekday) && minutes >= from) || (listed(yesterday) && minutes < to);
}

/** Whether any of a key place's peak windows is on at a moment. */
export function isAnyPeakWindowActive(windows: readonly PeakWindow[], atMs: number): boolean {
  return windows.some((w) => isPeakWindowActive(w, atMs));
}
