import type { DisputeParty } from '../../../core/contracts/disputes';
import { useI18n } from '../../i18n/I18nProvider';
import { partyRoleLabels } from '../../shared/dispute-labels';
import { issueText, type FormIssue } from '../../ui/form-issues';
import { emptyParty, partyIssueFields, partyIssues, registerFixes, type PartyDraft, type PartyField } from './register-form';

const roles: DisputeParty['role'][] = ['applicant', 'respondent', 'other'];

/** The parties of a new dispute: role, name, and optionally ID number and phone (stored in full, shown masked). */
export function PartiesEditor({ parties, onChange, issues }: { parties: PartyDraft[]; onChange: (p: PartyDraft[]) => void; issues: FormIssue[] }) {
  const { t } = useI18n();
  const update = (k: number, change: Partial<PartyDraft>) => onChange(parties.map((p, i) => (i === k ? { ...p, ...change } : p)));
  const say = (issue: FormIssue, field: PartyField | 'row' | 'parties') => (
    <span key={field} className="field-error" data-testid="dispute-party-error" data-field={field}>
      {issueText(issue, registerFixes, t)}
    </span>
  );
  const listIssue = issues.find((i) => i.field === 'parties');
  return (
    <fieldset className="parties" data-testid="dispute-parties-editor">
      <legend>{t('dspPartiesTitle')}</legend>
      <p className="view-note">{t('dspPartiesNote')}</p>
      {parties.map((p, k) => {
        const rowIssues = partyIssues(issues, k);
        const invalid = (field: PartyField) => (rowIssues[field] ? true : undefined);
        return (
          <div className="party-row" key={k} data-testid="dispute-party-row">
            <select value={p.role} onChange={(e) => update(k, { role: e.target.value as DisputeParty['role'] })} aria-label={t('dspPartyRole')} aria-invalid={invalid('role')}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {t(partyRoleLabels[r])}
                </option>
              ))}
            </select>
            <input value={p.name} onChange={(e) => update(k, { name: e.target.value })} placeholder={t('colName')} aria-invalid={invalid('name')} maxLength={40} data-testid="dispute-party-name-input" />
            <input value={p.idNumber} onChange={(e) => update(k, { idNumber: e.target.value })} placeholder={t('colIdNumber')} aria-invalid={invalid('idNumber')} maxLength={18} data-testid="dispute-party-id-input" />
            <input value={p.phone} onChange={(e) => update(k, { phone: e.target.value })} placeholder={t('colPhone')} aria-invalid={invalid('phone')} maxLength={20} data-testid="dispute-party-phone-input" />
            <button type="button" className="link-button" onClick={() => onChange(parties.filter((_, i) => i !== k))}>
              {t('dspRemove')}
            </button>
            {/* Every field of the row to fix at once, in the order of the inputs (each outlined red), each message naming its field. */}
            {partyIssueFields.map((field) => rowIssues[field] && say(rowIssues[field], field))}
          </div>
        );
      })}
      {listIssue && say(listIssue, 'parties')}
      <button type="button" className="secondary" onClick={() => onChange([...parties, emptyParty(parties.length === 0 ? 'applicant' : 'respondent')])} data-testid="dispute-party-add">
        {t('dspPartyAdd')}
      </button>
    </fieldset>
  );
}
