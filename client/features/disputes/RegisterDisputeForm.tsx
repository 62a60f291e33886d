import { useMemo, useState, type FormEvent } from 'react';
import type { Scope } from '../../../core/contracts/auth';
import { disputeSources, disputeTextMax, disputeTypes, type DisputeDetail } from '../../../core/contracts/disputes';
import { registerDispute } from '../../api/disputes-endpoints';
import type { GridCollection } from '../../api/feature-types';
import { useI18n } from '../../i18n/I18nProvider';
import { TextLimit } from '../../shared/TextLimit';
import { SearchBox } from '../../shared/search/SearchBox';
import { useGridChoices } from '../../shared/use-grid-choices';
import { sourceLabels, typeLabels } from '../../shared/dispute-labels';
import { issueAt, issueText, type FormIssue } from '../../ui/form-issues';
import { PartiesEditor } from './PartiesEditor';
import { PointPicker } from './PointPicker';
import { emptyRegisterDraft, issuesAfterEdit, registerFixes, toNewDispute, type RegisterDraft } from './register-form';

/**
 * 登记矛盾纠纷: what, where (an address or building found by name — its code is sent behind the scenes and the server keeps it — or a
 * point picked on a small map of the user's grids), who and how it came to light. Checked with the API's own schema before it is sent; the server's refusal is shown as it words it.
 */
export function RegisterDisputeForm({ scope, onRegistered, onCancel }: { scope: Scope; onRegistered: (d: DisputeDetail) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<RegisterDraft>(emptyRegisterDraft);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // What the person chose in the search box: shown by name; only its building code is sent.
  const [place, setPlace] = useState<{ name: string; context: string } | null>(null);
  const { choices, grids } = useGridChoices(scope);
  const scoped = useMemo<GridCollection | undefined>(() => {
    if (!grids) return undefined;
    const codes = new Set(choices.map((c) => c.code));
    return { ...grids, features: grids.features.filter((f) => codes.has(f.properties.code)) };
  }, [grids, choices]);
  const update = (change: Partial<RegisterDraft>) => {
    const next = { ...draft, ...change };
    setIssues((current) => issuesAfterEdit(current, draft, next));
    setDraft(next);
  };
  const set = <K extends keyof RegisterDraft>(key: K, value: RegisterDraft[K]) => update({ [key]: value });
  const error = (field: string) => {
    const issue = issueAt(issues, field);
    return issue && <span className="field-error">{issueText(issue, registerFixes, t)}</span>;
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setRefusal(null);
    const built = toNewDispute(draft);
    if (!built.ok) {
      setIssues(built.issues);
      return;
    }
    setIssues([]);
    setBusy(true);
    try {
      onRegistered(await registerDispute(built.body));
    } catch (err) {
      setRefusal(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="modal-backdrop">
      <form className="modal register-form" onSubmit={submit} noValidate data-testid="dispute-register-form" aria-label={t('dspRegisterTitle')}>
        <h2>{t('dspRegisterTitle')}</h2>
        <div className="form-grid">
          <label className="field">
            {t('dspColType')}
            <select value={draft.type} onChange={(e) => set('type', e.target.value as RegisterDraft['type'])} data-testid="dispute-type">
              <option value="">{t('dspChoose')}</option>
              {disputeTypes.map((v) => (
                <option key={v} value={v}>
                  {t(typeLabels[v])}
                </option>
              ))}
            </select>
            {error('type')}
          </label>
          <label className="field">
            {t('dspSource')}
            <select value={draft.source} onChange={(e) => set('source', e.target.value as RegisterDraft['source'])} data-testid="dispute-source">
              <option value="">{t('dspChoose')}</option>
              {disputeSources.map((v) => (
                <option key={v} value={v}>
                  {t(sourceLabels[v])}
                </option>
              ))}
            </select>
            {error('source')}
          </label>
        </div>
        <label className="field">
          {t('dspColSummary')}
          <input value={draft.summary} onChange={(e) => set('summary', e.target.value)} aria-describedby="dispute-summary-count" data-testid="dispute-summary" />
          <TextLimit value={draft.summary} max={disputeTextMax.summary} id="dispute-summary-count" testId="dispute-summary-count" />
          {error('summary')}
        </label>
        <label className="field">
          {t('dspDescription')}
          <textarea value={draft.description} onChange={(e) => set('description', e.target.value)} rows={3} aria-describedby="dispute-description-count" data-testid="dispute-description-input" />
          <TextLimit value={draft.description} max={disputeTextMax.description} id="dispute-description-count" testId="dispute-description-count" />
          {error('description')}
        </label>
        <div className="checks">
          <label>
            <input type="checkbox" checked={draft.threats} onChange={(e) => set('threats', e.target.checked)} data-testid="dispute-threats" /> {t('dspThreats')}
          </label>
          <label>
            <input type="checkbox" checked={draft.violence} onChange={(e) => set('violence', e.target.checked)} data-testid="dispute-violence" /> {t('dspViolence')}
          </label>
        </div>
        <fieldset className="where">
          <legend>{t('dspWhere')}</legend>
          <label>
            <input type="radio" checked={draft.where === 'building'} onChange={() => set('where', 'building')} data-testid="dispute-where-building" /> {t('dspWhereBuilding')}
          </label>
          <label>
            <input type="radio" checked={draft.where === 'point'} onChange={() => set('where', 'point')} data-testid="dispute-where-point" /> {t('dspWherePoint')}
          </label>
          {draft.where === 'building' ? (
            <div className="field">
              {t('dspPlaceSearch')}
              <SearchBox
                kinds={['address', 'building']}
                placeholder={t('dspPlaceSearchHint')}
                onChoose={(r) => {
                  if (!r.buildingCode) return;
                  // An address is sent as itself (the server keeps it and its building); a building by its code.
                  update({ buildingCode: r.buildingCode, addressCode: r.kind === 'address' ? r.id : '' });
                  setPlace({ name: r.name, context: r.context });
                }}
                testId="dispute-place-search"
              />
              {place && draft.buildingCode && (
                <span className="view-note" data-testid="dispute-place-chosen" data-building={draft.buildingCode}>
                  {t('dspPlaceChosen', place)}
                </span>
              )}
              {error('buildingCode')}
            </div>
          ) : (
            <>
              <PointPicker grids={scoped} value={draft.lngLat} onPick={(p) => set('lngLat', p)} />
              {error('lngLat')}
            </>
          )}
        </fieldset>
        <PartiesEditor parties={draft.parties} onChange={(p) => set('parties', p)} issues={issues} />
        {refusal && (
          <p className="error" role="alert" data-testid="dispute-register-refused">
            {t('dspRegisterRefused', { message: refusal })}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" disabled={busy} data-testid="dispute-register-submit">
            {busy ? t('dspRegistering') : t('dspRegister')}
          </button>
          <button type="button" className="secondary" onClick={onCancel}>
            {t('dspCancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
