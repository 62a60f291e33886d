import { describe, expect, it } from 'vitest';
import { localInstant } from '../time/shanghai-time';
import { compareAfterVisits } from './compare-after-visits';
import type { DosageVisit } from './types';

const day = (d: number, h: number, m = 0) => localInstant(2026, 3, d, h, m);
const visit = (startMs: number, endMs: number): DosageVisit => ({ unitId: 'A', force: 'police', placeId: 'cell', startMs, endMs, dwellMin: (endMs - startMs) / 60_000, evidence: 'pings' });

/*
 * A week, Monday 2 March 00:00 to Monday 9 March 00:00 (168 clock hours). Visits Monday 10:10–10:25 and Tuesday
 * 10:00–10:14; two hours after. Visit-hours overlap [start, end + 2 h): Monday 10, 11, 12 and Tuesday 10, 11, 12 →
 * 6 hours in the strata 10, 11 and 12 o'clock of a workday. The other hours of those strata: Wednesday to Friday at
 * 10, 11, 12 → 9 hours. Incidents: Monday 11:30 (a visit-hour); Wednesday 10:15, Thursday 10:40, Friday 12:05 (other
 * hours); Saturday 10:30 (a weekend hour: no stratum with a visit, left out).
 * Visit rate 1/6; other rate 3/9; expected at the other hours' rate per stratum: 10 o'clock 2 incidents / 3 hours × 2
 * visit-hours = 4/3, 11 o'clock 0, 12 o'clock 1/3 × 2 = 2/3 → 2.
 */
describe('compareAfterVisits', () => {
  const visits = [visit(day(2, 10, 10), day(2, 10, 25)), visit(day(3, 10), day(3, 10, 14))];
  const incidents = [day(2, 11, 30), day(4, 10, 15), day(5, 10, 40), day(6, 12, 5), day(7, 10, 30)];
  const week = { startMs: day(2, 0), endMs: day(9, 0) };

  it('compares visit-hours with the same hours of day and weekday type, with the sample sizes', () => {
    const r = compareAfterVisits(visits, incidents, week, 2);
    expect(r).toMatchObject({ visitHours: 6, visitIncidents: 1, otherHours: 9, otherIncidents: 3, unmatchedVisitHours: 0 });
    expect(r.visitRate).toBeCloseTo(1 / 6, 12);
    expect(r.otherRate).toBeCloseTo(1 / 3, 12);
    expect(r.expectedIncidents).toBeCloseTo(2, 12);
  });

  it('counts only the clock hours that have ended: a period cut at Tuesday 10:30 has Monday’s three visit-hours', () => {
    const r = compareAfterVisits(visits, incidents, { startMs: week.startMs, endMs: day(3, 10, 30) }, 2);
    // Tuesday's 10 o'clock (its visit at 10:00) is still running, and 11 and 12 are to come; Monday 11:30's incident counts.
    expect(r).toMatchObject({ visitHours: 3, visitIncidents: 1, otherHours: 0, unmatchedVisitHours: 3, expectedIncidents: null });
  });

  it('answers no rates without visits', () => {
    expect(compareAfterVisits([], incidents, week, 2)).toMatchObject({ visitHours: 0, visitRate: null, otherHours: 0, otherRate: null, expectedIncidents: null });
  });

  it('refuses an hours-after below one', () => {
    expect(() => compareAfterVisits(visits, incidents, week, 0)).toThrow('hoursAfter');
  });
});
