import { describe, expect, it } from 'vitest';
import { fixtureCandidates } from './patrol-fixture';
import {
  budgetCapOf,
  defaultPatrolForm,
  effectiveMandatory,
  longOvernightHoursOf,
  shiftOf,
  toCandidatesQuery,
  toggleWeekday,
  toPlanRequest,
  weekdayPresetOf,
  type PatrolForm,
} from './patrol-form';

const form: PatrolForm = defaultPatrolForm('PS01');

describe('the plan request of the form', () => {
  it('builds the body of POST /api/patrol/plan from a station, the evening patrol on weekdays, on foot, over the shift forecast', () => {
    const r = toPlanRequest(form, ['KP03']);
    expect(r).toEqual({
      ok: true,
      request: {
        stationCode: 'PS01',
        window: { start: '19:00', end: '23:00' },
        weekdays: [1, 2, 3, 4, 5],
        mode: 'foot',
        hotspots: 'forecast',
        budgetMin: 90,
        dwellMin: 5,
        mandatory: ['KP03'],
        maxCandidates: 50,
      },
    });
  });

  it('starts at a picked point instead, and sends no mandatory list when none is marked', () => {
    const r = toPlanRequest({ ...form, startKind: 'point', point: [107.51, 31.21] }, []);
    expect(r.ok && r.request).toMatchObject({ start: [107.51, 31.21] });
    expect(r.ok && 'stationCode' in r.request).toBe(false);
    expect(r.ok && 'mandatory' in r.request).toBe(false);
  });

  it('names the start when no point has been picked yet', () => {
    const r = toPlanRequest({ ...form, startKind: 'point', point: null }, []);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => i.field)).toContain('stationCode');
  });

  it.each([
    ['budgetMin', { budgetMin: '5' }],
    ['budgetMin', { budgetMin: '' }],
    ['budgetMin', { budgetMin: '45.5' }],
    ['dwellMin', { dwellMin: '61' }],
    ['dwellMin', { dwellMin: 'abc' }],
    ['window.end', { windowEnd: '19:00' }],
    ['window.start', { windowStart: '7:00' }],
    ['weekdays', { weekdays: [] }],
  ])('names %s when it is wrong', (field, change) => {
    const r = toPlanRequest({ ...form, ...change }, []);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.map((i) => i.field)).toContain(field);
  });

  it('accepts a window past midnight', () => {
    expect(toPlanRequest({ ...form, windowStart: '22:00', windowEnd: '02:00' }, []).ok).toBe(true);
  });

  it('tells when the window is shorter than the budget (the route is planned in the window), past midnight too', () => {
    expect(budgetCapOf({ windowStart: '19:00', windowEnd: '20:00', budgetMin: '90' })).toBe(60);
    expect(budgetCapOf({ windowStart: '23:30', windowEnd: '00:15', budgetMin: '90' })).toBe(45);
    expect(budgetCapOf({ windowStart: '19:00', windowEnd: '23:00', budgetMin: '90' })).toBeNull();
    expect(budgetCapOf({ windowStart: '19:00', windowEnd: '20:30', budgetMin: '90' })).toBeNull();
    expect(budgetCapOf({ windowStart: '19:00', windowEnd: '2x:00', budgetMin: '90' })).toBeNull();
    expect(budgetCapOf({ windowStart: '19:00', windowEnd: '20:00', budgetMin: '' })).toBeNull();
  });

  it('asks about a window past midnight longer than 12 hours (times swapped), not about a night’s patrol', () => {
    expect(longOvernightHoursOf({ windowStart: '23:00', windowEnd: '19:00' })).toBe(20);
    expect(longOvernightHoursOf({ windowStart: '20:00', windowEnd: '08:30' })).toBe(13);
    expect(longOvernightHoursOf({ windowStart: '20:00', windowEnd: '08:00' })).toBeNull();
    expect(longOvernightHoursOf({ windowStart: '23:00', windowEnd: '03:00' })).toBeNull();
    expect(longOvernightHoursOf({ windowStart: '06:00', windowEnd: '23:00' })).toBeNull();
    expect(longOvernightHoursOf({ windowStart: '23:00', windowEnd: '1x:00' })).toBeNull();
  });
});

describe('the candidates query of the form', () => {
  it('asks for a station, the window, the weekdays, the mode and the shift forecast’s hotspots', () => {
    expect(toCandidatesQuery(form)).toEqual({ station: 'PS01', start: '19:00', end: '23:00', weekdays: '1,2,3,4,5', mode: 'foot', hotspots: 'forecast' });
  });

  it('asks for a picked point as at=lng,lat, and for the Gi* hot cells when chosen', () => {
    const q = toCandidatesQuery({ ...form, startKind: 'point', point: [107.51, 31.21], mode: 'car', hotspots: 'gi' });
    expect(q).toEqual({ at: '107.510000,31.210000', start: '19:00', end: '23:00', weekdays: '1,2,3,4,5', mode: 'car', hotspots: 'gi' });
  });

  it('does not ask without a start, a valid window or a weekday', () => {
    expect(toCandidatesQuery({ ...form, startKind: 'point', point: null })).toBeNull();
    expect(toCandidatesQuery({ ...form, stationCode: '' })).toBeNull();
    expect(toCandidatesQuery({ ...form, windowEnd: '19:00' })).toBeNull();
    expect(toCandidatesQuery({ ...form, windowStart: '24:00' })).toBeNull();
    expect(toCandidatesQuery({ ...form, weekdays: [] })).toBeNull();
  });
});

describe('form helpers', () => {
  it('knows the shift of a window, and none for another', () => {
    expect(shiftOf(form)).toBe('middle');
    expect(shiftOf({ windowStart: '07:00', windowEnd: '11:00' })).toBe('early');
    expect(shiftOf({ windowStart: '23:00', windowEnd: '03:00' })).toBe('night');
    expect(shiftOf({ windowStart: '14:00', windowEnd: '18:00' })).toBeNull(); // it straddled 早班 and 中班
    expect(shiftOf({ windowStart: '19:00', windowEnd: '22:00' })).toBeNull();
  });

  it('knows the weekday preset, in any order, and none for another set', () => {
    expect(weekdayPresetOf([5, 4, 3, 2, 1])).toBe('weekdays');
    expect(weekdayPresetOf([6, 7])).toBe('weekend');
    expect(weekdayPresetOf([1, 2, 3, 4, 5, 6, 7])).toBe('everyDay');
    expect(weekdayPresetOf([1, 3])).toBeNull();
  });

  it('toggles a weekday keeping the list ascending', () => {
    expect(toggleWeekday([1, 5], 3)).toEqual([1, 3, 5]);
    expect(toggleWeekday([1, 3, 5], 3)).toEqual([1, 5]);
  });

  it('sends only the 必到 marks of key places still among the candidates', () => {
    expect(effectiveMandatory(['KP03', 'KP99', 'cell-10-12'], fixtureCandidates)).toEqual(['KP03']);
    expect(effectiveMandatory(['KP03'], undefined)).toEqual([]);
  });

  it('starts without a station at a point to pick', () => {
    expect(defaultPatrolForm(null)).toMatchObject({ startKind: 'point', stationCode: '', point: null });
  });
});
