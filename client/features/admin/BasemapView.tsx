import { useState, type FormEvent } from 'react';
import { BasemapCrsSchema, BasemapKindSchema, type BasemapCrs, type BasemapKind } from '../../../core/contracts/basemap';
import { getAdminBasemap, putAdminBasemap } from '../../api/basemap-endpoints';
import { useResource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';
import { BasemapFacts, crsLabels, kindLabels } from './BasemapFacts';
import { fieldsOfKind, formOfSettings, settingsOfForm, type BasemapForm } from './basemap-form';

/**
 * 底图: the active base map and a form to switch to another (a package on the server or an intranet tile service).
 * The server opens and checks it first; a refusal shows its reason and leaves the base map as it was.
 */
export function BasemapView() {
  const { t } = useI18n();
  const [active, reload] = useResource(getAdminBasemap, []);
  const [edited, setEdited] = useState<BasemapForm | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  // The form starts from the settings in use (the token shown masked, which the server keeps when sent back).
  const form = edited ?? (active.data ? formOfSettings(active.data.settings) : null);
  const change = (patch: Partial<BasemapForm>) => form && setEdited({ ...form, ...patch });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!form) return;
    setBusy(true);
    setOutcome(null);
    try {
      const d = await putAdminBasemap(settingsOfForm(form));
      setOutcome({ ok: true, text: t('basemapSwitched', { name: d.name }) });
      reload();
    } catch (err) {
      setOutcome({ ok: false, text: t('basemapRefused', { message: err instanceof Error ? err.message : String(err) }) });
    } finally {
      setBusy(false);
    }
  }

  const fields = form ? fieldsOfKind(form.kind, form) : null;
  return (
    <section className="view" data-testid="basemap-view">
      <h2>{t('basemapTitle')}</h2>
      <p className="view-note">{t('basemapNote')}</p>
      {active.status === 'error' && (
        <p className="error" role="alert">
          {t('loadFailed', { message: active.error.message })}
        </p>
      )}
      {active.status === 'loading' && !active.data && <p className="view-note">{t('loading')}</p>}
      {active.data && (
        <>
          <h3>{t('basemapActive')}</h3>
          <BasemapFacts d={active.data.description} />
          <p className="view-note">{t('basemapCrsNote')}</p>
        </>
      )}
      {form && fields && (
        <>
          <h3>{t('basemapSwitchTitle')}</h3>
          <form className="filters" onSubmit={submit} data-testid="basemap-form">
            <label>
              {t('basemapKind')}
              <select value={form.kind} onChange={(e) => change({ kind: e.target.value as BasemapKind })} data-testid="basemap-kind">
                {BasemapKindSchema.options.map((k) => (
                  <option key={k} value={k}>
                    {t(kindLabels[k])}
                  </option>
                ))}
              </select>
            </label>
            {form.kind !== 'builtin' && (
              <label>
                {t('basemapCrs')}
                <select value={form.crs} onChange={(e) => change({ crs: e.target.value as BasemapCrs })} data-testid="basemap-crs">
                  {BasemapCrsSchema.options.map((c) => (
                    <option key={c} value={c}>
                      {t(crsLabels[c])}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {fields.path && (
              <label>
                {t('basemapPath')}
                <input value={form.path} onChange={(e) => change({ path: e.target.value })} placeholder={t('basemapPathHint')} maxLength={1000} size={40} data-testid="basemap-path" />
              </label>
            )}
            {fields.url && (
              <label>
                {t('basemapUrl')}
                <input value={form.url} onChange={(e) => change({ url: e.target.value })} placeholder={t('basemapUrlHint')} maxLength={2000} size={60} data-testid="basemap-url" />
              </label>
            )}
            {fields.service && (
              <>
                <label>
                  {t('basemapLabelUrl')}
                  <input value={form.labelUrl} onChange={(e) => change({ labelUrl: e.target.value })} maxLength={2000} size={60} data-testid="basemap-label-url" />
                </label>
                <label title={t('basemapTokenHint')}>
                  {t('basemapToken')}
                  <input value={form.token} onChange={(e) => change({ token: e.target.value })} placeholder={t('basemapTokenHint')} maxLength={200} autoComplete="off" data-testid="basemap-token" />
                </label>
              </>
            )}
            <label>
              {t('basemapAttribution')}
              <input value={form.attribution} onChange={(e) => change({ attribution: e.target.value })} maxLength={300} data-testid="basemap-attribution" />
            </label>
            <button type="submit" disabled={busy} data-testid="basemap-submit">
              {busy ? t('basemapSwitching') : t('basemapSubmit')}
            </button>
          </form>
          {outcome && (
            <p className={outcome.ok ? 'view-note' : 'error'} role={outcome.ok ? 'status' : 'alert'} data-testid="basemap-outcome">
              {outcome.text}
            </p>
          )}
        </>
      )}
    </section>
  );
}
