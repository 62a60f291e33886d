import { useI18n } from '../../i18n/I18nProvider';
import { formatCountdown, type SessionTimerState } from './session-timer';

/** A small banner while the idle expiry is near, with a button that keeps the session. */
export function IdleWarning({ state, onStay }: { state: SessionTimerState; onStay: () => void }) {
  const { t } = useI18n();
  if (state.kind !== 'warn') return null;
  return (
    <div className="idle-warning" role="alert" data-testid="idle-warning">
      <span>{t('idleWarning', { time: formatCountdown(state.msLeft) })}</span>
      <button type="button" onClick={onStay} data-testid="stay-signed-in">
        {t('staySignedIn')}
      </button>
    </div>
  );
}
