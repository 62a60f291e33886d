import type { ProfileAnswer } from '../../../core/contracts/analysis';
import { useI18n } from '../../i18n/I18nProvider';
import { changeDirection, changePct, formatChangePct } from './change';

/**
 * The period's total and its change against the period of the same length just before it. `days` is null while the
 * period is invalid; the caller passes no profile then, nor when its query failed, so no stale total is shown.
 */
export function TotalsPanel({ profile, days }: { profile: ProfileAnswer | null | undefined; days: number | null }) {
  const { t, formatNumber } = useI18n();
  const pct = profile ? changePct(profile.total, profile.previousTotal) : null;
  return (
    <div className="analysis-totals" data-testid="analysis-totals" data-total={profile?.total} data-previous={profile?.previousTotal}>
      <div>
        <span className="analysis-totals-label">{days === null ? t('analysisTotalNoPeriod') : t('analysisTotal', { days })}</span>
        <strong data-testid="analysis-total">{profile ? formatNumber(profile.total) : '–'}</strong>
      </div>
      <div>
        <span className="analysis-totals-label">{t('analysisPrevious')}</span>
        <strong>{profile ? formatNumber(profile.previousTotal) : '–'}</strong>
      </div>
      <div>
        <span className="analysis-totals-label">{t('analysisChange')}</span>
        <strong className={`change-${changeDirection(pct)}`} data-testid="analysis-change">
          {profile && profile.previousTotal === 0 ? t('analysisNoPrevious') : formatChangePct(pct)}
        </strong>
      </div>
    </div>
  );
}
