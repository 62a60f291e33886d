import { describe, expect, it } from 'vitest';
import { plannerFixture } from './planner-fixture';
import { plannerNames } from './planner-names';

const square = { type: 'MultiPolygon' as const, coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]] };

function withGridsAndBeats() {
  const units = plannerFixture();
  units.grids = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: square, properties: { code: '511703001001001', name: '梧桐梁社区第1网格', communityCode: 'c', households: 1, residents: 1 } }],
  };
  units.beats = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: square, properties: { code: 'PS01-J01', name: '三里坪派出所第1警格', officerId: null } }],
  };
  return units;
}

describe('plannerNames', () => {
  const names = plannerNames(withGridsAndBeats(), (key) => `新网格 ${key}`);

  it('names a building by its compound and its own name, not its code', () => {
    const [first] = plannerFixture().units.features;
    expect(names.building(first.properties.code)).toBe('测试小区1栋1单元');
  });

  it('names a published grid by its name and a draft grid by its key in words', () => {
    expect(names.grid('511703001001001')).toBe('梧桐梁社区第1网格');
    expect(names.grid('N001')).toBe('新网格 N001');
  });

  it('names a beat by its name', () => {
    expect(names.beat('PS01-J01')).toBe('三里坪派出所第1警格');
  });

  it('falls back to the code for a building or beat the area does not hold', () => {
    expect(names.building('C9999-B01')).toBe('C9999-B01');
    expect(names.beat('PS09-J09')).toBe('PS09-J09');
  });
});
