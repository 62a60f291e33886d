import { useState } from 'react';
import { activityKinds, type ActivityKind } from '../../../core/contracts/workforce';
import { listActivities } from '../../api/workforce-endpoints';
import { useResource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';
import { OffsetPager } from '../../ui/OffsetPager';
import { ActivityForm } from './ActivityForm';
import { activityLabels } from '../../shared/workforce-labels';

const pageSize = 20;

/** 工作台账: the grid's work records, newest first, by kind, with the counts of each kind; recorders add one. */
export function ActivitiesPanel({ gridCode, mayRecord }: { gridCode: string; mayRecord: boolean }) {
  const { t, formatDateTime } = useI18n();
  const [kind, setKind] = useState<ActivityKind | ''>('');
  const [offset, setOffset] = useState(0);
  const [version, setVersion] = useState(0);
  const [page] = useResource((signal) => listActivities({ grid: gridCode, kind, limit: pageSize, offset }, signal), [gridCode, kind, offset, version]);
  return (
    <div className="wf-panel" data-testid="wf-activities">
      {mayRecord && (
        <ActivityForm
          gridCode={gridCode}
          onRecorded={() => {
            setOffset(0);
            setVersion((v) => v + 1);
          }}
        />
      )}
      <div className="filters">
        <label>
          {t('wfKind')}
          <select
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as ActivityKind | '');
              setOffset(0);
            }}
            data-testid="wf-activity-kind-filter"
          >
            <option value="">{t('dspAny')}</option>
            {activityKinds.map((k) => (
              <option key={k} value={k}>
                {t(activityLabels[k])}
                {page.data?.countsByKind[k] !== undefined ? ` (${page.data.countsByKind[k]})` : ''}
              </option>
            ))}
          </select>
        </label>
      </div>
      {page.status === 'error' && <p className="error">{t('loadFailed', { message: page.error.message })}</p>}
      {page.data && (
        <>
          <div className="table-wrap">
            <table className="data-table" aria-busy={page.status === 'loading' || undefined} data-testid="wf-activity-table">
              <thead>
                <tr>
                  <th>{t('wfWhen')}</th>
                  <th>{t('wfKind')}</th>
                  <th>{t('wfPerson')}</th>
                  <th>{t('wfPlace')}</th>
                  <th>{t('wfNotes')}</th>
                </tr>
              </thead>
              <tbody>
                {page.data.rows.map((a) => (
                  <tr key={a.id} data-testid="wf-activity-row">
                    <td>{formatDateTime(a.occurredAt)}</td>
                    <td>{t(activityLabels[a.kind])}</td>
                    <td>{a.personName ?? '—'}</td>
                    <td>{a.place ?? '—'}</td>
                    <td>{a.notes ?? ''}</td>
                  </tr>
                ))}
                {page.data.rows.length === 0 && (
                  <tr>
                    <td colSpan={5} className="muted">
                      {t('noRows')}
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
          <OffsetPager total={page.data.total} offset={offset} limit={pageSize} onOffset={setOffset} />
        </>
      )}
    </div>
  );
}
