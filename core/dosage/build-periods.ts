import { DAY_MS, MINUTE_MS, startOfLocalDay } from '../time/shanghai-time';
import { DosageInputError, type DosagePeriod } from './types';

const clock = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * The periods of a query: [from, to) as one, or with a daily window ('18:00'–'22:00' local; past midnight when end is
 * not after start) one a day — each day's window that overlaps [from, to), cut to it. Throws DosageInputError when
 * `to` is not after `from`. Pure.
 */
export function buildPeriods(fromMs: number, toMs: number, window?: { start: string; end: string }): DosagePeriod[] {
  if (!(toMs > fromMs)) throw new DosageInputError('to must be after from');
  if (!window) return [{ startMs: fromMs, endMs: toMs }];
  const start = clock(window.start);
  const length = (clock(window.end) - start + 1440) % 1440 || 1440;
  const out: DosagePeriod[] = [];
  // From the day before: a night window opened then may reach into the period.
  for (let day = startOfLocalDay(fromMs) - DAY_MS; day < toMs; day += DAY_MS) {
    const a = Math.max(fromMs, day + start * MINUTE_MS);
    const b = Math.min(toMs, day + (start + length) * MINUTE_MS);
    if (b > a) out.push({ startMs: a, endMs: b });
  }
  return out;
}
