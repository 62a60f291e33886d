import type { NewVisit } from '../../../core/contracts/registry';
import { localDateTimeInput } from '../../../core/time';
import { toNewVisit } from '../../features/registry/visit-form';
import type { FormIssue } from '../../ui/form-issues';
import type { VisitTarget } from './visit-target';

/** The most characters of a visit's notes (NewVisitSchema: plainText('notes', 1000)), which the form counts down to. */
export const visitNotesMaxChars = 1000;

/** The phone's 核查走访 form as typed. */
export interface FieldVisitDraft {
  /** The building picked for a task of a whole grid; '' until picked (ignored when the target names its building). */
  buildingCode: string;
  /** A local date-time 'YYYY-MM-DDTHH:mm' as DateField gives it, its text when unreadable, or '' for the moment of saving. */
  visitedAt: string;
  notes: string;
}

/** A fresh form: the time is now (to the minute, in the district's time), shown so the person sees what is recorded. */
export function newFieldVisitDraft(nowMs: number): FieldVisitDraft {
  return { buildingCode: '', visitedAt: localDateTimeInput(nowMs), notes: '' };
}

export type FieldVisitCheck = { ok: true; body: NewVisit & { visitedAt: string } } | { ok: false; issues: FormIssue[] };

/**
 * The body of POST /api/registry/visits for the form, or the fields to fix, checked as the desktop's form checks it
 * (toNewVisit: NewVisitSchema, and not in the future). The time is always sent: a visit queued offline reaches the
 * server later and would be dated then; a blank time is the moment of saving. Line breaks in the notes become
 * spaces: the contract's plain text refuses control characters, and a phone's Enter key types them. Pure.
 */
export function fieldVisitBody(target: VisitTarget, draft: FieldVisitDraft, nowMs: number): FieldVisitCheck {
  const buildingCode = target.buildingCode ?? draft.buildingCode;
  if (!buildingCode) return { ok: false, issues: [{ field: 'buildingCode', message: 'pick the building visited' }] };
  const notes = draft.notes.replace(/[\r\n\t]+/g, ' ');
  const checked = toNewVisit(buildingCode, { notes, visitedAt: draft.visitedAt, taskId: target.task?.id ?? '' }, nowMs);
  if (!checked.ok) return checked;
  return { ok: true, body: { ...checked.visit, visitedAt: checked.visit.visitedAt ?? new Date(nowMs).toISOString() } };
}
