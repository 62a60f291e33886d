import { describe, expect, it } from 'vitest';
import { buildingCode, plannerFixture } from './planner-fixture';
import { publishedPlanState } from './plan-state';
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

describe('importing a plan file', () => {
  const pu = toPlanUnits(plannerFixture());
  const state = publishedPlanState(pu);
  const useImportOf = (text: string) => {
    const imported: unknown[] = [];
    const { importText } = usePlannerFiles({ pu, state, rows: [], outlines: new Map(), areaName: '测试街道', placeNames: null, t, onImported: (s) => imported.push(s) });
    return { report: importText(text), imported };
  };

  it('changes nothing for a file that gives no building a grid (one feature without geometry), and reports it', () => {
    const { report, imported } = useImportOf(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null, properties: { grid: 'X' } }] }));
    expect(imported).toEqual([]);
    expect(report).toMatchObject({ matched: 0, features: 1, skippedFeatures: [{ index: 0 }] });
  });

  it('applies a file that gives buildings a grid', () => {
    const code = buildingCode(0, 0);
    const { report, imported } = useImportOf(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null, properties: { building_code: code, grid: 'N001' } }] }));
    expect(report).toMatchObject({ matched: expect.any(Number) });
    expect((report as { matched: number }).matched).toBeGreaterThan(0);
    expect(imported).toHaveLength(1);
  });
});
