import type { ProfileAnswer } from '../../../core/contracts/analysis';
import { useI18n } from '../../i18n/I18nProvider';
import { changeDirection, formatChangePct } from './change';

/**
 * The period's total and its change against the period of the same length just before it (up to the same moment
 * while the period is still running), both as the server counted and compared them. `days` is null while the period
 * is invalid; the caller passes no profile then, nor when its query failed, so no stale total is shown.
 */
export function TotalsPanel({ profile, days }: { profile: ProfileAnswer | null | undefined; days: number | null }) {
  const { t, formatNumber, formatDateTime } = useI18n();
  const pct = profile?.changePct ?? null;
  const offRecord = profile !== null && profile !== undefined && !profile.previousOnRecord;
  const offRecordNote = offRecord
    ? t('analysisPreviousOffRecordNote', { previousFrom: formatDateTime(profile.previousFrom), recordsFrom: profile.recordsFrom ? formatDateTime(profile.recordsFrom) : '–' })
    : undefined;
  const partialTitle = profile?.partial
    ? t('analysisPreviousPartialTitle', { from: formatDateTime(profile.from), until: formatDateTime(profile.until), previousFrom: formatDateTime(profile.previousFrom), previousTo: formatDateTime(profile.previousTo) })
    : undefined;
  return (
    <div className="analysis-totals" data-testid="analysis-totals" data-total={profile?.total} data-previous={profile?.previousTotal} title={partialTitle}>
      <div>
        <span className="analysis-totals-label">{days === null ? t('analysisTotalNoPeriod') : t('analysisTotal', { days })}</span>
        <strong data-testid="analysis-total">{profile ? formatNumber(profile.total) : '–'}</strong>
      </div>
      <div>
        <span className="analysis-totals-label" data-testid="analysis-previous-label">{profile?.partial ? t('analysisPreviousPartial') : t('analysisPrevious')}</span>
        <strong>{profile ? formatNumber(profile.previousTotal) : '–'}</strong>
      </div>
      <div>
        <span className="analysis-totals-label">{t('analysisChange')}</span>
        <strong className={`change-${changeDirection(pct)}`} data-testid="analysis-change" title={offRecordNote}>
          {offRecord ? t('analysisPreviousOffRecord') : profile && profile.previousTotal === 0 ? t('analysisNoPrevious') : formatChangePct(pct)}
        </strong>
      </div>
    </div>
  );
}
