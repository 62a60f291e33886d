import { useState } from 'react';
import type { ScopeKind } from '../../../core/contracts/auth';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { filterPlaces, namesOfCodes, scopeKindsFor, withCodeToggled, withScopeKind, type AccountDraft } from './account-draft';
import { useScopePlaces } from './use-scope-places';

const kindLabels: Record<ScopeKind, MessageKey> = {
  district: 'accountKindDistrict',
  street: 'accountKindStreet',
  station: 'accountKindStation',
  beat: 'accountKindBeat',
  grids: 'accountKindGrids',
};

/**
 * 辖区: the kind of jurisdiction, and for any kind but the district the places it lists, ticked by name from a list
 * a text box narrows (a district has a few hundred grids). Ticks live in the draft, so narrowing the list loses none.
 */
export function ScopePicker({ draft, onChange }: { draft: AccountDraft; onChange: (draft: AccountDraft) => void }) {
  const { t } = useI18n();
  const [filter, setFilter] = useState('');
  const kind = draft.scope.kind;
  const places = useScopePlaces(kind);
  const ready = places.status === 'ready' ? places.data : null;
  const shown = ready ? filterPlaces(ready, filter) : [];

  return (
    <fieldset className="account-scope">
      <legend>{t('colScope')}</legend>
      <label className="field">
        {t('accountScopeKind')}
        <select
          value={kind}
          onChange={(e) => {
            setFilter('');
            onChange(withScopeKind(draft, e.target.value as ScopeKind));
          }}
          data-testid="account-scope-kind"
        >
          {scopeKindsFor(draft.role).map((k) => (
            <option key={k} value={k}>
              {t(kindLabels[k])}
            </option>
          ))}
        </select>
      </label>
      {kind !== 'district' && (
        <>
          <label className="field">
            {t('accountScopeFilter')}
            <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('accountScopeFilterHint')} data-testid="account-scope-filter" />
          </label>
          {places.status === 'error' && (
            <p className="error" role="alert">
              {t('loadFailed', { message: places.error.message })}
            </p>
          )}
          {!ready && places.status === 'loading' && <p className="view-note">{t('loading')}</p>}
          <div className="scope-choices" role="group" aria-label={t(kindLabels[kind])} data-testid="account-scope-codes">
            {shown.map((p) => (
              <label key={p.code}>
                <input type="checkbox" checked={draft.scope.codes.includes(p.code)} onChange={() => onChange(withCodeToggled(draft, p.code))} value={p.code} />
                {p.name}
              </label>
            ))}
            {ready && shown.length === 0 && <p className="view-note">{t('accountScopeNoMatch')}</p>}
          </div>
          <p className="view-note" data-testid="account-scope-chosen">
            {draft.scope.codes.length === 0
              ? t('accountScopeNoneChosen')
              : ready
                ? t('accountScopeChosen', { count: draft.scope.codes.length, names: namesOfCodes(draft.scope.codes, ready).join(t('listSeparator')) })
                : t('accountScopeChosenCount', { count: draft.scope.codes.length })}
          </p>
        </>
      )}
    </fieldset>
  );
}
