import { useState, type FormEvent } from 'react';
import { localDateTimeInput } from '../../../core/time';
import { fieldPaths } from '../../api/field-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { DateField } from '../../ui/DateField';
import { readDateTimeText } from '../../ui/date-text';
import { issueAt, type FormIssue } from '../../ui/form-issues';
import { newId } from '../new-id';
import type { Outbox } from '../outbox/outbox';
import type { QueuedVisit } from './use-visit-flow';
import { fieldVisitBody, newFieldVisitDraft, visitNotesMaxChars, type FieldVisitDraft } from './visit-body';
import type { TodayBuilding, VisitTarget } from './visit-target';
import './visit.css';

// The contract's messages are English and name the API's fields; the form says in the interface's words what to fix.
const issueKeys: Record<string, MessageKey> = { buildingCode: 'fieldVisitIssueBuilding', visitedAt: 'fieldVisitIssueAt', notes: 'fieldVisitIssueNotes' };

export interface VisitFormProps {
  target: VisitTarget;
  /** What a task of a whole grid may be recorded at: today's overdue buildings. */
  buildings: readonly TodayBuilding[];
  outbox: Outbox;
  onQueued: (visit: Omit<QueuedVisit, 'state'>) => void;
  onBack: () => void;
}

/**
 * 记录核查走访 on the phone: the building by name, when (now unless changed) and a short note, queued as every field
 * write is — offline it waits and uploads by itself; the server's refusal shows in 未能上传.
 */
export function VisitForm({ target, buildings, outbox, onQueued, onBack }: VisitFormProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<FieldVisitDraft>(() => newFieldVisitDraft(Date.now()));
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const picking = target.buildingCode === null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = fieldVisitBody(target, draft, Date.now());
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setBusy(true);
    try {
      const id = newId();
      const place = picking ? (buildings.find((b) => b.code === checked.body.buildingCode)?.place ?? target.place) : target.place;
      await outbox.enqueue({ id, kind: 'visit', path: fieldPaths.visits, body: checked.body, label: t('fieldKindVisit', { place }) });
      onQueued({ id, name: place, at: checked.body.visitedAt });
    } finally {
      setBusy(false);
    }
  }

  const issue = (field: string) =>
    issueAt(issues, field) ? (
      <span className="field-error small" data-testid={`visit-issue-${field}`}>
        {t(issueKeys[field])}
      </span>
    ) : null;
  return (
    <form className="field-visit" onSubmit={(e) => void submit(e)} noValidate data-testid="visit-form">
      <section className="field-card">
        <h2>{t('fieldVisitTitle')}</h2>
        {picking ? (
          <label className="field-label">
            {t('fieldVisitBuilding')}
            {buildings.length === 0 ? (
              <span className="muted">{t('fieldVisitNoBuildings')}</span>
            ) : (
              <select value={draft.buildingCode} onChange={(e) => setDraft({ ...draft, buildingCode: e.target.value })} data-testid="visit-building-pick">
                <option value="">{t('fieldVisitPickBuilding')}</option>
                {buildings.map((b) => (
                  <option key={b.code} value={b.code}>
                    {b.place}
                  </option>
                ))}
              </select>
            )}
            {issue('buildingCode')}
          </label>
        ) : (
          <p className="field-visit-place" data-testid="visit-building">
            {target.place}
          </p>
        )}
        {target.task && (
          <p className="muted small" data-testid="visit-task">
            {t('fieldVisitTask', { note: target.task.note, due: target.task.overdue ? t('fieldTodayOverdue') : t('fieldTodayTaskDue', { date: target.task.dueOn }) })}
          </p>
        )}
        {/* Not a <label>: a DateField holds a button and a calendar besides its input. */}
        <div className="field-label">
          {t('fieldVisitAt')}
          <DateField withTime value={draft.visitedAt} max={localDateTimeInput(Date.now())} label={t('fieldVisitAt')} onChange={(visitedAt) => setDraft({ ...draft, visitedAt })} testId="visit-at" />
          {/* Text that does not read as a date-time gets the field's own message (what to type), not "later than now". */}
          {readDateTimeText(draft.visitedAt).ok && issue('visitedAt')}
        </div>
        <label className="field-label">
          <span className="field-visit-notes-head">
            {t('fieldVisitNotes')}
            <span className="muted small" data-testid="visit-notes-count">
              {/* As text: a number would be grouped (1,000), which a counter does not need. */}
              {t('fieldVisitNotesCount', { count: String(draft.notes.length), max: String(visitNotesMaxChars) })}
            </span>
          </span>
          <textarea
            rows={3}
            maxLength={visitNotesMaxChars}
            value={draft.notes}
            placeholder={t('fieldVisitNotesPlaceholder')}
            onChange={(e) => setDraft({ ...draft, notes: e.target.value })}
            data-testid="visit-notes"
          />
          {issue('notes')}
        </label>
        <p className="muted small">{t('fieldVisitEffect')}</p>
      </section>
      <div className="field-actions field-visit-actions">
        <button type="button" className="field-visit-back" onClick={onBack} data-testid="visit-back">
          {t('fieldVisitBack')}
        </button>
        <button type="submit" className="big" disabled={busy || (picking && buildings.length === 0)} data-testid="visit-submit">
          {t('fieldVisitSubmit')}
        </button>
      </div>
    </form>
  );
}
