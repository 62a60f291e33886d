import type { DisputeEvent } from '../../../core/contracts/disputes';
import { useI18n } from '../../i18n/I18nProvider';
import { sourceLabels, statusLabels } from '../../shared/dispute-labels';

/** Every move of the dispute, oldest first: who, when, from which state to which, and why. */
export function DisputeTimeline({ events }: { events: DisputeEvent[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <section>
      <h3>{t('dspTimelineTitle')}</h3>
      <ol className="dispute-timeline" data-testid="dispute-timeline">
        {events.map((e, k) => (
          <li key={k} data-testid="dispute-event" data-to={e.toStatus}>
            <div className="event-head">
              <strong>{t(statusLabels[e.toStatus])}</strong>
              {e.fromStatus && <span className="muted"> ← {t(statusLabels[e.fromStatus])}</span>}
            </div>
            <div className="muted">
              {formatDateTime(e.at)} · <span title={e.byUsername}>{e.byName}</span>
            </div>
            <div className="event-reason">{e.reason ?? (e.source ? t('dspEventRegistered', { source: t(sourceLabels[e.source]) }) : '')}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}
