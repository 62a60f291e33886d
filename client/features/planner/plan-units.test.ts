import { describe, expect, it } from 'vitest';
import { buildingCode, plannerFixture } from './planner-fixture';
import { subsetPlanInput, toPlanUnits } from './plan-units';

describe('toPlanUnits', () => {
  it('weights each building by households, groups it by compound and bounds it by community', () => {
    const pu = toPlanUnits(plannerFixture());
    expect(pu.units).toHaveLength(12);
    expect(pu.units[0]).toMatchObject({
      id: 'b0-0',
      weight: 100,
      groupId: 'cp0',
      regionId: '511703001001',
      secondary: { residents: 250, partyMembers: 10, institutionStaff: 30 },
    });
    expect(pu.compounds.get('cp3')).toEqual(['b3-0', 'b3-1']);
    expect(pu.published.get(buildingCode(4, 1))).toBe('G3');
  });

  it('keeps the adjacency both ways and drops pairs that name an unknown building', () => {
    const data = plannerFixture();
    data.adjacency.push(['b0-0', 'nowhere', 5]);
    const pu = toPlanUnits(data);
    expect(pu.adjacency).toHaveLength(16);
    expect([...pu.neighbours.get('b0-0')!].sort()).toEqual(['b0-1', 'b1-0']);
    expect(pu.neighbours.get('b1-0')).toContain('b0-0');
  });

  it('cuts out the units and the adjacency among a subset', () => {
    const pu = toPlanUnits(plannerFixture());
    const sub = subsetPlanInput(pu, new Set(['b0-0', 'b0-1', 'b1-0']));
    expect(sub.units.map((u) => u.id)).toEqual(['b0-0', 'b0-1', 'b1-0']);
    expect(sub.adjacency).toHaveLength(2);
  });
});
