import { afterEach, describe, expect, it } from 'vitest';
import { blankAssessmentDraft, draftOfAssessment, draftTotal, toNewActivity, toNewAssessment, toNewMeeting, type AssessmentDraft } from './workforce-forms';

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

  it('refuses a work record’s time that cannot be read instead of rolling it over (30 February is not 2 March)', () => {
    for (const occurredAt of ['2026-02-30T10:00', '2026-13-01 10:00', '2026-01-05']) {
      expect(toNewActivity({ kind: 'patrol', occurredAt, place: 'x', notes: '' }, 'G1')).toMatchObject({ ok: false, issues: [{ field: 'occurredAt' }] });
    }
  });

  it('needs a meeting’s minutes, at least one attendee and a day of the calendar', () => {
    const r = toNewMeeting({ kind: 'joint_monthly', heldOn: '2026-01-08', topic: '一月联席会', minutes: ' ', attendance: [] }, 'G1');
    expect(r.ok ? [] : r.issues.map((i) => i.field)).toEqual(['minutes', 'attendance']);
    // DateField passes on text it cannot read as typed; the form refuses it rather than sending a day nobody meant.
    const day = toNewMeeting({ kind: 'joint_monthly', heldOn: '2026-02-30', topic: '二月联席会', minutes: '纪要', attendance: ['P00001'] }, 'G1');
    expect(day.ok ? [] : day.issues.map((i) => i.field)).toEqual(['heldOn']);
  });
});

describe('the work record’s time', () => {
  const browserZone = process.env.TZ;
  afterEach(() => {
    if (browserZone === undefined) delete process.env.TZ;
    else process.env.TZ = browserZone;
  });

  it.each([
    ['UTC', 0],
    ['America/New_York', 300],
  ])('is read in Shanghai on a PC set to %s, and sent as an instant as before', (zone, offsetMinutes) => {
    process.env.TZ = zone; // Node reads the zone anew when TZ is set: this is the browser's zone for Date.
    expect(new Date(2026, 0, 5).getTimezoneOffset()).toBe(offsetMinutes);
    const r = toNewActivity({ kind: 'patrol', occurredAt: '2026-01-05T10:00', place: '社区', notes: '' }, 'G1');
    expect(r.ok && r.body.occurredAt).toBe('2026-01-05T02:00:00.000Z');
  });
});

describe('draftOfAssessment', () => {
  it('fills the form with a round’s existing grade, scores as typed and comments, and the total adds up', () => {
    const draft = draftOfAssessment({ round: '2026-09/10', grade: 'fair', scores: { work: 20, disputes: 18.5, data: 22, residents: 19 }, comments: null });
    expect(draft).toEqual({ round: '2026-09/10', grade: 'fair', scores: { work: '20', disputes: '18.5', data: '22', residents: '19' }, comments: '' });
    expect(draftTotal(draft.scores)).toBe(79.5);
    expect(toNewAssessment(draft, 'G1')).toMatchObject({ ok: true, body: { gridCode: 'G1', grade: 'fair', scores: { disputes: 18.5 } } });
  });

  it('leaves the scores blank for a grade given without them', () => {
    expect(draftOfAssessment({ round: '2026-09/10', grade: 'good', scores: null, comments: '好' }).scores).toEqual(blankAssessmentDraft('x').scores);
  });
});
