import { describe, expect, it } from 'vitest';
import { buildingCode, plannerFixture } from './planner-fixture';
import { toPlanUnits } from './plan-units';
import { usePlannerFiles } from './use-planner-files';

const t = ((key: string) => key) as Parameters<typeof usePlannerFiles>[0]['t'];

describe('the import report’s names', () => {
  const pu = toPlanUnits(plannerFixture());
  const { names } = usePlannerFiles({ pu, state: null, rows: [], outlines: new Map(), areaName: '测试街道', placeNames: null, t, onImported: () => {} });

  it('names a building by its label and a compound by its name, not by their codes', () => {
    expect(names.building(buildingCode(0, 0))).toBe('测试小区1栋1单元');
    expect(names.compound('cp0')).toBe('测试小区');
  });

  it('keeps a code the area does not have as it is (the file named it; there is nothing else to call it)', () => {
    expect(names.building('NO-SUCH')).toBe('NO-SUCH');
    expect(names.compound('NO-SUCH')).toBe('NO-SUCH');
  });
});
