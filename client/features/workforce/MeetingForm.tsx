import { useState, type FormEvent } from 'react';
import { meetingKinds, type GridPeople } from '../../../core/contracts/workforce';
import { recordMeeting } from '../../api/workforce-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import { DateField } from '../../ui/DateField';
import { readDateText } from '../../ui/date-text';
import { issueAt, issueText, type FormIssue } from '../../ui/form-issues';
import { localDateKey } from '../../../core/time';
import { flattenPeople } from './people-list';
import { toNewMeeting, workforceFixes, type MeetingDraft } from './workforce-forms';
import { meetingLabels, personRoleLabels } from '../../shared/workforce-labels';

const empty: MeetingDraft = { kind: 'joint_monthly', heldOn: '', topic: '', minutes: '', attendance: [] };

/** Records a meeting of the grid with its minutes and attendance (ticked from the grid's people and officer). */
export function MeetingForm({ gridCode, people, onRecorded }: { gridCode: string; people: GridPeople; onRecorded: () => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(empty);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const everyone = [...flattenPeople(people.roots), ...people.officers];
  const error = (field: string) => {
    const issue = issueAt(issues, field);
    return issue && <span className="field-error">{issueText(issue, workforceFixes, t)}</span>;
  };
  const toggle = (id: string) =>
    setDraft((d) => ({ ...d, attendance: d.attendance.includes(id) ? d.attendance.filter((x) => x !== id) : [...d.attendance, id] }));
  async function submit(e: FormEvent) {
    e.preventDefault();
    const built = toNewMeeting(draft, gridCode);
    setMessage(null);
    if (!built.ok) return setIssues(built.issues);
    setIssues([]);
    try {
      await recordMeeting(built.body);
      setDraft(empty);
      setMessage({ ok: true, text: t('wfRecorded') });
      onRecorded();
    } catch (err) {
      setMessage({ ok: false, text: t('wfRefused', { message: err instanceof Error ? err.message : String(err) }) });
    }
  }
  return (
    <form className="inline-form" onSubmit={submit} noValidate data-testid="wf-meeting-form">
      <h4>{t('wfAddMeeting')}</h4>
      <label className="field">
        {t('wfMeetingKind')}
        <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as MeetingDraft['kind'] })}>
          {meetingKinds.map((k) => (
            <option key={k} value={k}>
              {t(meetingLabels[k])}
            </option>
          ))}
        </select>
      </label>
      {/* Not a <label>: a DateField holds a button and a calendar besides its input. */}
      <div className="field">
        {t('wfHeldOn')}
        <DateField value={draft.heldOn} max={localDateKey(Date.now())} label={t('wfHeldOn')} onChange={(heldOn) => setDraft({ ...draft, heldOn })} testId="wf-meeting-date" />
        {/* Text that does not read as a date gets the field's own message (what to type), not the form's. */}
        {readDateText(draft.heldOn).ok && error('heldOn')}
      </div>
      <label className="field wide">
        {t('wfTopic')}
        <input value={draft.topic} onChange={(e) => setDraft({ ...draft, topic: e.target.value })} maxLength={200} data-testid="wf-meeting-topic" />
        {error('topic')}
      </label>
      <label className="field wide">
        {t('wfMinutes')}
        <textarea value={draft.minutes} onChange={(e) => setDraft({ ...draft, minutes: e.target.value })} rows={3} maxLength={20000} data-testid="wf-meeting-minutes" />
        {error('minutes')}
      </label>
      <fieldset className="attendance wide">
        <legend>{t('wfAttendanceTitle', { n: draft.attendance.length })}</legend>
        {everyone.map((p) => (
          <label key={p.id}>
            <input type="checkbox" checked={draft.attendance.includes(p.id)} onChange={() => toggle(p.id)} data-testid="wf-meeting-attendee" />
            {p.name} <span className="muted">{t(personRoleLabels[p.role])}</span>
          </label>
        ))}
        {error('attendance')}
      </fieldset>
      <button type="submit" data-testid="wf-meeting-submit">
        {t('wfSave')}
      </button>
      {message && <p className={message.ok ? 'ok-note' : 'error'}>{message.text}</p>}
    </form>
  );
}
