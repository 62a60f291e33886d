import { describe, expect, it } from 'vitest';
import { buildPlanCsv } from './export-plan';
import { importPlan, PlanImportError } from './import-plan';
import { planCsvAsGeoJson } from './plan-csv';
import { buildingCode, plannerFixture } from './planner-fixture';
import { gridMembers, moveUnits, publishedPlanState } from './plan-state';
import { toPlanUnits } from './plan-units';

const pu = toPlanUnits(plannerFixture());
const names = { grid: (key: string) => key, community: (code: string) => code, beat: (code: string) => code };

describe('planCsvAsGeoJson', () => {
  it('brings back a plan exported as CSV: imported, the draft’s grids come back as they were', () => {
    const draft = moveUnits(pu, publishedPlanState(pu), [buildingCode(2, 0)], 'G1');
    const csv = buildPlanCsv(pu, draft, names);
    const { state, report } = importPlan(pu, publishedPlanState(pu), planCsvAsGeoJson(csv));
    expect(report.matched).toBe(pu.units.length);
    expect([...gridMembers(state)].map(([k, codes]) => [k, codes.length])).toEqual([...gridMembers(draft)].map(([k, codes]) => [k, codes.length]));
  });

  it('refuses a CSV without the building_code and grid_key columns', () => {
    const reasonOf = (text: string) => {
      try {
        planCsvAsGeoJson(text);
      } catch (err) {
        return err instanceof PlanImportError ? err.reason : String(err);
      }
      return null;
    };
    expect(reasonOf('id,name\r\n1,测试\r\n')).toBe('not-plan-csv');
    expect(reasonOf('building_code,grid_key\r\n"unclosed,1\r\n')).toBe('not-plan-csv');
  });
});
