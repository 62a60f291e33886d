import { useState, type FormEvent } from 'react';
import { getResidents } from '../../api/endpoints';
import { useResource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';
import { Pager } from './Pager';
import { ResidentsTable } from './ResidentsTable';
import { residentPageSize, toResidentSearch, type ResidentFilter } from './resident-query';
import { UnmaskDialog } from './UnmaskDialog';

/** 实有人口: one page of the residents in the user's scope, masked by the server; unmasking opens a dialog. */
export function ResidentsView({ mayUnmask }: { mayUnmask: boolean }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<ResidentFilter>({ gridCode: '', kind: '' });
  const [applied, setApplied] = useState(draft);
  const [offset, setOffset] = useState(0);
  const search = toResidentSearch(applied, offset);
  const [page, reload] = useResource((signal) => getResidents(search, signal), [search]);
  const [unmaskId, setUnmaskId] = useState<string | null>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    setApplied(draft);
    setOffset(0);
    reload(); // "Search" with the same filter asks again
  }

  return (
    <section className="view" data-testid="residents-view">
      <h2>{t('residentsTitle')}</h2>
      <p className="view-note">{t('residentsNote')}</p>
      <form className="filters" onSubmit={submit}>
        <label>
          {t('filterGridCode')}
          <input
            value={draft.gridCode}
            onChange={(e) => setDraft({ ...draft, gridCode: e.target.value })}
            placeholder="511703001001001"
            pattern="[0-9A-Za-z\-]{1,40}"
            data-testid="residents-grid-filter"
          />
        </label>
        <label>
          {t('filterKind')}
          <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as ResidentFilter['kind'] })}>
            <option value="">{t('kindAny')}</option>
            <option value="registered">{t('kindRegistered')}</option>
            <option value="floating">{t('kindFloating')}</option>
          </select>
        </label>
        <button type="submit" data-testid="residents-search">
          {t('search')}
        </button>
      </form>
      {page.status === 'error' && (
        <p className="error" role="alert">
          {t('loadFailed', { message: page.error.message })}
        </p>
      )}
      {page.data ? (
        <>
          <ResidentsTable rows={page.data.rows} mayUnmask={mayUnmask} onUnmask={setUnmaskId} busy={page.status === 'loading'} />
          <Pager total={page.data.total} offset={offset} limit={residentPageSize} onOffset={setOffset} />
        </>
      ) : (
        page.status === 'loading' && <p className="view-note">{t('loading')}</p>
      )}
      {unmaskId && <UnmaskDialog residentId={unmaskId} onClose={() => setUnmaskId(null)} />}
    </section>
  );
}
