import { useState, type FormEvent } from 'react';
import { recordedActivityKinds } from '../../../core/contracts/workforce';
import { recordActivity } from '../../api/workforce-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import { DateField } from '../../ui/DateField';
import { readDateTimeText } from '../../ui/date-text';
import { issueAt, issueText, type FormIssue } from '../../ui/form-issues';
import { localDateTimeInput } from '../../../core/time';
import { toNewActivity, workforceFixes, type ActivityDraft } from './workforce-forms';
import { activityLabels } from '../../shared/workforce-labels';

const empty: ActivityDraft = { kind: '', occurredAt: '', place: '', notes: '' };

/** Records a piece of the caller's own work in the grid (the server takes the person from the account). */
export function ActivityForm({ gridCode, onRecorded }: { gridCode: string; onRecorded: () => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(empty);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const error = (field: string) => {
    const issue = issueAt(issues, field);
    return issue && <span className="field-error">{issueText(issue, workforceFixes, t)}</span>;
  };
  async function submit(e: FormEvent) {
    e.preventDefault();
    const built = toNewActivity(draft, gridCode);
    setMessage(null);
    if (!built.ok) return setIssues(built.issues);
    setIssues([]);
    try {
      await recordActivity(built.body);
      setDraft(empty);
      setMessage({ ok: true, text: t('wfRecorded') });
      onRecorded();
    } catch (err) {
      setMessage({ ok: false, text: t('wfRefused', { message: err instanceof Error ? err.message : String(err) }) });
    }
  }
  // A day picked in the calendar keeps the time of day it is now: never later than now when the day is today.
  const now = localDateTimeInput(Date.now());
  return (
    <form className="inline-form" onSubmit={submit} noValidate data-testid="wf-activity-form">
      <h4>{t('wfAddActivity')}</h4>
      <label className="field">
        {t('wfKind')}
        <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as ActivityDraft['kind'] })} data-testid="wf-activity-kind">
          <option value="">{t('dspChoose')}</option>
          {recordedActivityKinds.map((k) => (
            <option key={k} value={k}>
              {t(activityLabels[k])}
            </option>
          ))}
        </select>
        {error('kind')}
      </label>
      {/* Not a <label>: a DateField holds a button and a calendar besides its input. */}
      <div className="field">
        {t('wfWhen')}
        <DateField
          withTime
          pickedTime={now.slice(11)}
          value={draft.occurredAt}
          max={now}
          label={t('wfWhen')}
          onChange={(occurredAt) => setDraft({ ...draft, occurredAt })}
          testId="wf-activity-when"
        />
        {/* Text that does not read as a date-time gets the field's own message (what to type), not the form's. */}
        {readDateTimeText(draft.occurredAt).ok && error('occurredAt')}
      </div>
      <label className="field">
        {t('wfPlace')}
        <input value={draft.place} onChange={(e) => setDraft({ ...draft, place: e.target.value })} maxLength={120} data-testid="wf-activity-place" />
        {error('place')}
      </label>
      <label className="field wide">
        {t('wfNotes')}
        <input value={draft.notes} onChange={(e) => setDraft({ ...draft, notes: e.target.value })} maxLength={2000} />
      </label>
      <button type="submit" data-testid="wf-activity-submit">
        {t('wfSave')}
      </button>
      {error('personId')}
      {message && <p className={message.ok ? 'ok-note' : 'error'}>{message.text}</p>}
    </form>
  );
}
