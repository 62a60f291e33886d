import { describe, expect, it } from 'vitest';
import { buildPlanGeojson } from './export-plan';
import { gridRows } from './grid-rows';
import { createTranslator } from '../../i18n/messages';
import { importFailureText, importPlan, PlanImportError } from './import-plan';
import { measureGrids } from './measure-grids';
import { plannerFixture } from './planner-fixture';
import { gridMembers, moveUnits, publishedPlanState, setGridLocked } from './plan-state';
import { toPlanUnits } from './plan-units';

const pu = toPlanUnits(plannerFixture());
const published = publishedPlanState(pu);
const x = (col: number) => 107.5 + col * 0.001;
const y = (row: number) => 31.2 + row * 0.001;
const box = (w: number, s: number, e: number, n: number) => ({
  type: 'Polygon',
  coordinates: [[[x(w), y(s)], [x(e), y(s)], [x(e), y(n)], [x(w), y(n)], [x(w), y(s)]]],
});
const collection = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('importing a plan', () => {
  it('restores an exported plan exactly (buildingCodes), unlocking every grid', () => {
    const draft = setGridLocked(moveUnits(pu, published, ['b2-0'], 'N001'), 'G1', true);
    const rows = gridRows(measureGrids(pu, draft.assignment), [300, 500], draft.locked);
    const { state, report } = importPlan(pu, published, JSON.stringify(buildPlanGeojson(pu, draft, rows, { grid: (k) => k, community: (c) => c, beat: (b) => b })));
    expect(state.assignment).toEqual(draft.assignment);
    expect(state.locked.size).toBe(0);
    expect(report).toMatchObject({ matched: 12, unmatched: [], unknown: [], compoundsMadeWhole: [] });
  });

  it('puts each building in the grid polygon holding its position and reports those in none', () => {
    const text = collection([
      { type: 'Feature', properties: { key: 'W' }, geometry: box(0, 0, 3, 2) },
      { type: 'Feature', properties: {}, geometry: box(3, 0, 5, 2) },
    ]);
    const { state, report } = importPlan(pu, published, text);
    expect(gridMembers(state).get('W')).toEqual(['b0-0', 'b0-1', 'b1-0', 'b1-1', 'b2-0', 'b2-1']);
    expect(gridMembers(state).get('I001')).toEqual(['b3-0', 'b3-1']);
    // column 4 is in community B: its part of I001 gets a key of its own
    expect(gridMembers(state).get('I001-2')).toEqual(['b4-0', 'b4-1']);
    expect(report.keysSplitByCommunity).toEqual(['I001']);
    expect(report.unmatched).toEqual(['b5-0', 'b5-1']);
    expect(state.assignment.get('b5-0')).toBe('G3');
  });

  it('reads building-code → grid-key features and reports unknown codes, conflicts and split compounds', () => {
    const text = collection([
      { type: 'Feature', geometry: null, properties: { building_code: 'b0-0', grid: 'A1' } },
      { type: 'Feature', geometry: null, properties: { building_code: 'b0-0', grid: 'A2' } },
      { type: 'Feature', geometry: null, properties: { building_code: 'b0-1', grid: 'A2' } },
      { type: 'Feature', geometry: null, properties: { building_code: 'b1-0', grid: 'A2' } },
      { type: 'Feature', geometry: null, properties: { building_code: 'zz', grid: 'A1' } },
      { type: 'Feature', geometry: null, properties: { building_code: 'b1-1' } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { name: 'x' } },
      { type: 'Feature', geometry: null, properties: { key: 'bad key!', building: 'b2-0' } },
    ]);
    const { state, report } = importPlan(pu, published, text);
    expect(report.unknown).toEqual(['zz']);
    expect(report.conflicting).toEqual(['b0-0']);
    expect(report.skippedFeatures).toEqual([
      { index: 5, reason: 'no-grid' },
      { index: 6, reason: 'no-geometry' },
      { index: 7, reason: 'bad-key' },
    ]);
    // cp0 = b0-0 (A1) + b0-1 (A2), tie → lower key A1; cp1 = b1-0 (A2) + b1-1 (kept G1), tie → A2
    expect(report.compoundsMadeWhole).toEqual(['cp0', 'cp1']);
    expect(state.assignment.get('b0-1')).toBe('A1');
    expect(state.assignment.get('b1-1')).toBe('A2');
  });

  it('refuses text that is not GeoJSON', () => {
    expect(() => importPlan(pu, published, 'not json')).toThrow(PlanImportError);
    expect(() => importPlan(pu, published, '{"type":"Topology"}')).toThrow(PlanImportError);
  });

  it('words a refused file in Chinese, and in English in the English interface', () => {
    const failure = (text: string, language: 'zh-CN' | 'en') => {
      try {
        importPlan(pu, published, text);
      } catch (err) {
        return importFailureText(createTranslator(language), err as Error);
      }
      throw new Error('the text was imported');
    };
    expect(failure('not json', 'zh-CN')).toBe('无法导入：文件不是 JSON 文本。请选择 GeoJSON（.geojson、.json）、压缩的 Shapefile（.zip）或 GeoPackage（.gpkg）文件');
    expect(failure('{"type":"Topology"}', 'zh-CN')).toBe('无法导入：文件是 JSON，但不是 GeoJSON 要素集（FeatureCollection）或要素（Feature）');
    expect(failure('{"type":"Topology"}', 'en')).toBe('Could not import: the file is JSON but not a GeoJSON FeatureCollection or Feature');
  });

  it("words any other failure (the server's refusal of a plan file) by its own message", () => {
    expect(importFailureText(createTranslator('zh-CN'), new Error('压缩包中没有 Shapefile'))).toBe('无法导入：压缩包中没有 Shapefile');
  });
});
