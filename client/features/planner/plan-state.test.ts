import { describe, expect, it } from 'vitest';
import { buildingCode, plannerFixture } from './planner-fixture';
import {
  gridMembers,
  mergeCandidates,
  mergeGrids,
  mergeKeeper,
  moveUnits,
  nextGridKeys,
  PlanEditError,
  publishedPlanState,
  setGridLocked,
  withWholeCompounds,
} from './plan-state';
import { toPlanUnits } from './plan-units';

const pu = toPlanUnits(plannerFixture());
const published = publishedPlanState(pu);

function problemOf(edit: () => unknown): string | undefined {
  try {
    edit();
  } catch (err) {
    if (err instanceof PlanEditError) return err.problem;
    throw err;
  }
  return undefined;
}

describe('the plan state', () => {
  it('starts from the published plan', () => {
    expect([...gridMembers(published).keys()]).toEqual(['G1', 'G2', 'G3']);
    expect(gridMembers(published).get('G1')).toEqual(['b0-0', 'b0-1', 'b1-0', 'b1-1']);
  });

  it('adds the rest of each compound to a selection', () => {
    expect(withWholeCompounds(pu, ['b2-1'])).toEqual(['b2-0', 'b2-1']);
    expect(withWholeCompounds(pu, ['unknown'])).toEqual([]);
  });

  it('moves a building with its whole compound and leaves the old state as it was', () => {
    const next = moveUnits(pu, published, [buildingCode(2, 0)], 'G1');
    expect(next.assignment.get('b2-0')).toBe('G1');
    expect(next.assignment.get('b2-1')).toBe('G1');
    expect(published.assignment.get('b2-0')).toBe('G2');
  });

  it('moves a selection into a new grid key', () => {
    const next = moveUnits(pu, published, ['b0-0'], 'N001');
    expect(gridMembers(next).get('N001')).toEqual(['b0-0', 'b0-1']);
  });

  it('answers the same state when the buildings are already in the target grid', () => {
    expect(moveUnits(pu, published, ['b0-0'], 'G1')).toBe(published);
  });

  it('refuses to cross a community boundary, to touch a locked grid, or to move nothing', () => {
    expect(problemOf(() => moveUnits(pu, published, ['b3-0'], 'G3'))).toBe('community');
    expect(problemOf(() => moveUnits(pu, setGridLocked(published, 'G1', true), ['b2-0'], 'G1'))).toBe('locked');
    expect(problemOf(() => moveUnits(pu, setGridLocked(published, 'G2', true), ['b2-0'], 'G1'))).toBe('locked');
    expect(problemOf(() => moveUnits(pu, published, [], 'G1'))).toBe('empty');
  });

  it('merges two adjacent grids of one community into the one with more households, whichever was picked first', () => {
    const households = (state: typeof published, g: string) => gridMembers(state).get(g)!.reduce((s, c) => s + pu.props.get(c)!.households, 0);
    // G2's compound b2 moved into G1, then G1's b0 into G2: each time the grid that now holds more keeps its key.
    for (const [state, larger] of [[moveUnits(pu, published, ['b2-0'], 'G1'), 'G1'], [moveUnits(pu, published, ['b0-0'], 'G2'), 'G2']] as const) {
      const other = larger === 'G1' ? 'G2' : 'G1';
      expect(households(state, larger)).toBeGreaterThan(households(state, other));
      for (const [a, b] of [[larger, other], [other, larger]]) {
        const merged = mergeGrids(pu, state, a, b);
        expect([...gridMembers(merged).keys()]).toEqual([larger, 'G3']);
        expect(gridMembers(merged).get(larger)).toHaveLength(8);
      }
    }
  });

  it('keeps a published grid’s key over a new one’s, however many households the new one has', () => {
    // G1's b0 and G2's b2 drawn into a new grid N001, larger than what is left of G1: merging gives the whole to G1.
    const drafted = moveUnits(pu, moveUnits(pu, published, ['b0-0'], 'N001'), ['b2-0'], 'N001');
    const size = (g: string) => gridMembers(drafted).get(g)?.length ?? 0;
    expect(size('N001')).toBeGreaterThan(size('G1'));
    expect(size('G1')).toBeGreaterThan(0);
    expect(mergeKeeper(pu, drafted, 'N001', 'G1')).toBe('G1');
    expect([...gridMembers(mergeGrids(pu, drafted, 'N001', 'G1')).keys()]).toEqual(['G1', 'G2', 'G3']);
  });

  it('refuses to merge grids of two communities, grids that do not touch, a locked grid or a grid with itself', () => {
    expect(problemOf(() => mergeGrids(pu, published, 'G2', 'G3'))).toBe('community');
    const apart = moveUnits(pu, published, ['b0-0'], 'N001');
    const far = moveUnits(pu, moveUnits(pu, apart, ['b1-0'], 'N002'), ['b3-0'], 'N003');
    expect(problemOf(() => mergeGrids(pu, far, 'N001', 'N003'))).toBe('not-adjacent');
    expect(problemOf(() => mergeGrids(pu, setGridLocked(published, 'G2', true), 'G1', 'G2'))).toBe('locked');
    expect(problemOf(() => mergeGrids(pu, published, 'G1', 'G1'))).toBe('same-grid');
    expect(problemOf(() => mergeGrids(pu, published, 'G1', 'nope'))).toBe('unknown-grid');
  });

  it('offers as merge partners the adjacent grids of the same community only', () => {
    expect(mergeCandidates(pu, published, 'G2')).toEqual(['G1']);
    expect(mergeCandidates(pu, published, 'G3')).toEqual([]);
  });

  it('locks and unlocks a grid, answering the same state when nothing changes', () => {
    const locked = setGridLocked(published, 'G1', true);
    expect(locked.locked.has('G1')).toBe(true);
    expect(setGridLocked(locked, 'G1', true)).toBe(locked);
    expect(setGridLocked(locked, 'G1', false).locked.has('G1')).toBe(false);
  });

  it('numbers new grid keys past the ones taken', () => {
    expect(nextGridKeys(new Set(['N001', 'N003']), 3)).toEqual(['N002', 'N004', 'N005']);
  });
});
