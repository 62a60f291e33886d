import { describe, expect, it } from 'vitest';
import { computeDosage } from './compute-dosage';
import { findVisits } from './find-visits';
import { atM, cell, monday, school, track } from './dosage.fixture';
import { DEFAULT_DOSAGE_SETTINGS, type DosageCheckIn, type DosagePing } from './types';

/*
 * The stream, Monday 2 March 2026, period 08:00–12:00 local; the cell is 150 m square from (0, 0); defaults: a visit ends
 * after > 60 s without a ping or at a ping > 15 m outside; pings worse than 50 m are ignored.
 *
 * Police unit A, pings every 30 s:
 *   08:00:00–08:12:00 at (75, 75), inside; 08:06:00 replaced by an 80 m-accurate fix 1 km away (ignored: the gap
 *   08:05:30 → 08:06:30 is 60 s, not more, so the visit goes on); 08:12:30 at (300, 75), 150 m out: the visit ends at
 *   08:12:00. Visit 1: 08:00–08:12 = 12 min (in the Koper band).
 *   09:00:00–09:05:00 inside, silence until 09:07:00 (120 s > 60 s: the pings stopped), 09:07:00–09:10:00 inside,
 *   09:10:30 far out. Visits 2 and 3: 5 min and 3 min (dwell 8, not the 10 the clock shows).
 *   Check-in at the cell 08:05: inside visit 1, so no extra visit.
 * Grid unit B, pings every 10 s 10:00:00–10:15:00 standing on the east edge (x = 150) with jitter
 *   x = 148, 152, 155, 149, 160, … (2 m in to 10 m out, never past 15 m), 10:15:10 at x = 400: one visit 10:00–10:15 =
 *   15 min (Koper). Without the margin it is 37 visits: in each cycle of 5 pings two are inside after one outside
 *   (91 pings = 18 cycles + 1 → 18 × 2 + 1).
 * Police unit C passes the north edge 11:30:00–11:32:00 every 20 s at y = 160, 158, 149, 170, 175, 160, 162: only the
 *   third (11:30:40) is inside; the next is 20 m out, so one visit of one ping, 0 min.
 * Grid unit D has no pings and checks in at the school (key place) at 09:30: one visit, no dwell.
 *
 * The cell, everyone: visits 12, 5, 3, 15, 0 → 5 visits, dwell 35 min, Koper 2 of 5 = 0.4; presence stretches
 *   08:00–08:12, 09:00–09:05, 09:07–09:10, 10:00–10:15, 11:30:40 → gaps 48, 2, 50, 75 2/3 min → longest 75.667, none
 *   over 120; presence 35 min on 2026-03-02.
 * Police only: 12, 5, 3, 0 → 4 visits, dwell 20, Koper 1/4; gaps 48, 2, 140 2/3 → longest 140.667, 1 over target.
 * Grid only: 15 → 1 visit, dwell 15, Koper 1/1, no gap; presence 15.
 * The school: 1 check-in visit, dwell 0, Koper share none, no gap.
 */
const far = atM(1150, 75);
const jitterX = [148, 152, 155, 149, 160];
const northY = [160, 158, 149, 170, 175, 160, 162];
const unitA: DosagePing[] = [
  ...track('A', 'police', monday(8), monday(8, 12), 30, () => atM(75, 75)).map((p) => (p.atMs === monday(8, 6) ? { ...p, lngLat: far, accuracyM: 80 } : p)),
  ...track('A', 'police', monday(8, 12, 30), monday(8, 12, 30), 30, () => atM(300, 75)),
  ...track('A', 'police', monday(9), monday(9, 5), 30, () => atM(75, 75)),
  ...track('A', 'police', monday(9, 7), monday(9, 10), 30, () => atM(75, 75)),
  ...track('A', 'police', monday(9, 10, 30), monday(9, 10, 30), 30, () => far),
];
const unitB = [...track('B', 'grid', monday(10), monday(10, 15), 10, (i) => atM(jitterX[i % 5], 75)), ...track('B', 'grid', monday(10, 15, 10), monday(10, 15, 10), 10, () => atM(400, 75))];
const unitC = track('C', 'police', monday(11, 30), monday(11, 32), 20, (i) => atM(75, northY[i]));
const pings = [...unitC, ...unitB, ...unitA];
const checkIns: DosageCheckIn[] = [
  { unitId: 'A', force: 'police', atMs: monday(8, 5), placeId: cell.id },
  { unitId: 'D', force: 'grid', atMs: monday(9, 30), placeId: school.id },
];
const period = { startMs: monday(8), endMs: monday(12) };

describe('computeDosage on a synthetic ping stream computed by hand', () => {
  const [atCell, atSchool] = computeDosage({ pings, checkIns, places: [cell, school], periods: [period] });

  it('finds the five visits of the cell with their dwell', () => {
    expect(atCell.visits.map((v) => [v.unitId, v.dwellMin])).toEqual([['A', 12], ['A', 5], ['A', 3], ['B', 15], ['C', 0]]);
    expect(atCell.visits[4].startMs).toBe(monday(11, 30, 40));
  });

  it('counts everyone together: dwell, Koper share, the longest gap and presence', () => {
    expect(atCell.all).toMatchObject({ visits: 5, checkInVisits: 0, dwellMin: 35, koperVisits: 2, koperShare: 0.4, gapsOverTarget: 0, presenceByDay: [{ day: '2026-03-02', minutes: 35 }], presenceMinPerDay: 35 });
    expect(atCell.all.longestGapMin).toBeCloseTo(75 + 2 / 3, 9);
  });

  it('splits police and grid staff, whose gaps apart are longer than together', () => {
    expect(atCell.police).toMatchObject({ visits: 4, dwellMin: 20, koperVisits: 1, koperShare: 0.25, gapsOverTarget: 1, presenceMinPerDay: 20 });
    expect(atCell.police.longestGapMin).toBeCloseTo(140 + 2 / 3, 9);
    expect(atCell.grid).toMatchObject({ visits: 1, dwellMin: 15, koperVisits: 1, koperShare: 1, longestGapMin: null, gapsOverTarget: 0, presenceMinPerDay: 15 });
  });

  it('counts a check-in without pings as a visit of unknown dwell', () => {
    expect(atSchool.all).toMatchObject({ visits: 1, checkInVisits: 1, dwellMin: 0, koperVisits: 0, koperShare: null, longestGapMin: null });
    expect(atSchool.grid.visits).toBe(1);
    expect(atSchool.police.visits).toBe(0);
  });

  it('makes one visit of a unit standing still on the boundary, and many without the margin', () => {
    expect(findVisits(unitB, cell).length).toBe(1);
    expect(findVisits(unitB, cell, { ...DEFAULT_DOSAGE_SETTINGS, exitMarginM: 0 }).length).toBe(37);
  });

  it('counts only what lies inside the periods: a period ending at 08:10 cuts visit 1 to 10 minutes', () => {
    const [cut] = computeDosage({ pings: unitA, checkIns: [], places: [cell], periods: [{ startMs: monday(8), endMs: monday(8, 10, 1) }] });
    expect(cut.all).toMatchObject({ visits: 1, dwellMin: 10, koperVisits: 1 });
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(pings);
    computeDosage({ pings, checkIns, places: [cell], periods: [period] });
    expect(JSON.stringify(pings)).toBe(before);
  });

  it('answers zero visits for no pings', () => {
    const [empty] = computeDosage({ pings: [], checkIns: [], places: [cell], periods: [period] });
    expect(empty.all).toMatchObject({ visits: 0, dwellMin: 0, koperShare: null, longestGapMin: null, presenceByDay: [], presenceMinPerDay: 0 });
  });
});
