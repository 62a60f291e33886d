import { describe, expect, it } from 'vitest';
import { draftTotal, toNewActivity, toNewAssessment, toNewMeeting, type AssessmentDraft } from './workforce-forms';

const assessment: AssessmentDraft = { round: '2026-09/10', grade: 'poor', scores: { work: '5', disputes: '6', data: '7.5', residents: '4' }, comments: ' 台账缺失 ' };

describe('the workforce forms', () => {
  it('sends an assessment with numeric scores, trimmed comments and the grid', () => {
    expect(toNewAssessment(assessment, 'G1')).toEqual({
      ok: true,
      body: { gridCode: 'G1', round: '2026-09/10', grade: 'poor', scores: { work: 5, disputes: 6, data: 7.5, residents: 4 }, comments: '台账缺失' },
    });
    expect(draftTotal(assessment.scores)).toBe(22.5);
  });

  it('names a score out of range, a missing score and a missing grade', () => {
    const r = toNewAssessment({ ...assessment, grade: '', scores: { ...assessment.scores, work: '26', data: '' } }, 'G1');
    expect(r.ok ? [] : r.issues.map((i) => i.field)).toEqual(['grade', 'scores.work', 'scores.data']);
    expect(draftTotal({ ...assessment.scores, data: '' })).toBeNull();
  });

  it('sends a work record at an instant and refuses one in the future', () => {
    const ok = toNewActivity({ kind: 'legal_session', occurredAt: '2026-01-05T10:00', place: '社区活动室', notes: '' }, 'G1');
    expect(ok.ok && ok.body).toMatchObject({ kind: 'legal_session', gridCode: 'G1', place: '社区活动室', notes: '' });
    expect(ok.ok && Number.isFinite(Date.parse(ok.body.occurredAt))).toBe(true);
    const future = toNewActivity({ kind: 'patrol', occurredAt: '2999-01-01T10:00', place: 'x', notes: '' }, 'G1');
    expect(future).toMatchObject({ ok: false, issues: [{ field: 'occurredAt' }] });
  });

  it('needs a meeting’s minutes and at least one attendee', () => {
    const r = toNewMeeting({ kind: 'joint_monthly', heldOn: '2026-01-08', topic: '一月联席会', minutes: ' ', attendance: [] }, 'G1');
    expect(r.ok ? [] : r.issues.map((i) => i.field)).toEqual(['minutes', 'attendance']);
  });
});
