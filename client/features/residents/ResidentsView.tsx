import { useState, type FormEvent } from 'react';
import { getResidents } from '../../api/endpoints';
import { useResource } from '../../api/use-resource';
import { SearchBox } from '../../shared/search/SearchBox';
import { useI18n } from '../../i18n/I18nProvider';
import { useMeasureWords } from '../../shared/MeasureName';
import { OffsetPager } from '../../ui/OffsetPager';
import type { ChangedResident, Resident } from '../../../core/contracts/residents';
import { ChangeResidentDialog } from './ChangeResidentDialog';
import { ResidentsTable } from './ResidentsTable';
import { residentPageSize, toResidentQuery, type ResidentFilter } from './resident-query';
import { UnmaskDialog } from './UnmaskDialog';

/**
 * 实有人口: one page of the residents in the user's scope, masked by the server; unmasking opens a dialog, and so does
 * 变更 (a correction or a move-out), after which the page is asked again and says what was saved.
 */
export function ResidentsView({ mayUnmask, mayChange }: { mayUnmask: boolean; mayChange: boolean }) {
  const { t } = useI18n();
  const { titleOf } = useMeasureWords();
  // ?q= opens the list on a name or ID number (the map's search box links here for a person's name).
  const [draft, setDraft] = useState<ResidentFilter>(() => ({ gridCode: '', kind: '', q: new URLSearchParams(window.location.search).get('q') ?? '' }));
  const [applied, setApplied] = useState(draft);
  const [offset, setOffset] = useState(0);
  const query = toResidentQuery(applied, offset);
  const [page, reload] = useResource((signal) => getResidents(query, signal), [JSON.stringify(query)]);
  const [unmaskId, setUnmaskId] = useState<string | null>(null);
  const [changing, setChanging] = useState<Resident | null>(null);
  const [saved, setSaved] = useState<ChangedResident | null>(null);
  // The grid is chosen by typing its name (or code) in the search box, which then shows the name; its code is what the filter sends.
  const [gridBox, setGridBox] = useState(0); // a new key empties the box

  function submit(e: FormEvent) {
    e.preventDefault();
    setApplied(draft);
    setOffset(0);
    setSaved(null);
    reload(); // "Search" with the same filter asks again
  }

  return (
    <section className="view" data-testid="residents-view">
      <h2>{t('residentsTitle')}</h2>
      <p className="view-note">{t('residentsNote')}</p>
      <form className="filters" onSubmit={submit}>
        {/* Laid out as the other filters: its name above, its box beside theirs; what it holds now beside the box. */}
        <div className="residents-grid-filter" data-testid="residents-grid-filter" data-grid={draft.gridCode}>
          <span data-testid="residents-grid-label">{t('residentsGridSearch')}</span>
          <div className="residents-grid-pick">
            <SearchBox
              key={gridBox}
              kinds={['grid']}
              placeholder={t('residentsGridSearchHint')}
              onChoose={(r) => setDraft({ ...draft, gridCode: r.id })}
              testId="residents-grid-search"
            />
            {draft.gridCode ? (
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setDraft({ ...draft, gridCode: '' });
                  setGridBox((k) => k + 1);
                }}
                data-testid="residents-grid-clear"
              >
                {t('residentsGridClear')}
              </button>
            ) : (
              <span data-testid="residents-grid-any">{t('residentsGridAny')}</span>
            )}
          </div>
        </div>
        <label>
          {t('residentsPersonSearch')}
          <input
            type="search"
            value={draft.q}
            maxLength={50}
            placeholder={t('residentsPersonSearchHint')}
            onChange={(e) => setDraft({ ...draft, q: e.target.value })}
            data-testid="residents-person-search"
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
      {saved && (
        <p className="ok-note" role="status" data-testid="resident-change-done">
          {saved.movedOutOn ? t('residentChangeMovedOutDone', { id: saved.id, date: saved.movedOutOn }) : t('residentChangeSaved', { id: saved.id })}
        </p>
      )}
      {page.status === 'error' && (
        <p className="error" role="alert">
          {t('loadFailed', { message: page.error.message })}
        </p>
      )}
      {page.data ? (
        <>
          {applied.q.trim() && page.data.total === 0 && (
            <p className="view-note" role="status" data-testid="residents-person-none">
              {t('residentsPersonNone', { q: applied.q.trim() })}
            </p>
          )}
          <ResidentsTable
            rows={page.data.rows}
            mayUnmask={mayUnmask}
            onUnmask={setUnmaskId}
            mayChange={mayChange}
            onChangeResident={(r) => {
              setSaved(null);
              setChanging(r);
            }}
            busy={page.status === 'loading'}
          />
          <OffsetPager total={page.data.total} offset={offset} limit={residentPageSize} onOffset={setOffset} totalTitle={titleOf('residents')} />
        </>
      ) : (
        page.status === 'loading' && <p className="view-note">{t('loading')}</p>
      )}
      {unmaskId && <UnmaskDialog residentId={unmaskId} onClose={() => setUnmaskId(null)} />}
      {changing && (
        <ChangeResidentDialog
          resident={changing}
          onSaved={(changed) => {
            setChanging(null);
            setSaved(changed);
            reload();
          }}
          onClose={() => setChanging(null)}
        />
      )}
    </section>
  );
}
