import { useState } from 'react';
import { fieldReportHandlings, handlingHasItsNote, type FieldReportHandling, type FieldReportInboxItem } from '../../../core/contracts/field';
import { sayRule } from '../../../core/contracts/rule-messages';
import { fieldPaths, getFieldReportInbox, handleFieldReport } from '../../api/field-endpoints';
import { useResource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';
import { disputeMadeBy } from './inbox-handling';

/**
 * 随手拍待办: the reports from the street filed under the handler's grids (GET /api/field/reports), those still to
 * handle first, each with its sender, place, photos and voice note, and a way to turn it into a dispute, a registry
 * correction or an incident lead, or dismiss it, with a note the sender reads in the field app. `onDisputeMade` hears
 * of each dispute a report became, so the register beside it shows it at once.
 */
export function FieldReportInbox({ onDisputeMade }: { onDisputeMade: (code: string) => void }) {
  const { t, formatDateTime } = useI18n();
  const [inbox, reload] = useResource((signal) => getFieldReportInbox(signal), []);
  const rows: FieldReportInboxItem[] = inbox.data ?? [];
  const waiting = rows.filter((r) => r.status === 'received').length;
  return (
    <section className="side-panel field-inbox" data-testid="field-report-inbox" aria-busy={inbox.status === 'loading' || undefined}>
      <h3>{t('fieldInboxTitle', { n: waiting })}</h3>
      {inbox.status === 'error' && <p className="error">{t('loadFailed', { message: inbox.error.message })}</p>}
      {rows.length === 0 && inbox.status === 'ready' && <p className="muted">{t('fieldInboxNone')}</p>}
      <ul className="side-list">
        {rows.slice(0, 30).map((r) => (
          <li key={r.id} data-testid="field-inbox-report" data-id={r.id} data-status={r.status}>
            <strong>{t(`fieldReportCategory_${r.category}`)}</strong> {r.text}
            <div className="muted">
              {r.senderName} · {formatDateTime(r.createdAt)}
              {r.place ? ` · ${r.place}` : ''} · {t(`fieldMineStatus_${r.status}`)}
            </div>
            {r.photoCount > 0 && (
              <div className="field-inbox-photos">
                {Array.from({ length: r.photoCount }, (_, n) => (
                  <a key={n} href={fieldPaths.reportPhoto(r.id, n)} target="_blank" rel="noreferrer">
                    <img src={fieldPaths.reportPhoto(r.id, n)} alt={t('fieldInboxPhoto', { n: n + 1 })} loading="lazy" />
                  </a>
                ))}
              </div>
            )}
            {r.voiceMime && <audio controls preload="none" src={fieldPaths.reportVoice(r.id)} aria-label={t('fieldMineVoice')} data-testid="field-inbox-voice" />}
            {r.status === 'received' ? (
              <HandleForm
                report={r}
                onHandled={(handled) => {
                  reload();
                  const code = disputeMadeBy(handled);
                  if (code) onDisputeMade(code);
                }}
              />
            ) : (
              r.handledAs && (
                <div className="muted" data-testid="field-inbox-handled">
                  {r.handledAs === 'dismissed'
                    ? t('fieldInboxDismissed')
                    : t('fieldInboxHandled', { as: t(`fieldHandling_${r.handledAs as FieldReportHandling}`), ref: r.handledRef ? ` ${r.handledRef}` : '' })}
                  {r.handlingNote ? ` · ${r.handlingNote}` : ''}
                </div>
              )
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function HandleForm({ report, onHandled }: { report: FieldReportInboxItem; onHandled: (handled: FieldReportInboxItem) => void }) {
  const { t, language } = useI18n();
  const [as, setAs] = useState<FieldReportHandling>(report.category === 'incident_lead' ? 'incident_lead' : report.category === 'dispute' ? 'dispute' : 'registry');
  const [note, setNote] = useState('');
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'sending' } | { kind: 'failed'; message: string }>({ kind: 'idle' });
  const noteNeeded = !handlingHasItsNote({ as, note });
  const submit = async () => {
    if (noteNeeded) return;
    setState({ kind: 'sending' });
    try {
      const handled = await handleFieldReport(report.id, { as, note });
      setState({ kind: 'idle' });
      onHandled(handled);
    } catch (err) {
      setState({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <form className="field-inbox-handle" data-testid="field-inbox-handle" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <label>
        {t('fieldInboxHandleAs')}{' '}
        <select value={as} onChange={(e) => setAs(e.target.value as FieldReportHandling)}>
          {fieldReportHandlings.map((h) => <option key={h} value={h}>{t(`fieldHandling_${h}`)}</option>)}
        </select>
      </label>
      <input
        value={note}
        maxLength={500}
        required={as === 'dismissed'}
        placeholder={t(as === 'dismissed' ? 'fieldInboxDismissNote' : 'fieldInboxHandleNote')}
        aria-label={t(as === 'dismissed' ? 'fieldInboxDismissNote' : 'fieldInboxHandleNote')}
        onChange={(e) => setNote(e.target.value)}
      />
      <button type="submit" disabled={state.kind === 'sending' || noteNeeded} title={noteNeeded ? sayRule('dismissal_needs_note', language) : undefined}>
        {state.kind === 'sending' ? t('fieldInboxHandling') : t('fieldInboxHandle')}
      </button>
      {noteNeeded && <p className="muted" data-testid="field-inbox-note-needed">{sayRule('dismissal_needs_note', language)}</p>}
      {state.kind === 'failed' && <p className="error" role="alert">{t('fieldInboxHandleFailed', { message: state.message })}</p>}
    </form>
  );
}
