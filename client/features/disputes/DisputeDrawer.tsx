import { useEffect, useState } from 'react';
import type { Me } from '../../../core/contracts/auth';
import type { DisputeDetail } from '../../../core/contracts/disputes';
import { getDispute, unmaskDispute } from '../../api/disputes-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import { GridLink } from '../../shared/GridLink';
import { DisputeParties } from './DisputeParties';
import { DisputeRisk } from './DisputeRisk';
import { DisputeTimeline } from './DisputeTimeline';
import { disputeLoadProblem } from './dispute-refusal';
import { dueLine, remitLabels, sourceLabels, statusLabels, typeLabels } from '../../shared/dispute-labels';
import { TransitionForm } from './TransitionForm';

export interface DisputeDrawerProps {
  code: string;
  mayHandle: boolean;
  mayUnmask: boolean;
  /** The caller's jurisdiction, named when the dispute lies outside it. */
  me: Pick<Me, 'scope' | 'jurisdiction'>;
  onClose: () => void;
  /** Something changed on the server (a move): lists showing the dispute reload. */
  onChanged: () => void;
}

type Loaded = { status: 'loading' } | { status: 'error'; error: Error } | { status: 'ready'; dispute: DisputeDetail };

/** One dispute: what, where and who (masked), its early-warning score and reasons, its history, and its next moves. */
export function DisputeDrawer({ code, mayHandle, mayUnmask, me, onClose, onChanged }: DisputeDrawerProps) {
  const { t, formatDateTime } = useI18n();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setLoaded({ status: 'loading' });
    getDispute(code, controller.signal).then(
      (dispute) => setLoaded({ status: 'ready', dispute }),
      (err: Error) => !controller.signal.aborted && setLoaded({ status: 'error', error: err }),
    );
    return () => controller.abort();
  }, [code]);

  const unmask = () =>
    unmaskDispute(code).then(
      (dispute) => setLoaded({ status: 'ready', dispute }),
      (err: Error) => setLoaded({ status: 'error', error: err }),
    );
  const moved = (dispute: DisputeDetail) => {
    setLoaded({ status: 'ready', dispute });
    onChanged();
  };

  return (
    <aside className="drawer" role="dialog" aria-label={t('dspDetailTitle', { code })} data-testid="dispute-drawer" data-code={code}>
      <header className="drawer-head">
        <h2>{t('dspDetailTitle', { code })}</h2>
        <button type="button" className="secondary" onClick={onClose} data-testid="dispute-drawer-close">
          {t('dspClose')}
        </button>
      </header>
      {loaded.status === 'loading' && <p className="view-note">{t('loading')}</p>}
      {loaded.status === 'error' && <LoadProblem error={loaded.error} code={code} me={me} />}
      {loaded.status === 'ready' && (
        <div className="drawer-body" data-status={loaded.dispute.status}>
          <DisputeFacts d={loaded.dispute} formatDateTime={formatDateTime} />
          <section>
            <h3>
              {t('dspPartiesTitle')}
              {mayUnmask && loaded.dispute.masked && loaded.dispute.parties.length > 0 && (
                <button type="button" className="link-button" onClick={() => void unmask()} data-testid="dispute-unmask">
                  {t('unmask')}
                </button>
              )}
            </h3>
            <DisputeParties parties={loaded.dispute.parties} masked={loaded.dispute.masked} />
            {!loaded.dispute.masked && <p className="view-note">{t('dspUnmaskedNote')}</p>}
          </section>
          <section>
            <h3>{t('dspDescription')}</h3>
            <p className="dispute-description" data-testid="dispute-description">
              {loaded.dispute.description || '—'}
            </p>
          </section>
          <DisputeRisk score={loaded.dispute.riskScore} level={loaded.dispute.riskLevel} reasons={loaded.dispute.riskReasons} />
          {mayHandle && <TransitionForm key={`${code}-${loaded.dispute.status}`} dispute={loaded.dispute} onMoved={moved} />}
          <DisputeTimeline events={loaded.dispute.events} />
        </div>
      )}
    </aside>
  );
}

/** A dispute outside the jurisdiction as a plain notice, like the other scope refusals; a broken load as an error. */
function LoadProblem({ error, code, me }: { error: Error; code: string; me: Pick<Me, 'scope' | 'jurisdiction'> }) {
  const { t } = useI18n();
  const problem = disputeLoadProblem(error, code, me, t);
  return problem.kind === 'outside' ? (
    <p className="view-note" role="status" data-testid="dispute-not-in-scope">
      {problem.text}
    </p>
  ) : (
    <p className="error" role="alert" data-testid="dispute-load-failed">
      {problem.text}
    </p>
  );
}

function DisputeFacts({ d, formatDateTime }: { d: DisputeDetail; formatDateTime: (at: string) => string }) {
  const { t } = useI18n();
  return (
    <dl className="facts" data-testid="dispute-facts">
      <dt>{t('dspColSummary')}</dt>
      <dd>{d.summary}</dd>
      <dt>{t('dspColStatus')}</dt>
      <dd>
        <span className={`status-chip status-${d.status}`} data-testid="dispute-status">
          {t(statusLabels[d.status])}
        </span>
        {d.overdue && <span className="overdue-flag">{t('dspOverdueFlag')}</span>}
      </dd>
      <dt>{t('dspColType')}</dt>
      <dd>
        {t(typeLabels[d.type])} · {t(sourceLabels[d.source])}
      </dd>
      {d.placeName && (
        <>
          <dt>{t('dspWhere')}</dt>
          <dd data-testid="dispute-place">{d.placeName}</dd>
        </>
      )}
      <dt>{t('dspColGrid')}</dt>
      <dd>{d.gridCode ? <GridLink code={d.gridCode}>{d.gridName ? `${d.gridName}（${d.gridCode}）` : d.gridCode}</GridLink> : '—'}</dd>
      <dt>{t('dspColRegistered')}</dt>
      <dd>
        {formatDateTime(d.registeredAt)} · <span title={d.registeredBy ?? undefined}>{d.registeredByName ?? '—'}</span>
      </dd>
      <dt>{t('dspColDue')}</dt>
      <dd data-testid="dispute-drawer-due">{dueLine(t, formatDateTime, d)}</dd>
      {d.remit && (
        <>
          <dt>{t('dspRemit')}</dt>
          <dd>
            {t(remitLabels[d.remit])}
            {d.responsibleBody && ` · ${d.responsibleBody}`}
          </dd>
        </>
      )}
      {d.linkedIncidents.length > 0 && (
        <>
          <dt>{t('dspLinkedIncidents')}</dt>
          <dd className="mono">{d.linkedIncidents.join(', ')}</dd>
        </>
      )}
    </dl>
  );
}
