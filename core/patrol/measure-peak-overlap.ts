import { PatrolInputError, type TimeWindow } from './types';

/** A peak window of a key place: on each ISO weekday listed (1 Mon … 7 Sun), local 'HH:MM' to 'HH:MM'. */
export interface PeakWindowInput {
  weekdays: number[];
  from: string;
  to: string;
}

export interface PeakOverlap {
  /** Minutes the place is at its peak during the patrol, averaged over the patrol's weekdays. */
  meanMin: number;
  /** When a visit may begin to fall in a peak, in minutes from the patrol's start: the earliest opening and the latest closing over the weekdays; null without overlap. */
  window: TimeWindow | null;
}

const DAY_MIN = 1440;
const WEEK_MIN = 7 * DAY_MIN;

/**
 * How a key place's peak windows overlap a patrol. On each of `weekdays` the patrol runs from `startMin` (minutes
 * after local midnight) for `durationMin`, past midnight into the next day if need be; a peak window runs on each
 * of its weekdays from `from` to `to`, past midnight when `to` is not after `from` (nightlife 20:00–02:00), and
 * Sunday's night runs into Monday. Overlapping peak windows of one place count once. Times are one local clock
 * (Asia/Shanghai has no daylight saving). Throws PatrolInputError for a time that is not 'HH:MM'. Pure.
 */
export function measurePeakOverlap(patrol: { startMin: number; durationMin: number }, weekdays: readonly number[], peaks: readonly PeakWindowInput[]): PeakOverlap {
  const spans = peaks.flatMap((p) => {
    const from = parseClock(p.from);
    const length = (parseClock(p.to) - from + DAY_MIN) % DAY_MIN || DAY_MIN;
    return p.weekdays.map((d) => [(d - 1) * DAY_MIN + from, length] as const);
  });
  let total = 0;
  let open = Infinity;
  let close = -Infinity;
  for (const day of weekdays) {
    const begin = (day - 1) * DAY_MIN + patrol.startMin;
    const parts: [number, number][] = [];
    for (const [start, length] of spans) {
      // A window of the week before or after may reach into the patrol (Sunday night → Monday).
      for (const shift of [-WEEK_MIN, 0, WEEK_MIN]) {
        const lo = Math.max(begin, start + shift);
        const hi = Math.min(begin + patrol.durationMin, start + shift + length);
        if (hi > lo) parts.push([lo - begin, hi - begin]);
      }
    }
    for (const [lo, hi] of mergeSpans(parts)) {
      total += hi - lo;
      open = Math.min(open, lo);
      close = Math.max(close, hi);
    }
  }
  const meanMin = weekdays.length > 0 ? total / weekdays.length : 0;
  return { meanMin, window: total > 0 ? { openMin: open, closeMin: close } : null };
}

function mergeSpans(spans: [number, number][]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

function parseClock(hhmm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new PatrolInputError(`a peak window time must be HH:MM, got ${JSON.stringify(hhmm)}`);
  return Number(m[1]) * 60 + Number(m[2]);
}
