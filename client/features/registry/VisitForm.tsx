import { useState, type FormEvent } from 'react';
import type { NewVisit, RegistryBuilding } from '../../../core/contracts/registry';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { DateField } from '../../ui/DateField';
import { readDateTimeText } from '../../ui/date-text';
import { issueAt, type FormIssue } from '../../ui/form-issues';
import { localDateTimeInput } from '../../../core/time';
import { emptyVisitDraft, toNewVisit, type VisitDraft } from './visit-form';

// The contract's messages are English and name the API's fields; the form says in the interface's words what to fix.
const issueKeys: Record<string, MessageKey> = {
  notes: 'regIssueVisitNotes',
  visitedAt: 'regIssueVisitedAt',
  taskId: 'regIssueTask',
  buildingCode: 'regIssueBuilding',
};

export interface VisitFormProps {
  building: RegistryBuilding;
  /** Sends the visit; rejects with the server's error. */
  onRecord: (visit: NewVisit) => Promise<void>;
}

/** 「记录核查走访」: notes, when (now unless said otherwise) and the open task it fulfils; checked with the API's schema. */
export function VisitForm({ building, onRecord }: VisitFormProps) {
  const { t, formatDateTime } = useI18n();
  const [draft, setDraft] = useState<VisitDraft>(emptyVisitDraft);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [state, setState] = useState<{ kind: 'idle' | 'saving' } | { kind: 'failed'; message: string }>({ kind: 'idle' });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = toNewVisit(building.code, draft, Date.now());
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    setState({ kind: 'saving' });
    try {
      await onRecord(checked.visit);
      setDraft(emptyVisitDraft);
      setState({ kind: 'idle' });
    } catch (err) {
      setState({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  }

  // A day picked in the calendar keeps the time of day it is now: never later than now when the day is today.
  const now = localDateTimeInput(Date.now());
  const fieldIssue = (field: string) => {
    const message = issueAt(issues, field)?.message;
    return message ? (
      <span className="field-issue" title={message} data-testid={`registry-visit-issue-${field}`}>
        {t(issueKeys[field])}
      </span>
    ) : null;
  };
  return (
    <form className="registry-form visit-form" onSubmit={submit} data-testid="registry-visit-form" noValidate>
      <h4>{t('regVisitTitle')}</h4>
      <p className="view-note">{t('regVisitNote')}</p>
      <label>
        {t('regVisitNotes')}
        <textarea value={draft.notes} rows={2} maxLength={1000} onChange={(e) => setDraft({ ...draft, notes: e.target.value })} data-testid="registry-visit-notes" />
        {fieldIssue('notes')}
      </label>
      <div className="registry-form-row">
        {/* Not a <label>: a DateField holds a button and a calendar besides its input. */}
        <div className="labelled-field">
          {t('regVisitAt')}
          <DateField
            withTime
            pickedTime={now.slice(11)}
            value={draft.visitedAt}
            max={now}
            label={t('regVisitAt')}
            onChange={(visitedAt) => setDraft({ ...draft, visitedAt })}
            testId="registry-visit-at"
          />
          {/* Text that does not read as a date-time gets the field's own message (what to type), not "later than now". */}
          {readDateTimeText(draft.visitedAt).ok && fieldIssue('visitedAt')}
        </div>
        {building.openTasks.length > 0 && (
          <label>
            {t('regVisitTask')}
            <select value={draft.taskId} onChange={(e) => setDraft({ ...draft, taskId: e.target.value })} data-testid="registry-visit-task">
              <option value="">{t('regVisitNoTask')}</option>
              {building.openTasks.map((task) => (
                <option key={task.id} value={task.id}>
                  {t('regVisitTaskOption', { assignee: task.assigneeName ?? task.assignee, due: task.dueOn })}
                </option>
              ))}
            </select>
            {fieldIssue('taskId')}
          </label>
        )}
        <button type="submit" disabled={state.kind === 'saving'} data-testid="registry-visit-submit">
          {state.kind === 'saving' ? t('regSaving') : t('regVisitSubmit')}
        </button>
      </div>
      {fieldIssue('buildingCode')}
      {state.kind === 'failed' && (
        <p className="error" role="alert">
          {t('regVisitFailed', { message: state.message })}
        </p>
      )}
      {building.visits.length > 0 && (
        <p className="view-note" data-testid="registry-last-visit">
          {t('regVisitLast', { at: formatDateTime(building.visits[0].visitedAt), by: building.visits[0].byName })}
        </p>
      )}
    </form>
  );
}
