import { describe, expect, it } from 'vitest';
import { localDateKey } from '../../../core/time';
import { defaultFilter, filterFromUrlSearch, filterRange, rangeProblem, filterToUrlSearch, periodDays, toIncidentQuery, type AnalysisFilter } from './analysis-filter';

// 2026-03-10 01:30 in Shanghai is still 2026-03-09 in UTC: local days must not follow UTC's.
const now = new Date('2026-03-09T17:30:00Z');

describe('the period of a filter', () => {
  it('ends a preset at the local midnight after now and starts it N days before', () => {
    expect(filterRange({ ...defaultFilter, range: '7d' }, now)).toEqual({ from: '2026-03-03T16:00:00.000Z', to: '2026-03-10T16:00:00.000Z' });
  });

  it('gives the same range all day, so the request stays the same', () => {
    const morning = filterRange(defaultFilter, new Date('2026-03-09T16:00:00Z'));
    const evening = filterRange(defaultFilter, new Date('2026-03-10T15:59:59Z'));
    expect(morning).toEqual(evening);
  });

  it('runs a custom range from the start of its first day to the end of its last', () => {
    const f: AnalysisFilter = { ...defaultFilter, range: 'custom', fromDay: '2026-02-01', toDay: '2026-02-28' };
    expect(filterRange(f, now)).toEqual({ from: '2026-01-31T16:00:00.000Z', to: '2026-02-28T16:00:00.000Z' });
    expect(periodDays(filterRange(f, now))).toBe(28);
  });

  it('accepts a custom range of one day and refuses one that ends before it starts, or lacks a day', () => {
    expect(filterRange({ ...defaultFilter, range: 'custom', fromDay: '2026-02-01', toDay: '2026-02-01' }, now)).not.toBeNull();
    expect(filterRange({ ...defaultFilter, range: 'custom', fromDay: '2026-02-02', toDay: '2026-02-01' }, now)).toBeNull();
    expect(filterRange({ ...defaultFilter, range: 'custom', fromDay: '', toDay: '2026-02-01' }, now)).toBeNull();
  });

  it('says what is wrong with a custom period, refusing one that ends after today (local)', () => {
    const custom = (fromDay: string, toDay: string): AnalysisFilter => ({ ...defaultFilter, range: 'custom', fromDay, toDay });
    expect(rangeProblem(custom('', '2026-02-01'), now)).toBe('missing');
    expect(rangeProblem(custom('2026-02-02', '2026-02-01'), now)).toBe('reversed');
    // Today in Shanghai is 2026-03-10 (UTC still says the 9th): a period to today is fine, to tomorrow is not.
    expect(rangeProblem(custom('2026-03-01', '2026-03-10'), now)).toBeNull();
    expect(rangeProblem(custom('2026-03-01', '2026-03-11'), now)).toBe('future');
    expect(filterRange(custom('2027-01-01', '2027-02-01'), now)).toBeNull();
    expect(rangeProblem(defaultFilter, now)).toBeNull();
  });

  it('calls a day that is no date unreadable, not missing, as the date field does', () => {
    const custom = (fromDay: string, toDay: string): AnalysisFilter => ({ ...defaultFilter, range: 'custom', fromDay, toDay });
    expect(rangeProblem(custom('2026-02-01', '2026-02-30'), now)).toBe('unreadable');
    expect(rangeProblem(custom('2026-1', '2026-02-01'), now)).toBe('unreadable');
    expect(rangeProblem(custom('2026-13-01', ''), now)).toBe('unreadable');
    expect(rangeProblem(custom('', ''), now)).toBe('missing');
    expect(toIncidentQuery(custom('2026-02-01', '2026-02-30'), now)).toBeNull();
  });

  it('names the local day of a moment in Asia/Shanghai', () => {
    expect(localDateKey(now.getTime())).toBe('2026-03-10');
  });
});

describe('the API query of a filter', () => {
  it('leaves out lists that mean "any": empty, or every hour or weekday', () => {
    const q = toIncidentQuery({ ...defaultFilter, hours: Array.from({ length: 24 }, (_, h) => h), weekdays: [] }, now)!;
    expect(q.hours).toBeUndefined();
    expect(q.weekdays).toBeUndefined();
    expect(q.categories).toBeUndefined();
  });

  it('sorts and de-duplicates the lists, so one filter is one request', () => {
    const q = toIncidentQuery({ ...defaultFilter, categories: ['FRAUD', 'DRUNK'], hours: [23, 0, 1, 0], weekdays: [7, 6] }, now)!;
    expect(q).toMatchObject({ categories: ['DRUNK', 'FRAUD'], hours: [0, 1, 23], weekdays: [6, 7] });
  });

  it('is null for an invalid period', () => {
    expect(toIncidentQuery({ ...defaultFilter, range: 'custom', fromDay: 'x', toDay: 'y' }, now)).toBeNull();
  });

  it('does not mutate the filter', () => {
    const f: AnalysisFilter = { ...defaultFilter, categories: ['FRAUD', 'DRUNK'], hours: [23, 0] };
    const copy = structuredClone(f);
    toIncidentQuery(f, now);
    expect(f).toEqual(copy);
  });
});

describe('the filter in the view URL', () => {
  it('writes the default filter as an empty query string', () => {
    expect(filterToUrlSearch(defaultFilter)).toBe('');
  });

  it('reads back what it wrote', () => {
    const f: AnalysisFilter = { range: 'custom', fromDay: '2026-01-01', toDay: '2026-01-31', categories: ['FIGHT', 'DRUNK'], hours: [23, 0, 1], weekdays: [5, 6] };
    expect(filterFromUrlSearch(filterToUrlSearch(f))).toEqual(f);
    expect(filterFromUrlSearch(filterToUrlSearch({ ...defaultFilter, range: '90d' }))).toEqual({ ...defaultFilter, range: '90d' });
  });

  it('falls back to the default for what is malformed', () => {
    expect(filterFromUrlSearch('range=5y&hours=1,99,x,2&weekdays=0,8,3&categories=fraud,FIGHT')).toEqual({
      ...defaultFilter,
      hours: [1, 2],
      weekdays: [3],
      categories: ['FIGHT'],
    });
    expect(filterFromUrlSearch('range=custom&from=2026-01-01')).toEqual(defaultFilter);
  });
});
