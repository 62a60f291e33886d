import { describe, expect, it } from 'vitest';
import { plannerFixture } from './planner-fixture';
import { publishedPlanState } from './plan-state';
import { toPlanUnits } from './plan-units';
import { boxRing, gridsOfSelection, pickUnits, unitsInLasso, unitsOfGrid } from './selection';

const pu = toPlanUnits(plannerFixture());
const x = (col: number) => 107.5 + col * 0.001;
const y = (row: number) => 31.2 + row * 0.001;

describe('selecting buildings', () => {
  it('selects a clicked building with its whole compound', () => {
    expect(pickUnits(pu, ['b5-0', 'b5-1'], ['b1-1'], 'replace')).toEqual(['b1-0', 'b1-1']);
  });

  it('adds compounds with shift and toggles them with ctrl', () => {
    const two = pickUnits(pu, ['b0-0', 'b0-1'], ['b2-0'], 'add');
    expect(two).toEqual(['b0-0', 'b0-1', 'b2-0', 'b2-1']);
    expect(pickUnits(pu, two, ['b0-1'], 'toggle')).toEqual(['b2-0', 'b2-1']);
    expect(pickUnits(pu, ['b2-0', 'b2-1'], ['b0-1'], 'toggle')).toEqual(['b0-0', 'b0-1', 'b2-0', 'b2-1']);
  });

  it('finds the buildings whose position lies in a lasso, whatever the ring direction', () => {
    // A triangle over row 0 that holds the centres of b0-0 and b1-0 only.
    const ring: [number, number][] = [[x(0), y(0)], [x(3), y(0)], [x(0), y(1.6)]];
    expect(unitsInLasso(pu, ring)).toEqual(['b0-0', 'b1-0']);
    expect(unitsInLasso(pu, [...ring].reverse())).toEqual(['b0-0', 'b1-0']);
  });

  it('selects nothing with a lasso of fewer than three points', () => {
    expect(unitsInLasso(pu, [[x(0), y(0)], [x(6), y(2)]])).toEqual([]);
  });

  it('selects the buildings inside a box dragged either way', () => {
    expect(unitsInLasso(pu, boxRing([x(3.9), y(2)], [x(6), y(0)]))).toEqual(['b4-0', 'b4-1', 'b5-0', 'b5-1']);
  });

  it('lists the buildings of a grid and the grids of a selection', () => {
    const { assignment } = publishedPlanState(pu);
    expect(unitsOfGrid(assignment, 'G3')).toEqual(['b4-0', 'b4-1', 'b5-0', 'b5-1']);
    expect(gridsOfSelection(assignment, ['b5-0', 'b0-0', 'b1-1'])).toEqual(['G1', 'G3']);
  });
});
