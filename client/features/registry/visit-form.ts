import { NewVisitSchema, type NewVisit } from '../../../core/contracts/registry';
import { issuesOf, type FormIssue } from '../../ui/form-issues';
import { withShanghaiOffset } from '../../../core/time';

/** The 「记录核查走访」 form as typed: empty strings for what was left out. */
export interface VisitDraft {
  notes: string;
  /** A local date-time 'YYYY-MM-DDTHH:mm' (Asia/Shanghai) as DateField gives it, or its text when unreadable; '' for "now". */
  visitedAt: string;
  /** The open task the visit fulfils; '' for none. */
  taskId: string;
}

export const emptyVisitDraft: VisitDraft = { notes: '', visitedAt: '', taskId: '' };

/**
 * The visit to POST, checked with the API's own schema (NewVisitSchema), or the fields to fix. A visit in the
 * future is refused here as the server would (it answers 400), with a minute's grace for clocks that differ.
 */
export function toNewVisit(buildingCode: string, draft: VisitDraft, nowMs: number): { ok: true; visit: NewVisit } | { ok: false; issues: FormIssue[] } {
  const parsed = NewVisitSchema.safeParse({
    buildingCode,
    notes: draft.notes.trim(),
    visitedAt: draft.visitedAt ? withShanghaiOffset(draft.visitedAt) : undefined,
    taskId: draft.taskId || undefined,
  });
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
  if (parsed.data.visitedAt && Date.parse(parsed.data.visitedAt) > nowMs + 60_000) {
    return { ok: false, issues: [{ field: 'visitedAt', message: 'the visit lies in the future' }] };
  }
  return { ok: true, visit: parsed.data };
}
