import { describe, expect, it } from 'vitest';
import { applyPartition, applyRedraw, applyReplan, autoPlanInput, continuedKeys, splitGrid } from './auto-plan';
import { buildingCode, plannerFixture } from './planner-fixture';
import { gridMembers, moveUnits, PlanEditError, publishedPlanState, setGridLocked } from './plan-state';
import { toPlanUnits } from './plan-units';

const pu = toPlanUnits(plannerFixture());
const published = publishedPlanState(pu);

describe('auto-redistricting around locked grids', () => {
  it('gives the worker only the buildings of unlocked grids and the adjacency among them', () => {
    const input = autoPlanInput(pu, setGridLocked(published, 'G1', true));
    expect(input.units.map((u) => u.id)).toEqual(['b2-0', 'b2-1', 'b3-0', 'b3-1', 'b4-0', 'b4-1', 'b5-0', 'b5-1']);
    expect(input.adjacency.every((p) => !p.a.startsWith('b0') && !p.a.startsWith('b1') && !p.b.startsWith('b1'))).toBe(true);
  });

  it('keys the new grids N001… in district order, past the locked keys', () => {
    const state = setGridLocked(moveUnits(pu, published, ['b0-0', 'b1-0'], 'N001'), 'N001', true);
    const free = autoPlanInput(pu, state).units.map((u) => u.id);
    const numbered = new Map(free.map((id) => [id, id.startsWith('b4') || id.startsWith('b5') ? 1 : 0]));
    const next = applyPartition(state, numbered);
    expect([...gridMembers(next).keys()]).toEqual(['N001', 'N002', 'N003']);
    expect(gridMembers(next).get('N001')).toEqual(['b0-0', 'b0-1', 'b1-0', 'b1-1']);
    expect(next.assignment.get('b5-1')).toBe('N003');
  });

  it('gives the worker the current grid of every free building', () => {
    const input = autoPlanInput(pu, setGridLocked(published, 'G1', true));
    expect(input.current).toEqual(input.units.map((u) => [u.id, pu.published.get(u.id)]));
  });

  it('lets a minimal redraw keep the keys of the grids it continues and leaves the state alone when nothing is redrawn', () => {
    // G2 (columns 2–3) redrawn as two districts: column 2 → 0, column 3 → 1; G1 and G3 untouched.
    const numbered = new Map(['b2-0', 'b2-1', 'b3-0', 'b3-1'].map((id) => [id, id.startsWith('b2') ? 0 : 1]));
    expect(continuedKeys(published, numbered)).toEqual([{ district: 0, key: 'G2' }]);
    const next = applyRedraw(published, numbered);
    expect([...gridMembers(next)].map(([k, v]) => [k, v.length])).toEqual([['G1', 4], ['G2', 2], ['G3', 4], ['N001', 2]]);
    expect(applyRedraw(published, new Map())).toBe(published);
  });

  it('lets a full re-plan keep the key of a grid it draws again much as it was, and only that', () => {
    // G1 drawn again whole (district 0); G2 and G3 (columns 2–5) cut across into rows (districts 1 and 2).
    const numbered = new Map([...pu.published.keys()].map((id) => [id, id.startsWith('b0') || id.startsWith('b1') ? 0 : id.endsWith('-0') ? 1 : 2]));
    expect(continuedKeys(published, numbered, { sameGridOnly: true })).toEqual([{ district: 0, key: 'G1' }]);
    const next = applyReplan(published, numbered);
    expect([...gridMembers(next)].map(([k, v]) => [k, v.length])).toEqual([['G1', 4], ['N001', 4], ['N002', 4]]);
    // Without the rule each new row would take the name of a grid it holds only half of.
    expect(continuedKeys(published, numbered).map((k) => k.key)).toEqual(['G1', 'G2', 'G3']);
  });

  it('refuses a partition that would change a locked grid', () => {
    expect(() => applyPartition(setGridLocked(published, 'G1', true), new Map([['b0-0', 0]]))).toThrow(PlanEditError);
  });
});

describe('splitting a grid', () => {
  it('cuts a grid in two along compounds, the part with the first building keeping the key when the parts tie', () => {
    const merged = moveUnits(pu, published, ['b2-0', 'b3-0'], 'G1');
    const split = splitGrid(pu, merged, 'G1');
    const members = gridMembers(split);
    expect([...members.keys()]).toEqual(['G1', 'G3', 'N001']);
    expect(members.get('G1')).toContain(buildingCode(0, 0));
    expect(members.get('G1')).toHaveLength(4);
    expect(members.get('N001')).toHaveLength(4);
    for (const list of members.values()) {
      const compounds = new Set(list.map((c) => pu.props.get(c)!.compoundCode));
      expect(list.length).toBe(compounds.size * 2);
    }
  });

  it('leaves the key with the part holding more households even when the first building is in the smaller part', () => {
    // G1 = columns 0–1; column 0 (the first building, b0-0) holds 40 households a building, column 1 holds 100.
    const data = plannerFixture();
    for (const f of data.units.features) if (f.properties.code.startsWith('b0')) f.properties.households = 40;
    const light = toPlanUnits(data);
    const members = gridMembers(splitGrid(light, publishedPlanState(light), 'G1'));
    expect(members.get('G1')).toEqual(['b1-0', 'b1-1']);
    expect(members.get('N001')).toEqual(['b0-0', 'b0-1']);
  });

  it('breaks a tie in households by residents', () => {
    // Both columns of G1 hold 100 households a building; column 1 has more residents.
    const data = plannerFixture();
    for (const f of data.units.features) if (f.properties.code.startsWith('b1')) f.properties.residents = 300;
    const busy = toPlanUnits(data);
    expect(gridMembers(splitGrid(busy, publishedPlanState(busy), 'G1')).get('G1')).toEqual(['b1-0', 'b1-1']);
  });

  it('refuses to split a locked grid or a grid of one compound', () => {
    expect(() => splitGrid(pu, setGridLocked(published, 'G1', true), 'G1')).toThrow(PlanEditError);
    const single = moveUnits(pu, published, ['b0-0'], 'N001');
    expect(() => splitGrid(pu, single, 'N001')).toThrow(/one compound/);
  });
});
