import { describe, expect, it } from 'vitest';
import { currentDocking, dockDraft, staleDockingGrids } from './docking';
import { plannerFixture } from './planner-fixture';
import { moveUnits, publishedPlanState } from './plan-state';
import { toPlanUnits } from './plan-units';

const pu = toPlanUnits(plannerFixture());
const published = publishedPlanState(pu);

describe('docking a draft onto beats', () => {
  it('reports a grid split between beats and proposes the beat holding most of its households', () => {
    const report = dockDraft(pu, published.assignment);
    // G2 = column 2 (beat B1) + column 3 (beat B2): a tie, broken by the lower code.
    expect(report.splitGrids.map((s) => s.grid)).toEqual(['G2']);
    expect(report.proposal).toEqual({ G1: 'B1', G2: 'B1', G3: 'B2' });
    expect(report.beats.find((b) => b.code === 'B1')!.households).toBe(800);
  });

  it('follows the draft: moving column 3 into G3 is impossible across communities, but a new grid docks on its own', () => {
    const next = moveUnits(pu, published, ['b3-0'], 'N001');
    const report = dockDraft(pu, next.assignment);
    expect(report.splitGrids).toEqual([]);
    expect(report.proposal.N001).toBe('B2');
  });

  it('drops accepted beats of grids the draft no longer has and finds grids to accept again', () => {
    const report = dockDraft(pu, published.assignment);
    expect(currentDocking({ G1: 'B1', GONE: 'B2' }, published.assignment)).toEqual({ G1: 'B1' });
    expect(staleDockingGrids({ G1: 'B1', G2: 'B2' }, report)).toEqual(['G2', 'G3']);
  });
});
