import { describe, expect, it } from 'vitest';
import { gridRows, summarisePlan } from './grid-rows';
import { parseBand, parseSeed } from './household-band';
import { measureGrids } from './measure-grids';
import { plannerFixture } from './planner-fixture';
import { moveUnits, publishedPlanState } from './plan-state';
import { toPlanUnits } from './plan-units';

const pu = toPlanUnits(plannerFixture());
const published = publishedPlanState(pu);

describe('measuring the grids of a draft', () => {
  it('sums households and the secondary measures and counts buildings per grid', () => {
    const [g1, g2, g3] = measureGrids(pu, published.assignment);
    expect(g1).toMatchObject({ key: 'G1', communityCode: '511703001001', households: 400, residents: 1000, partyMembers: 40, institutionStaff: 60, buildings: 4, contiguous: true });
    expect(g2.institutionStaff).toBe(0);
    expect(g3.key).toBe('G3');
  });

  it('measures area in km² and a square grid as compact (Polsby-Popper π/4)', () => {
    const g1 = measureGrids(pu, published.assignment)[0];
    // four squares of 0.001° (95.2 m × 111.2 m at 31.2° N)
    expect(g1.areaKm2).toBeCloseTo(4 * 0.0952 * 0.1112, 3);
    expect(g1.polsbyPopper).toBeGreaterThan(0.75);
  });

  it('finds a grid in two pieces not contiguous', () => {
    const split = moveUnits(pu, published, ['b2-0'], 'G1');
    const moved = moveUnits(pu, split, ['b1-0'], 'G2');
    expect(measureGrids(pu, moved.assignment).find((m) => m.key === 'G1')!.contiguous).toBe(false);
  });
});

describe('grid table rows', () => {
  it('measures deviation from the middle of the band and flags grids outside it or in pieces', () => {
    const rows = gridRows(measureGrids(pu, published.assignment), [300, 500], new Set(['G3']));
    expect(rows.map((r) => [r.key, r.deviationPct, r.inBand, r.offending, r.locked])).toEqual([
      ['G1', 0, true, false, false],
      ['G2', 0, true, false, false],
      ['G3', 0, true, false, true],
    ]);
    const tight = gridRows(measureGrids(pu, published.assignment), [450, 550], new Set());
    expect(tight[0]).toMatchObject({ deviationPct: -20, inBand: false, offending: true });
    expect(summarisePlan(tight)).toEqual({ grids: 3, outsideBand: 3, notContiguous: 0, maxAbsDeviationPct: 20 });
  });
});

describe('band and seed inputs', () => {
  it('accepts whole numbers with min < max only', () => {
    expect(parseBand('300', '500')).toEqual([300, 500]);
    expect(parseBand('500', '300')).toBeNull();
    expect(parseBand('0', '10')).toBeNull();
    expect(parseBand('1.5', '10')).toBeNull();
    expect(parseBand('', '10')).toBeNull();
  });

  it('accepts a whole seed ≥ 0', () => {
    expect(parseSeed('7')).toBe(7);
    expect(parseSeed('')).toBeNull();
    expect(parseSeed('-1')).toBeNull();
  });
});
