import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { IncidentQuery } from '../../../core/contracts/incidents';
import { getDosageEffect } from '../../api/dosage-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translate } from '../../i18n/messages';
import { DataRows, NoRowsRow, PlainHeader } from '../../ui/DataTable';
import { toEffectRows, type EffectRow } from './effect-rows';
import { NoPeriodNote } from './NoPeriodNote';
import { answerForPeriod } from './period-answers';
import { ResourceStatus } from './ResourceStatus';
import { dosagePeriod } from './use-analysis-data';
import { useLazyResource } from './use-lazy-resource';

/** The hours after a visit the comparison may look at (the API takes 1–12). */
const effectHourChoices = [1, 2, 3, 4, 6];
const features = tableFeatures({});
const helper = createColumnHelper<typeof features, EffectRow>();

function buildColumns(t: Translate) {
  const withSample = (rate: 'afterRate' | 'otherRate', sample: 'afterSample' | 'otherSample') => ({ row: { original: r } }: { row: { original: EffectRow } }) => (
    <>
      {r[rate]}
      <small className="muted effect-sample">{r[sample]}</small>
    </>
  );
  return helper.columns([
    helper.accessor('name', { header: () => t('effectColPlace') }),
    helper.accessor('visits', { header: () => t('effectColVisits') }),
    helper.accessor('afterRate', { header: () => t('effectColAfter'), cell: withSample('afterRate', 'afterSample') }),
    helper.accessor('otherRate', { header: () => t('effectColOther'), cell: withSample('otherRate', 'otherSample') }),
    helper.accessor('expected', { header: () => t('effectColExpected') }),
  ]);
}

/**
 * 巡后警情对比 (issue 16, part 3): per hot spot, incidents an hour after a visit against the same hours without, each
 * with the incidents and hours it rests on, and the server's caveat — fetched once the dosage layer is on, for the
 * analysis period (its last DOSAGE_MAX_DAYS days). Every figure is the server's.
 */
export function EffectPanel({ query, wanted }: { query: IncidentQuery | null; wanted: boolean }) {
  const { t } = useI18n();
  const [hours, setHours] = useState(2);
  const key = query ? `${JSON.stringify(dosagePeriod(query))} h=${hours}` : null;
  const [fetched, retry] = useLazyResource(wanted, key, (signal) => getDosageEffect({ ...dosagePeriod(query!), hours }, signal));
  const effect = answerForPeriod(query, fetched);
  const answer = effect.data ?? null;
  const rows = useMemo(() => toEffectRows(answer?.hotspots ?? [], t), [answer, t]);
  const columns = useMemo(() => buildColumns(t), [t]);
  const table = useTable({ features, columns, data: rows, getRowId: (r) => r.id });
  if (!wanted) return null;
  const visited = rows.some((r) => r.visits > 0);
  return (
    <div className="analysis-panel effect-panel" data-testid="analysis-effect" data-rows={rows.length} data-status={effect.status}>
      <h3>{t('effectTitle')}</h3>
      <p className="muted effect-intro">{t('effectIntro', { hours })}</p>
      <p className="effect-hours">
        <label>
          {t('effectHours')}{' '}
          <select value={hours} onChange={(e) => setHours(Number(e.target.value))} data-testid="analysis-effect-hours">
            {effectHourChoices.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </label>
      </p>
      <ResourceStatus resource={effect} retry={retry} testId="analysis-status-effect" />
      {!query && <NoPeriodNote testId="analysis-effect-no-period" />}
      {answer && (
        <>
          {rows.length > 0 && !visited && <p className="muted">{t('effectNoVisits')}</p>}
          <div className="effect-scroll">
            <table className="data-table compact effect-table">
              <PlainHeader table={table} />
              <tbody>
                <DataRows table={table} rowProps={({ original: r }) => ({ 'data-testid': 'effect-row', 'data-id': r.id, 'data-visits': r.visits })} />
                {rows.length === 0 && <NoRowsRow colSpan={5} text={t('effectNone')} />}
              </tbody>
            </table>
          </div>
          <p className="effect-caveat" data-testid="analysis-effect-caveat">
            {answer.caveat}
          </p>
        </>
      )}
    </div>
  );
}
