import {
  NewActivitySchema,
  NewAssessmentSchema,
  NewMeetingSchema,
  type Assessment,
  type Grade,
  type MeetingKind,
  type NewActivity,
  type NewAssessment,
  type NewMeeting,
  type recordedActivityKinds,
} from '../../../core/contracts/workforce';
import type { MessageKey } from '../../i18n/zh-CN';
import { issuesOf, type FormIssue } from '../../ui/form-issues';
import { isoOfLocalDateTime } from '../../../core/time';

// The workforce's forms: text as typed → the API's body, validated with the API's own schemas.

type Result<T> = { ok: true; body: T } | { ok: false; issues: FormIssue[] };

export interface ActivityDraft {
  kind: (typeof recordedActivityKinds)[number] | '';
  /** A local date-time 'YYYY-MM-DDTHH:mm' (Asia/Shanghai) as DateField gives it, or its text when unreadable. */
  occurredAt: string;
  place: string;
  notes: string;
}

export function toNewActivity(draft: ActivityDraft, gridCode: string): Result<NewActivity> {
  const parsed = NewActivitySchema.safeParse({
    kind: draft.kind || undefined,
    gridCode,
    occurredAt: isoOfLocalDateTime(draft.occurredAt), // undefined when unreadable: the schema then asks for the time
    place: draft.place,
    notes: draft.notes,
  });
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, issues: issuesOf(parsed.error) };
}

export interface MeetingDraft {
  kind: MeetingKind;
  heldOn: string; // a local day 'YYYY-MM-DD' as DateField gives it, or its text when unreadable
  topic: string;
  minutes: string;
  attendance: string[]; // person ids
}

export function toNewMeeting(draft: MeetingDraft, gridCode: string): Result<NewMeeting> {
  const parsed = NewMeetingSchema.safeParse({ ...draft, gridCode, heldOn: draft.heldOn || undefined });
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, issues: issuesOf(parsed.error) };
}

export interface AssessmentDraft {
  round: string;
  grade: Grade | '';
  scores: Record<'work' | 'disputes' | 'data' | 'residents', string>; // as typed
  comments: string;
}

const numberOf = (s: string) => (s.trim() === '' ? undefined : Number(s));

/** The total (out of 100) of the scores typed so far, or null while one is missing or not a number. */
export function draftTotal(scores: AssessmentDraft['scores']): number | null {
  const values = Object.values(scores).map(numberOf);
  return values.every((v) => v !== undefined && Number.isFinite(v)) ? values.reduce((s, v) => s! + v!, 0)! : null;
}

/** A blank grade for `round`. */
export const blankAssessmentDraft = (round: string): AssessmentDraft => ({ round, grade: '', scores: { work: '', disputes: '', data: '', residents: '' }, comments: '' });

/** The form as the round's existing grade fills it: grading a round again replaces that grade, so it starts from it. */
export function draftOfAssessment(a: Pick<Assessment, 'round' | 'grade' | 'scores' | 'comments'>): AssessmentDraft {
  const score = (v: number | undefined) => (v === undefined ? '' : String(v));
  return {
    round: a.round,
    grade: a.grade,
    scores: { work: score(a.scores?.work), disputes: score(a.scores?.disputes), data: score(a.scores?.data), residents: score(a.scores?.residents) },
    comments: a.comments ?? '',
  };
}

export function toNewAssessment(draft: AssessmentDraft, gridCode: string): Result<NewAssessment> {
  const scores = Object.fromEntries(Object.entries(draft.scores).map(([k, v]) => [k, numberOf(v)]));
  const parsed = NewAssessmentSchema.safeParse({ gridCode, round: draft.round, grade: draft.grade || undefined, scores, comments: draft.comments });
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, issues: issuesOf(parsed.error) };
}

/** What each form says for a field the schemas may refuse (their own words are English). */
export const workforceFixes: readonly [RegExp, MessageKey][] = [
  [/^kind$/, 'wfFixKind'],
  [/^gridCode$/, 'wfFixGrid'],
  [/^occurredAt$/, 'wfFixOccurredAt'],
  [/^place$/, 'wfFixPlace'],
  [/^heldOn$/, 'wfFixHeldOn'],
  [/^topic$/, 'wfFixTopic'],
  [/^minutes$/, 'wfFixMinutes'],
  [/^attendance/, 'wfFixAttendance'],
  [/^round$/, 'wfFixRound'],
  [/^grade$/, 'wfFixGrade'],
  [/^scores/, 'wfFixScore'],
];
