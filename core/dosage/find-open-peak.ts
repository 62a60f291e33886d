import { DAY_MS, MINUTE_MS, localIsoWeekday, startOfLocalDay } from '../time/shanghai-time';

/** A peak window as key places hold it: on each ISO weekday listed (1 Mon … 7 Sun), local 'HH:MM' to 'HH:MM'. */
export interface PeakWindow {
  weekdays: number[];
  from: string;
  to: string;
}

export interface OpenPeak {
  from: string;
  to: string;
  openMs: number;
  closeMs: number;
}

const clock = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * The peak window open at `nowMs`, if any: a window runs on each of its weekdays from `from` to `to`, past midnight
 * into the next day when `to` is not after `from` (nightlife 20:00–02:00 opened on Friday is open at 01:00 on
 * Saturday). Of several open, the one opened first. Local time is Asia/Shanghai. Pure.
 */
export function findOpenPeak(peaks: readonly PeakWindow[], nowMs: number): OpenPeak | null {
  const today = startOfLocalDay(nowMs);
  let best: OpenPeak | null = null;
  for (const dayStart of [today - DAY_MS, today]) {
    const weekday = localIsoWeekday(dayStart);
    for (const p of peaks) {
      if (!p.weekdays.includes(weekday)) continue;
      const from = clock(p.from);
      const length = (clock(p.to) - from + 1440) % 1440 || 1440;
      const openMs = dayStart + from * MINUTE_MS;
      const closeMs = openMs + length * MINUTE_MS;
      if (nowMs >= openMs && nowMs < closeMs && (!best || openMs < best.openMs)) best = { from: p.from, to: p.to, openMs, closeMs };
    }
  }
  return best;
}
