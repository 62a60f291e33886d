import { useI18n } from '../../i18n/I18nProvider';
import { formatShare } from '../../shared/format-share';
import { formatPoints } from './freshness-figures';
import type { RecordedVisit } from './use-freshness-figures';

/** What the last recorded visit changed: the grid's freshness before → after, its overdue checks and the records verified. */
export function FreshnessChangeNote({ recorded, onClose }: { recorded: RecordedVisit; onClose: () => void }) {
  const { t } = useI18n();
  const c = recorded.change;
  return (
    <div
      className="registry-change"
      role="status"
      data-testid="registry-freshness-change"
      data-before={c?.before ?? ''}
      data-after={c?.after ?? ''}
    >
      <strong>{t('regVisitRecorded', { grid: recorded.gridName })}</strong>
      {c ? (
        <>
          <span>
            {t('regChangeFreshness')}{' '}
            <span className="change-before" data-testid="registry-change-before">{formatShare(c.before)}</span>
            {' → '}
            <span className="change-after" data-testid="registry-change-after">{formatShare(c.after)}</span>
            {' '}
            {t('regChangePoints', { points: formatPoints(c.deltaPoints) })}
          </span>
          <span>{t('regChangeOverdue', { before: c.overdueBefore, after: c.overdueAfter })}</span>
          <span>{t('regChangeRecords', { count: c.recordsVerified })}</span>
        </>
      ) : (
        <span>{t('regChangeUnknown')}</span>
      )}
      <button type="button" className="link-button" onClick={onClose}>
        {t('close')}
      </button>
    </div>
  );
}
