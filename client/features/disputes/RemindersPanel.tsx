import type { DisputeReminders } from '../../../core/contracts/disputes';
import type { Resource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';
import { dueLine, reminderLabels, statusLabels } from '../../shared/dispute-labels';

/**
 * Overdue disputes the user is reminded of, soonest deadline first, and as whom: the grid's leader, the beat's
 * officer, or the commander of the area (GET /api/disputes/reminders). The responsible grid leader and officer
 * see the same dispute in their own reminders.
 */
export function RemindersPanel({ reminders, onSelect }: { reminders: Resource<DisputeReminders>; onSelect: (code: string) => void }) {
  const { t, formatDateTime } = useI18n();
  const rows = reminders.data?.rows ?? [];
  return (
    <section className="side-panel" data-testid="dispute-reminders" aria-busy={reminders.status === 'loading' || undefined}>
      <h3>{t('dspRemindersTitle', { n: rows.length })}</h3>
      <p className="view-note">{t('dspRemindersNote')}</p>
      {reminders.status === 'error' && <p className="error">{t('loadFailed', { message: reminders.error.message })}</p>}
      {rows.length === 0 && reminders.status === 'ready' && <p className="muted">{t('dspRemindersNone')}</p>}
      <ul className="side-list">
        {rows.slice(0, 30).map((r) => (
          <li key={r.code}>
            <button type="button" className="list-button" onClick={() => onSelect(r.code)} data-testid="dispute-reminder" data-code={r.code}>
              <span className="mono">{r.code}</span> {r.summary}
              <span className="muted">
                {' '}
                · {t(statusLabels[r.status])} · {dueLine(t, formatDateTime, r)} ·{' '}
                {t('dspRemindedAs', { as: t(reminderLabels[r.remindedAs]) })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
