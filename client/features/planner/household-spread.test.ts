import { describe, expect, it } from 'vitest';
import { plannerFixture } from './planner-fixture';
import { gridMembers, moveUnits, publishedPlanState } from './plan-state';
import { toPlanUnits } from './plan-units';
import { householdSpread } from './household-spread';

const pu = toPlanUnits(plannerFixture());

describe('householdSpread', () => {
  it('answers the fewest and most households of a grid, and widens when a compound moves from a small grid to a large one', () => {
    const published = publishedPlanState(pu);
    const perGrid = [...gridMembers(published)].map(([, codes]) => codes.reduce((s, c) => s + pu.props.get(c)!.households, 0));
    expect(householdSpread(pu, published.assignment)).toEqual([Math.min(...perGrid), Math.max(...perGrid)]);
    const moved = moveUnits(pu, published, ['b2-0'], 'G1');
    const [min, max] = householdSpread(pu, moved.assignment)!;
    expect(max - min).toBeGreaterThan(Math.max(...perGrid) - Math.min(...perGrid));
  });
  it('answers null without grids', () => {
    expect(householdSpread(pu, new Map())).toBeNull();
  });
});
