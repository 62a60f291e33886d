import { beforeAll, describe, expect, it } from 'vitest';
import type { PlannerUnits } from '../../core/contracts/planner';
import { redistrict } from '../../core/redistrict/redistrict';
import { redrawFlagged } from '../../core/redistrict/redraw-flagged';
import { applyPartition, applyRedraw, autoPlanInput } from '../../client/features/planner/auto-plan';
import { gridRows } from '../../client/features/planner/grid-rows';
import { measureGrids } from '../../client/features/planner/measure-grids';
import { diffPlan } from '../../client/features/planner/plan-diff';
import { mergeCandidates, mergeGrids, mergeKeeper, publishedPlanState, type PlanState } from '../../client/features/planner/plan-state';
import { toPlanUnits, type PlanUnits } from '../../client/features/planner/plan-units';
import { loginAs } from '../support/test-database';

// Minimal-change 自动划分 (issue 12) on the demo data, the way the planner page runs it: the street's units from the
// API, the worker's algorithm, the editor's way of applying a result, and the compare panel's count of buildings moved.
const street = '511703001'; // 三里坪街道: every published grid in the band
const band: [number, number] = [300, 500];
let pu: PlanUnits;
beforeAll(async () => {
  const planner = await loginAs('planner');
  pu = toPlanUnits((await (await planner.request(`/api/planner/units?street=${street}`)).json()) as PlannerUnits);
}, 600_000);

/** Buildings and households whose grid differs between two plans (grids matched as the compare panel does). */
function moved(before: PlanState, after: PlanState) {
  const diff = diffPlan(before.assignment, after.assignment, (code) => pu.props.get(code)!.households);
  return { buildings: diff.changed.length, households: diff.changed.reduce((s, c) => s + pu.props.get(c.code)!.households, 0) };
}

function redraw(state: PlanState, mode: 'minimal' | 'all'): PlanState {
  const input = autoPlanInput(pu, state);
  if (mode === 'minimal') return applyRedraw(state, redrawFlagged(input.units, input.adjacency, new Map(input.current), band, { seed: 1 }).assignment);
  return applyPartition(state, redistrict(input.units, input.adjacency, { band }, { seed: 1 }).assignment);
}

function offending(state: PlanState) {
  return gridRows(measureGrids(pu, state.assignment), band, new Set()).filter((r) => r.offending);
}

describe('minimal-change redistricting on the demo street 三里坪街道', () => {
  it('moves no building when no grid is out of the band; a full redraw moves many', () => {
    const published = publishedPlanState(pu);
    expect(offending(published)).toEqual([]);
    const minimal = redraw(published, 'minimal');
    expect(minimal).toBe(published);
    const all = moved(published, redraw(published, 'all'));
    console.log(
      `三里坪街道 (${pu.units.length} buildings, ${new Set(pu.published.values()).size} grids, none out of band): ` +
        `minimal change moves 0 buildings; redraw all moves ${all.buildings} buildings (${all.households} households)`,
    );
    expect(moved(published, minimal).buildings).toBe(0);
    expect(all.buildings).toBeGreaterThan(0);
  }, 120_000);

  it('with grids pushed out of the band, redraws only around them: fewer buildings moved than a full redraw, every grid in band and whole', () => {
    // Two grids over the band: in each of two communities, a grid merged with a neighbour.
    let start = publishedPlanState(pu);
    const communities = [...new Set([...pu.props.values()].map((p) => p.communityCode))].sort();
    const merged: string[] = [];
    for (const community of communities.slice(0, 2)) {
      const key = [...new Set(start.assignment.values())].sort().find((k) => pu.props.get([...start.assignment].find(([, g]) => g === k)![0])!.communityCode === community)!;
      const neighbour = mergeCandidates(pu, start, key)[0];
      merged.push(mergeKeeper(pu, start, key, neighbour));
      start = mergeGrids(pu, start, key, neighbour);
    }
    expect(offending(start).map((r) => r.key).sort()).toEqual(merged.sort());

    const minimal = redraw(start, 'minimal');
    const all = redraw(start, 'all');
    const movedMinimal = moved(start, minimal);
    const movedAll = moved(start, all);
    console.log(
      `三里坪街道 with ${merged.length} grids merged out of the band (${merged.join(', ')}): minimal change moves ` +
        `${movedMinimal.buildings} buildings (${movedMinimal.households} households); redraw all moves ${movedAll.buildings} buildings (${movedAll.households} households)`,
    );
    expect(offending(minimal)).toEqual([]);
    expect(offending(all)).toEqual([]);
    expect(movedMinimal.buildings).toBeGreaterThan(0);
    expect(movedMinimal.buildings).toBeLessThan(movedAll.buildings);
    // Every grid the redraw did not need keeps all its buildings under its own key.
    const untouched = [...new Set(start.assignment.values())].filter((k) => !merged.includes(k));
    const kept = untouched.filter((k) => [...start.assignment].every(([code, g]) => g !== k || minimal.assignment.get(code) === k));
    expect(kept.length).toBeGreaterThan(0);
    console.log(`  grids keeping every building and their code: ${kept.length} of ${untouched.length} not out of band`);
  }, 240_000);
});
