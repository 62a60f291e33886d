import { useEffect, useState } from 'react';
import type { FieldReportHandling, FieldReportView } from '../../../core/contracts/field';
import { fieldPaths, getMyFieldReports } from '../../api/field-endpoints';
import { useI18n } from '../../i18n/I18nProvider';

type State = { status: 'loading' } | { status: 'ready'; reports: FieldReportView[] } | { status: 'error'; message: string };

/** 我的上报: the sender's reports and what became of them (issue 16: "its handling is visible to the sender"). */
export function MyReportsScreen() {
  const { t, formatDateTime } = useI18n();
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    getMyFieldReports(controller.signal).then(
      (reports) => setState({ status: 'ready', reports }),
      (err: unknown) => !controller.signal.aborted && setState({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => controller.abort();
  }, []);
  if (state.status === 'loading') return <p className="muted">{t('fieldLoading')}</p>;
  if (state.status === 'error') return <p className="field-error">{t('fieldLoadFailed', { message: state.message })}</p>;
  if (state.reports.length === 0) return <p className="muted">{t('fieldMineEmpty')}</p>;
  return (
    <ul className="field-reports" data-testid="my-reports" data-count={state.reports.length}>
      {state.reports.map((r) => (
        <li key={r.id} className="field-card" data-testid="my-report" data-status={r.status}>
          <div className="report-head">
            <strong>{t(`fieldReportCategory_${r.category}`)}</strong>
            <span className={`status ${r.status}`}>{t(`fieldMineStatus_${r.status}`)}</span>
          </div>
          <p>{r.text}</p>
          <p className="muted small">
            {formatDateTime(r.createdAt)}
            {r.place ? ` · ${r.place}` : ''}
            {r.photoCount > 0 ? ` · ${t('fieldMinePhotos', { count: r.photoCount })}` : ''}
          </p>
          {r.voiceMime && <audio controls preload="none" src={fieldPaths.reportVoice(r.id)} aria-label={t('fieldMineVoice')} data-testid="my-report-voice" />}
          {r.handledAs === 'dismissed' ? (
            // The status above already says 不予处理: the line says why.
            <p data-testid="my-report-handling">{r.handlingNote ? t('fieldMineDismissedWhy', { note: r.handlingNote }) : t('fieldHandling_dismissed')}</p>
          ) : (
            <>
              {r.handledAs && <p data-testid="my-report-handling">{t('fieldMineHandledAs', { as: t(`fieldHandling_${r.handledAs as FieldReportHandling}`) })}</p>}
              {r.handlingNote && <p className="muted">{r.handlingNote}</p>}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
