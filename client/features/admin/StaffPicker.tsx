import { useEffect, useState } from 'react';
import { getStaffCandidates } from '../../api/account-endpoints';
import { useResource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';
import { personRoleLabels } from '../../shared/workforce-labels';
import type { AccountDraft } from './account-draft';

const shownAtMost = 30; // the server's page (GET /api/admin/staff)

/**
 * 对应人员: the staff record the account belongs to, picked by name from those of the jurisdiction the role fits
 * (a police role's are police officers); a record that has another account is shown with it and cannot be picked.
 * The field app shows an account its record's tasks and routes, so a new grid worker's account is linked here.
 */
export function StaffPicker({ draft, onChange }: { draft: AccountDraft; onChange: (draft: AccountDraft) => void }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [name, setName] = useState('');
  // A request per pause in typing, not per key.
  useEffect(() => {
    const timer = setTimeout(() => setName(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const { role, scope } = draft;
  const codes = scope.codes.join(',');
  const scopeChosen = scope.kind === 'district' || scope.codes.length > 0;
  const [candidates] = useResource(
    (signal) => (scopeChosen ? getStaffCandidates({ role, kind: scope.kind, codes: codes ? codes.split(',') : undefined, q: name || undefined }, signal) : Promise.resolve([])),
    [role, scope.kind, codes, name, scopeChosen],
  );
  const listed = candidates.data ?? [];
  const chosen = draft.person;

  return (
    <fieldset className="account-scope account-person" data-testid="account-person">
      <legend>{t('accountPerson')}</legend>
      <p className="view-note">{t('accountPersonHint')}</p>
      {!scopeChosen ? (
        <p className="view-note">{t('accountPersonPickScope')}</p>
      ) : (
        <>
          <label className="field">
            {t('accountScopeFilter')}
            <input type="search" value={typed} onChange={(e) => setTyped(e.target.value)} placeholder={t('accountPersonFilterHint')} data-testid="account-person-filter" />
          </label>
          {candidates.status === 'error' && (
            <p className="error" role="alert">
              {t('loadFailed', { message: candidates.error.message })}
            </p>
          )}
          <div className="scope-choices" role="radiogroup" aria-label={t('accountPerson')} data-testid="account-person-choices">
            <label>
              <input type="radio" name="account-person" checked={!chosen} onChange={() => onChange({ ...draft, person: null })} value="" />
              {t('accountPersonNone')}
            </label>
            {listed.map((p) => {
              const taken = p.account !== null && p.account.username !== draft.username;
              return (
                <label key={p.id} className={taken ? 'muted' : undefined}>
                  <input
                    type="radio"
                    name="account-person"
                    value={p.id}
                    checked={chosen?.id === p.id}
                    disabled={taken}
                    onChange={() => onChange({ ...draft, person: { id: p.id, name: p.name, placeName: p.placeName } })}
                  />
                  {p.name} · {t(personRoleLabels[p.role])}
                  {p.placeName && ` · ${p.placeName}`}
                  {taken && ` · ${t('accountPersonHasAccount', { username: p.account!.username })}`}
                </label>
              );
            })}
            {candidates.status === 'ready' && listed.length === 0 && <p className="view-note">{t('accountPersonNoMatch')}</p>}
          </div>
          {listed.length >= shownAtMost && <p className="view-note">{t('accountPersonFirst', { count: shownAtMost })}</p>}
        </>
      )}
      {chosen && (
        <p className="view-note" data-testid="account-person-chosen">
          {t('accountPersonChosen', { name: chosen.name, place: chosen.placeName ?? '—' })}
        </p>
      )}
    </fieldset>
  );
}
