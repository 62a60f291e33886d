import { localDateKey, startOfLocalDay, DAY_MS } from '../time/shanghai-time';
import { DEFAULT_DOSAGE_SETTINGS, DosageInputError, type DosagePeriod, type DosageSettings, type DosageVisit } from './types';

/** The dose of one place from one set of visits (all units, or police or grid staff only). */
export interface DosageFigures {
  /** Visits, from pings and from check-ins alone. */
  visits: number;
  /** Of them, known only from a check-in (no dwell). */
  checkInVisits: number;
  /** Total dwell of the ping visits, minutes. */
  dwellMin: number;
  /** Ping visits whose dwell lies in the Koper band, and their share of the ping visits (null without any). */
  koperVisits: number;
  koperShare: number | null;
  /** The longest gap between two visits in one period (minutes), null when no period holds two visits. */
  longestGapMin: number | null;
  /** Gaps between visits in one period longer than the target. */
  gapsOverTarget: number;
  /** Minutes at least one unit was present, each local day of the periods (joint presence counts once). */
  presenceByDay: { day: string; minutes: number }[];
  /** Presence minutes over the days the periods touch, ÷ those days. */
  presenceMinPerDay: number;
}

/**
 * The dosage figures of one place over `periods` from its visits (findVisits, then addCheckInVisits). Visits are cut to
 * the periods; visits of several units at once make one stretch of presence, so two units there together count
 * their overlap once and no gap lies between them. A gap is the time from the end of one stretch of presence to the
 * start of the next within the same period (from a period's start to its first visit is not a gap: the periods are
 * shifts, and a shift's opening hour has its own figure, uncovered-in-peak, on the wall). Throws DosageInputError for
 * a period that does not end after it starts. Pure; does not mutate its input.
 */
export function summariseDosage(visits: readonly DosageVisit[], periods: readonly DosagePeriod[], settings: DosageSettings = DEFAULT_DOSAGE_SETTINGS): DosageFigures {
  for (const p of periods) if (!(p.endMs > p.startMs)) throw new DosageInputError('a period must end after it starts');
  const inPeriods = visits.filter((v) => periods.some((p) => v.endMs >= p.startMs && v.startMs < p.endMs));
  const timed = inPeriods.filter((v) => v.dwellMin !== null);
  const koperVisits = timed.filter((v) => v.dwellMin! >= settings.koperMinMin && v.dwellMin! <= settings.koperMaxMin).length;
  let longest: number | null = null;
  let gapsOverTarget = 0;
  const stretches: [number, number][] = [];
  for (const p of periods) {
    const merged = mergeIntervals(inPeriods.map((v): [number, number] => [Math.max(v.startMs, p.startMs), Math.min(v.endMs, p.endMs)]).filter(([a, b]) => b >= a && a < p.endMs));
    for (let i = 1; i < merged.length; i++) {
      const gapMin = (merged[i][0] - merged[i - 1][1]) / 60_000;
      longest = Math.max(longest ?? 0, gapMin);
      if (gapMin > settings.targetGapMin) gapsOverTarget++;
    }
    stretches.push(...merged);
  }
  const presenceByDay = splitByLocalDay(mergeIntervals(stretches));
  const days = new Set(periods.flatMap((p) => localDaysOf(p)));
  const totalPresence = presenceByDay.reduce((s, d) => s + d.minutes, 0);
  return {
    visits: inPeriods.length,
    checkInVisits: inPeriods.length - timed.length,
    dwellMin: timed.reduce((s, v) => s + v.dwellMin!, 0),
    koperVisits,
    koperShare: timed.length > 0 ? koperVisits / timed.length : null,
    longestGapMin: longest,
    gapsOverTarget,
    presenceByDay,
    presenceMinPerDay: days.size > 0 ? totalPresence / days.size : 0,
  };
}

/** Sorted, overlapping or touching intervals joined. */
export function mergeIntervals(intervals: readonly [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function splitByLocalDay(intervals: readonly [number, number][]): { day: string; minutes: number }[] {
  const byDay = new Map<string, number>();
  for (const [a, b] of intervals) {
    let t = a;
    while (t < b) {
      const next = Math.min(b, startOfLocalDay(t) + DAY_MS);
      const key = localDateKey(t);
      byDay.set(key, (byDay.get(key) ?? 0) + (next - t) / 60_000);
      t = next;
    }
  }
  return [...byDay].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([day, minutes]) => ({ day, minutes }));
}

function localDaysOf(p: DosagePeriod): string[] {
  const out: string[] = [];
  for (let t = startOfLocalDay(p.startMs); t < p.endMs; t += DAY_MS) out.push(localDateKey(t));
  return out;
}
