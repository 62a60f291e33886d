import type { FieldReportInboxItem } from '../../../core/contracts/field';
import { fieldPaths, getFieldReportInbox } from '../../api/field-endpoints';
import { useResource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * 随手拍待办: the reports from the street filed under the handler's grids (GET /api/field/reports), those still to
 * handle first, each with its sender, place, photos and voice note. Handling them stays with the API for now.
 */
export function FieldReportInbox() {
  const { t, formatDateTime } = useI18n();
  const [inbox] = useResource((signal) => getFieldReportInbox(signal), []);
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
          </li>
        ))}
      </ul>
    </section>
  );
}
