import type { IncidentQuery } from '../../../core/contracts/incidents';
import { DAY_MS, startOfLocalDateKey, startOfLocalDay } from '../../../core/time';

/** The period presets the view offers (days ending with today), or a custom from–to. */
export const rangePresets = ['7d', '28d', '90d'] as const;
export type RangePreset = (typeof rangePresets)[number];

/**
 * What the analyst chose. Dates are local (Asia/Shanghai) calendar days 'YYYY-MM-DD', `to` inclusive; an empty
 * list of categories, hours or weekdays means "any" (no filter), as does a list of every hour or weekday.
 */
export interface AnalysisFilter {
  range: RangePreset | 'custom';
  fromDay: string;
  toDay: string;
  categories: string[];
  hours: number[];
  weekdays: number[];
}

export const defaultFilter: AnalysisFilter = { range: '28d', fromDay: '', toDay: '', categories: [], hours: [], weekdays: [] };


const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const toIso = (ms: number) => new Date(ms).toISOString();

/**
 * Why a custom period cannot be analysed: a day not given, a day that is no date (2026-02-30, or half-typed 2026-1,
 * as the date field hands it on), the start after the end, or an end after today.
 */
export type RangeProblem = 'missing' | 'unreadable' | 'reversed' | 'future';

/**
 * What is wrong with the filter's period, or null. A day that is no date is told apart from a blank one, so the bar
 * says what the date field says (2026 年 2 月没有 30 日), not "choose a date". A period ending after today is refused,
 * not cut: there are no incidents in the future (glossary: 不含未来时刻), so its count would read as a fall against
 * the period before.
 */
export function rangeProblem(filter: AnalysisFilter, now: Date): RangeProblem | null {
  if (filter.range !== 'custom') return null;
  const fromMs = startOfLocalDateKey(filter.fromDay);
  const toMs = startOfLocalDateKey(filter.toDay) + DAY_MS;
  const given = [filter.fromDay, filter.toDay].map((day) => day.trim() !== '');
  if ((given[0] && !Number.isFinite(fromMs)) || (given[1] && !Number.isFinite(toMs))) return 'unreadable';
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs)) return 'missing';
  if (fromMs >= toMs) return 'reversed';
  if (toMs > startOfLocalDay(now.getTime()) + DAY_MS) return 'future';
  return null;
}

/**
 * The [from, to) instants of the filter's period. A preset of N days ends at the local midnight after `now` (so
 * today counts, and the range stays the same all day: the same URL, cacheable); a custom range runs from the start
 * of `fromDay` to the end of `toDay`. Null when the period has a problem (rangeProblem).
 */
export function filterRange(filter: AnalysisFilter, now: Date): { from: string; to: string } | null {
  if (rangeProblem(filter, now)) return null;
  if (filter.range !== 'custom') {
    const toMs = startOfLocalDay(now.getTime()) + DAY_MS;
    return { from: toIso(toMs - Number(filter.range.slice(0, -1)) * DAY_MS), to: toIso(toMs) };
  }
  return { from: toIso(startOfLocalDateKey(filter.fromDay)), to: toIso(startOfLocalDateKey(filter.toDay) + DAY_MS) };
}

/** A list that means "any" is left out; the rest is sorted and de-duplicated. */
function narrowing(values: number[], all: number): number[] | undefined {
  const set = [...new Set(values)].sort((a, b) => a - b);
  return set.length === 0 || set.length >= all ? undefined : set;
}

/** The API filter (GET /api/incidents and /api/analysis/*) of a filter, or null when its period is invalid. */
export function toIncidentQuery(filter: AnalysisFilter, now: Date): IncidentQuery | null {
  const range = filterRange(filter, now);
  if (!range) return null;
  return {
    ...range,
    categories: filter.categories.length > 0 ? [...filter.categories].sort() : undefined,
    hours: narrowing(filter.hours, 24),
    weekdays: narrowing(filter.weekdays, 7),
  };
}

/** Length of the filter's period in whole days (for the "previous period" note); 0 when invalid. */
export function periodDays(range: { from: string; to: string } | null): number {
  return range ? Math.round((Date.parse(range.to) - Date.parse(range.from)) / DAY_MS) : 0;
}

// ---- The view's own URL (/analysis?range=…), so that a filter can be bookmarked or sent to a colleague ----

const intList = (s: string | null, min: number, max: number) =>
  (s ?? '')
    .split(',')
    .filter((x) => /^\d+$/.test(x))
    .map(Number)
    .filter((n) => n >= min && n <= max);

/** The filter as the query string of the view's URL; defaults are left out, so the default filter is ''. */
export function filterToUrlSearch(filter: AnalysisFilter): string {
  const p = new URLSearchParams();
  if (filter.range !== defaultFilter.range) p.set('range', filter.range);
  if (filter.range === 'custom') {
    p.set('from', filter.fromDay);
    p.set('to', filter.toDay);
  }
  if (filter.categories.length) p.set('categories', filter.categories.join(','));
  if (filter.hours.length) p.set('hours', filter.hours.join(','));
  if (filter.weekdays.length) p.set('weekdays', filter.weekdays.join(','));
  return p.toString();
}

/** The filter a URL query string names; what is missing or malformed falls back to the default. */
export function filterFromUrlSearch(search: string): AnalysisFilter {
  const p = new URLSearchParams(search);
  const range = p.get('range');
  const validRange = range === 'custom' || (rangePresets as readonly string[]).includes(range ?? '') ? (range as AnalysisFilter['range']) : defaultFilter.range;
  const fromDay = p.get('from') ?? '';
  const toDay = p.get('to') ?? '';
  const custom = validRange === 'custom' && dayPattern.test(fromDay) && dayPattern.test(toDay);
  return {
    range: validRange === 'custom' && !custom ? defaultFilter.range : validRange,
    fromDay: custom ? fromDay : '',
    toDay: custom ? toDay : '',
    categories: (p.get('categories') ?? '').split(',').filter((c) => /^[A-Z_]{2,32}$/.test(c)),
    hours: [...new Set(intList(p.get('hours'), 0, 23))],
    weekdays: [...new Set(intList(p.get('weekdays'), 1, 7))],
  };
}
