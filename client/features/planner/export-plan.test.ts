import { describe, expect, it } from 'vitest';
import { buildPlanCsv, buildPlanGeojson, csvColumns, type ExportNames } from './export-plan';
import { gridRows } from './grid-rows';
import { measureGrids } from './measure-grids';
import { plannerFixture } from './planner-fixture';
import { acceptDocking, publishedPlanState } from './plan-state';
import { toPlanUnits } from './plan-units';

const data = plannerFixture();
const pu = toPlanUnits(data);
const state = acceptDocking(publishedPlanState(pu), { G1: 'B1' });
const rows = gridRows(measureGrids(pu, state.assignment), [300, 500], state.locked);
// The planner's names (planner-names.ts words a draft key as 新网格 N001; the fixture's grids are G1…).
const names: ExportNames = { grid: (key) => `${key}号网格`, community: (code) => (code === '511703001001' ? '梧桐梁社区' : code), beat: (code) => `${code}警格` };

describe('exporting a draft as GeoJSON', () => {
  it('has one dissolved feature a grid with its names, measures, buildings and beat', () => {
    const fc = buildPlanGeojson(pu, state, rows, names);
    expect(fc.features.map((f) => f.properties.key)).toEqual(['G1', 'G2', 'G3']);
    const g1 = fc.features[0];
    expect(g1.geometry.type).toBe('MultiPolygon');
    expect(g1.geometry.coordinates).toHaveLength(1);
    expect(g1.properties).toMatchObject({ households: 400, buildings: 4, inBand: true, contiguous: true, beat: 'B1' });
    expect(g1.properties).toMatchObject({ name: 'G1号网格', communityName: '梧桐梁社区', beatName: 'B1警格' });
    expect(fc.features[1].properties.beatName).toBeNull();
    expect(g1.properties.buildingCodes).toEqual(['b0-0', 'b0-1', 'b1-0', 'b1-1']);
    expect(fc.features[1].properties.beat).toBeNull();
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
  });
});

describe('exporting a draft as CSV', () => {
  it('writes a BOM, a header and one CRLF-ended row a building', () => {
    const csv = buildPlanCsv(pu, state, names);
    expect(csv.startsWith('\uFEFF' + csvColumns.join(',') + '\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(13);
    expect(lines[1]).toBe(`b0-0,1栋1单元,cp0,${pu.props.get('b0-0')!.compoundName},511703001001,梧桐梁社区,G1,G1号网格,G1,G1号网格,100,250,10,30`);
  });

  it('quotes commas and quotes, and defuses cells a spreadsheet would run as formulas', () => {
    const tricky = plannerFixture();
    tricky.units.features[0].properties.name = 'A, "B"';
    tricky.units.features[1].properties.name = '=HYPERLINK("x")';
    const csv = buildPlanCsv(toPlanUnits(tricky), publishedPlanState(toPlanUnits(tricky)), names);
    const lines = csv.split('\r\n');
    expect(lines[1]).toContain(',"A, ""B""",');
    expect(lines[2]).toContain(`,"'=HYPERLINK(""x"")",`);
  });
});
