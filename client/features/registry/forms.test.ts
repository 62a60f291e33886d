import { describe, expect, it } from 'vitest';
import type { GridPeople, PersonNode } from '../../../core/contracts/workforce';
import { gridWorkers, newTaskDraft, toNewTask } from './task-form';
import { toNewVisit } from './visit-form';

// 2026-05-01 23:30 in Dachuan is 15:30 UTC: the local date is already the 1st when UTC says the same, and the 2nd an hour later.
const now = Date.parse('2026-05-01T23:30:00+08:00');
const taskId = '5b0a8f0e-6a3c-4c1e-9d7e-2f1b3c4d5e6f';

describe('the visit form', () => {
  it('makes a visit now with trimmed notes and no task', () => {
    expect(toNewVisit('C0001-B01', { notes: ' 入户核查 ', visitedAt: '', taskId: '' }, now)).toEqual({
      ok: true,
      visit: { buildingCode: 'C0001-B01', notes: '入户核查' },
    });
  });

  it('sends a given time as Asia/Shanghai and the task it fulfils', () => {
    const r = toNewVisit('C0001-B01', { notes: '', visitedAt: '2026-05-01T10:00', taskId }, now);
    expect(r).toEqual({ ok: true, visit: { buildingCode: 'C0001-B01', notes: '', visitedAt: '2026-05-01T10:00:00+08:00', taskId } });
  });

  it('refuses a visit in the future, a bad task id and over-long notes, naming the fields as the API does', () => {
    expect(toNewVisit('C0001-B01', { notes: '', visitedAt: '2026-05-02T10:00', taskId: '' }, now)).toMatchObject({ ok: false, issues: [{ field: 'visitedAt' }] });
    // DateField passes on text it cannot read as typed; the form refuses it instead of recording the visit now.
    expect(toNewVisit('C0001-B01', { notes: '', visitedAt: '2026-13-01 10:00', taskId: '' }, now)).toMatchObject({ ok: false, issues: [{ field: 'visitedAt' }] });
    expect(toNewVisit('C0001-B01', { notes: '', visitedAt: '2026-02-30T10:00', taskId: '' }, now)).toMatchObject({ ok: false, issues: [{ field: 'visitedAt' }] });
    const r = toNewVisit('C0001-B01', { notes: 'x'.repeat(1001), visitedAt: '', taskId: 'T-1' }, now);
    expect(r.ok ? [] : r.issues.map((i) => i.field).sort()).toEqual(['notes', 'taskId']);
  });
});

describe('the task form', () => {
  const draft = { ...newTaskDraft('511703001001001', now), assignee: 'P00012' };

  it('starts due in a week, for the whole grid', () => {
    expect(newTaskDraft('511703001001001', now)).toEqual({ gridCode: '511703001001001', buildingCode: '', assignee: '', dueOn: '2026-05-08', note: '' });
  });

  it('makes a task with the API’s schema, leaving out an empty building', () => {
    expect(toNewTask({ ...draft, note: ' 核查新入住人员 ' }, now)).toEqual({
      ok: true,
      task: { gridCode: '511703001001001', assignee: 'P00012', dueOn: '2026-05-08', note: '核查新入住人员' },
    });
    expect(toNewTask({ ...draft, buildingCode: 'C0001-B01' }, now)).toMatchObject({ ok: true, task: { buildingCode: 'C0001-B01' } });
  });

  it('refuses no assignee, a bad date and a due date already past (today is fine)', () => {
    const fields = (d: typeof draft) => {
      const r = toNewTask(d, now);
      return r.ok ? [] : r.issues.map((i) => i.field);
    };
    expect(fields({ ...draft, assignee: '' })).toEqual(['assignee']);
    expect(fields({ ...draft, dueOn: '2026-5-8' })).toEqual(['dueOn']);
    // DateField passes on text it cannot read as typed; the form refuses it rather than sending a day nobody meant.
    expect(fields({ ...draft, dueOn: '2026-02-30' })).toEqual(['dueOn']);
    expect(fields({ ...draft, dueOn: '2026-04-30' })).toEqual(['dueOn']);
    expect(fields({ ...draft, dueOn: '2026-05-01' })).toEqual([]);
  });
});

describe('gridWorkers', () => {
  const person = (id: string, role: PersonNode['role'], children: PersonNode[] = [], gridCode = 'G1'): PersonNode => ({
    id, name: `人员${id}`, role, isPolice: false, employer: '', phone: '', gridCode, compoundCode: null, compoundName: null,
    buildingCode: null, buildingName: null, children,
  });

  it('lists the grid workers of the grid anywhere in the tree, once each, in the tree’s order', () => {
    const people: GridPeople = {
      gridCode: 'G1', gridName: '网格', officers: [], counts: {} as GridPeople['counts'],
      roots: [
        person('P1', 'grid_leader', [person('P2', 'grid_worker'), person('P3', 'compound_leader', [person('P4', 'building_leader')]), person('P5', 'grid_worker')]),
        person('P2', 'grid_worker'),
        person('P6', 'grid_worker', [], 'G2'),
      ],
    };
    expect(gridWorkers(people)).toEqual([{ id: 'P2', name: '人员P2' }, { id: 'P5', name: '人员P5' }]);
  });
});
