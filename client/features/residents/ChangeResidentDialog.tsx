import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { ChangedResident, Resident } from '../../../core/contracts/residents';
import { localDateKey } from '../../../core/time';
import { serverNowMs } from '../../api/client';
import { changeResident } from '../../api/residents-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { DateField } from '../../ui/DateField';
import { issueAt, type FormIssue } from '../../ui/form-issues';
import { oneAtATime } from './one-at-a-time';
import { draftFor, issuesOfRefusal, toResidentChange, type ResidentChangeDraft } from './resident-change';
import './residents.css';

type TextField = 'name' | 'idNumber' | 'phone' | 'houseNumber';
const textFields: readonly { field: TextField; label: MessageKey; maxLength: number; numeric?: boolean }[] = [
  { field: 'name', label: 'colName', maxLength: 40 },
  { field: 'idNumber', label: 'colIdNumber', maxLength: 18, numeric: true },
  { field: 'phone', label: 'colPhone', maxLength: 13, numeric: true },
  { field: 'houseNumber', label: 'colHouse', maxLength: 40 },
];

export interface ChangeResidentDialogProps {
  resident: Resident;
  /** The record as the server saved it; the dialog is done (the view closes it and reloads its page). */
  onSaved: (changed: ChangedResident) => void;
  onClose: () => void;
}

/**
 * 变更: a resident's correction or move-out (迁出) in a modal dialog. Masked fields start empty, with what the list
 * shows as their placeholder, and are sent only when typed; the kind starts as it is. The server checks with the
 * import's rules and its words are shown beside the field they name. One request at a time, however fast the clicks
 * (oneAtATime).
 */
export function ChangeResidentDialog({ resident, onSaved, onClose }: ChangeResidentDialogProps) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<ResidentChangeDraft>(() => draftFor(resident));
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const [send] = useState(() => oneAtATime(changeResident));

  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const built = toResidentChange(resident, draft);
    if (!built.ok) return setIssues([{ field: 'form', message: t('residentChangeNothing') }]);
    setSaving(true);
    setIssues([]);
    try {
      const saved = await send(resident.id, built.change);
      if (saved.sent) onSaved(saved.value);
    } catch (err) {
      setIssues(issuesOfRefusal(err));
      setSaving(false);
    }
  }

  const issueBeside = (field: string): ReactNode => {
    const issue = issueAt(issues, field);
    return issue ? (
      <span className="resident-change-issue" role="alert" data-testid={`resident-change-issue-${field}`}>
        {issue.message}
      </span>
    ) : null;
  };
  const formIssue = issues.find((i) => i.field === 'form');
  return (
    <dialog ref={dialogRef} className="dialog resident-change-dialog" onClose={onClose} aria-labelledby="resident-change-title" data-testid="resident-change-dialog">
      <h3 id="resident-change-title">{t('residentChangeTitle', { id: resident.id })}</h3>
      <p className="view-note">{t('residentChangeNote')}</p>
      <form className="resident-change-form" onSubmit={submit} data-testid="resident-change-form">
        {textFields.map(({ field, label, maxLength, numeric }) => (
          <label key={field}>
            {t(label)}
            <input
              value={draft[field]}
              placeholder={resident[field] ? t('residentChangeCurrent', { value: resident[field] }) : undefined}
              onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
              maxLength={maxLength}
              inputMode={numeric ? 'numeric' : undefined}
              autoComplete="off"
              aria-invalid={issueAt(issues, field) ? true : undefined}
              data-testid={`resident-change-${field}`}
            />
            {issueBeside(field)}
          </label>
        ))}
        <label>
          {t('colKind')}
          <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as ResidentChangeDraft['kind'] })} data-testid="resident-change-kind">
            <option value="registered">{t('kindRegistered')}</option>
            <option value="floating">{t('kindFloating')}</option>
          </select>
          {issueBeside('kind')}
        </label>
        {/* Not a <label>: a DateField holds a button and a calendar besides its input. */}
        <div className="labelled-field">
          {t('residentChangeMovedOut')}
          <DateField
            value={draft.movedOutOn}
            max={localDateKey(serverNowMs())}
            min={resident.movedInOn ?? undefined}
            label={t('residentChangeMovedOut')}
            onChange={(movedOutOn) => setDraft({ ...draft, movedOutOn })}
            testId="resident-change-moved-out"
          />
          {issueBeside('movedOutOn')}
          <span className="resident-change-hint">{t('residentChangeMovedOutHint')}</span>
        </div>
        {formIssue && (
          <p className="error" role="alert" data-testid="resident-change-error">
            {t('residentChangeFailed', { message: formIssue.message })}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" disabled={saving} data-testid="resident-change-submit">
            {saving ? t('residentChangeSaving') : t('residentChangeSave')}
          </button>
          <button type="button" className="secondary" onClick={() => dialogRef.current?.close()} data-testid="resident-change-cancel">
            {t('cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
