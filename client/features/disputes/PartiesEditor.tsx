import type { DisputeParty } from '../../../core/contracts/disputes';
import { useI18n } from '../../i18n/I18nProvider';
import { partyRoleLabels } from '../../shared/dispute-labels';
import { issueAt, issueText, type FormIssue } from '../../ui/form-issues';
import { emptyParty, registerFixes, type PartyDraft } from './register-form';

const roles: DisputeParty['role'][] = ['applicant', 'respondent', 'other'];

/** The parties of a new dispute: role, name, and optionally ID number and phone (stored in full, shown masked). */
export function PartiesEditor({ parties, onChange, issues }: { parties: PartyDraft[]; onChange: (p: PartyDraft[]) => void; issues: FormIssue[] }) {
  const { t } = useI18n();
  const update = (k: number, change: Partial<PartyDraft>) => onChange(parties.map((p, i) => (i === k ? { ...p, ...change } : p)));
  const error = (field: string) => {
    const issue = issueAt(issues, field);
    return issue && <span className="field-error">{issueText(issue, registerFixes, t)}</span>;
  };
  return (
    <fieldset className="parties" data-testid="dispute-parties-editor">
      <legend>{t('dspPartiesTitle')}</legend>
      <p className="view-note">{t('dspPartiesNote')}</p>
      {parties.map((p, k) => (
        <div className="party-row" key={k} data-testid="dispute-party-row">
          <select value={p.role} onChange={(e) => update(k, { role: e.target.value as DisputeParty['role'] })} aria-label={t('dspPartyRole')}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(partyRoleLabels[r])}
              </option>
            ))}
          </select>
          <input value={p.name} onChange={(e) => update(k, { name: e.target.value })} placeholder={t('colName')} maxLength={40} data-testid="dispute-party-name-input" />
          <input value={p.idNumber} onChange={(e) => update(k, { idNumber: e.target.value })} placeholder={t('colIdNumber')} maxLength={18} />
          <input value={p.phone} onChange={(e) => update(k, { phone: e.target.value })} placeholder={t('colPhone')} maxLength={20} />
          <button type="button" className="link-button" onClick={() => onChange(parties.filter((_, i) => i !== k))}>
            {t('dspRemove')}
          </button>
          {error(`parties.${k}`)}
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...parties, emptyParty(parties.length === 0 ? 'applicant' : 'respondent')])} data-testid="dispute-party-add">
        {t('dspPartyAdd')}
      </button>
    </fieldset>
  );
}
