import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { ADHERENCE_MAX_PATROLS } from '../../../core/contracts/dosage';
import { getPatrolAdherence } from '../../api/dosage-endpoints';
import { useResource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translate } from '../../i18n/messages';
import { DataRows, NoRowsRow, PlainHeader } from '../../ui/DataTable';
import { toAdherenceRows, type AdherenceRow } from './adherence-rows';

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, AdherenceRow>();

function buildColumns(t: Translate, withRoute: boolean) {
  return helper.columns([
    helper.accessor('who', {
      header: () => t('adherenceColWho'),
      cell: ({ row: { original: r } }) => (
        <>
          <strong>{r.who}</strong>
          {r.role && <small className="patrol-muted"> {r.role}</small>}
          {withRoute && <small className="adherence-route">{r.routeName}</small>}
          <small className="patrol-muted adherence-when">{r.when}</small>
        </>
      ),
    }),
    helper.accessor('stops', {
      header: () => t('adherenceColStops'),
      cell: ({ row: { original: r } }) => (
        <>
          <div className="adherence-counts" data-testid="adherence-counts">
            {t('adherenceCounts', { reached: r.reached, planned: r.planned, onTime: r.onTime, skipped: r.skipped })}
          </div>
          <ol className="adherence-stops">
            {r.stops.map((s, k) => (
              <li key={k} data-status={s.status}>
                <span className={`adherence-status adherence-${s.status}`}>{s.statusText}</span> {s.name}
                <small className="patrol-muted">{s.detail}</small>
              </li>
            ))}
          </ol>
        </>
      ),
    }),
  ]);
}

export interface AdherencePanelProps {
  /** The saved route open on screen; null lists the patrols of every saved route of the scope. */
  route: { id: string; name: string } | null;
}

/**
 * 执行情况: whether the recent patrols on a saved route walked it — who, when, and per stop reached, on time or
 * skipped, with its name and dwell — as GET /api/dosage/patrols measured it (the last 7 days).
 */
export function AdherencePanel({ route }: AdherencePanelProps) {
  const { t } = useI18n();
  const routeId = route?.id;
  const [answer, retry] = useResource((signal) => getPatrolAdherence(routeId ? { routeId } : {}, signal), [routeId]);
  const rows = useMemo(() => toAdherenceRows(answer.data?.patrols ?? [], t), [answer.data, t]);
  const all = route === null;
  const columns = useMemo(() => buildColumns(t, all), [t, all]);
  const table = useTable({ features, columns, data: rows, getRowId: (r) => r.id });
  return (
    <section className="patrol-section adherence" data-testid="patrol-adherence" data-status={answer.status} data-rows={rows.length}>
      <h3>{t('adherenceTitle')}</h3>
      <p className="patrol-muted">{route ? t('adherenceOfRoute', { name: route.name }) : t('adherenceOfAll')}</p>
      {answer.status === 'error' && (
        <p className="error">
          {t('loadFailed', { message: answer.error.message })}{' '}
          <button type="button" className="link-button" onClick={retry}>
            {t('retry')}
          </button>
        </p>
      )}
      {answer.status !== 'error' && (
        <table className="data-table compact adherence-table" aria-busy={answer.status === 'loading' || undefined}>
          {/* Newest first, as the server lists them: nothing to sort by that would help, so a plain header. */}
          <PlainHeader table={table} />
          <tbody>
            <DataRows table={table} rowProps={({ original: r }) => ({ 'data-testid': 'adherence-row', 'data-id': r.id })} />
            {answer.status === 'ready' && rows.length === 0 && <NoRowsRow colSpan={2} text={t(route ? 'adherenceNone' : 'adherenceNoneAll')} />}
          </tbody>
        </table>
      )}
      {answer.data?.truncated && <p className="patrol-muted">{t('adherenceTruncated', { n: ADHERENCE_MAX_PATROLS })}</p>}
      {answer.data && <p className="patrol-muted">{t('adherenceNote', { radius: answer.data.radiusM, grace: answer.data.graceMin })}</p>}
    </section>
  );
}
