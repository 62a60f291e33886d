import { describe, expect, it } from 'vitest';
import { NewVisitSchema } from '../../../core/contracts/registry';
import { fieldVisitBody, newFieldVisitDraft, visitNotesMaxChars } from './visit-body';
import type { VisitTarget } from './visit-target';

const now = Date.parse('2026-12-05T06:31:42.123Z'); // 14:31:42 in Dachuan
const taskId = '3b0c3f4e-8a53-4a0e-9a43-1d2c7f0c9e11';
const building: VisitTarget = { buildingCode: 'C0001-B02', place: '梧桐梁社区星河城2栋' };
const task: VisitTarget = { ...building, task: { id: taskId, note: '2栋一标三实核查（演示）', dueOn: '2026-12-17', overdue: false } };
const gridTask: VisitTarget = { buildingCode: null, place: '梧桐梁社区第1网格', task: { id: taskId, note: '核查出租屋', dueOn: '2026-12-17', overdue: false } };

describe('fieldVisitBody', () => {
  it('sends the time the form shows, now to the minute in the district’s time, with the task it came from', () => {
    expect(fieldVisitBody(task, { ...newFieldVisitDraft(now), notes: ' 入户核查 ' }, now)).toEqual({
      ok: true,
      body: { buildingCode: 'C0001-B02', taskId, visitedAt: '2026-12-05T14:31:00+08:00', notes: '入户核查' },
    });
  });

  it('sends the moment of saving when the time is left blank, so a visit uploaded later is not dated when it arrived', () => {
    const r = fieldVisitBody(building, { buildingCode: '', visitedAt: '', notes: '' }, now);
    expect(r).toEqual({ ok: true, body: { buildingCode: 'C0001-B02', visitedAt: '2026-12-05T06:31:42.123Z', notes: '' } });
    expect(NewVisitSchema.safeParse(r.ok && r.body).success).toBe(true);
  });

  it('records a task of a whole grid at the building picked, and asks for one until it is', () => {
    const draft = newFieldVisitDraft(now);
    expect(fieldVisitBody(gridTask, draft, now)).toMatchObject({ ok: false, issues: [{ field: 'buildingCode' }] });
    expect(fieldVisitBody(gridTask, { ...draft, buildingCode: 'C0001-B05' }, now)).toMatchObject({ ok: true, body: { buildingCode: 'C0001-B05', taskId } });
  });

  it('turns the line breaks a phone’s Enter key types into spaces, which the contract would refuse', () => {
    const r = fieldVisitBody(building, { ...newFieldVisitDraft(now), notes: '3户在家\n2户不在\r\n已留言' }, now);
    expect(r).toMatchObject({ ok: true, body: { notes: '3户在家 2户不在 已留言' } });
  });

  it('counts to the contract’s own limit on notes, and refuses more', () => {
    const at = (n: number) => NewVisitSchema.safeParse({ buildingCode: 'C0001-B02', notes: '查'.repeat(n) }).success;
    expect([at(visitNotesMaxChars), at(visitNotesMaxChars + 1)]).toEqual([true, false]);
    const r = fieldVisitBody(building, { ...newFieldVisitDraft(now), notes: '查'.repeat(visitNotesMaxChars + 1) }, now);
    expect(r).toMatchObject({ ok: false, issues: [{ field: 'notes' }] });
  });

  it('refuses a time later than now, as the server would', () => {
    expect(fieldVisitBody(building, { buildingCode: '', visitedAt: '2026-12-05T15:00', notes: '' }, now)).toMatchObject({ ok: false, issues: [{ field: 'visitedAt' }] });
  });
});
