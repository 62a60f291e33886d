import type { PatrolCandidateView } from '../../../core/contracts/patrol';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translate } from '../../i18n/messages';
import type { MessageKey } from '../../i18n/zh-CN';
import { hotspotSourceLabels } from './hotspot-source-labels';
import { distinctPatrolIssues, issueMessageKey } from './form-issues';
import type { ShownRoute } from './shown-route';
import { candidatesCut, routeTotals, toStopRows, unplannedRows, type DropReason, type MethodKind } from './stop-rows';
import type { PlanState } from './use-patrol-view';

export const methodLabels: Record<MethodKind, MessageKey> = {
  pgrouting: 'patrolMethodPgrouting',
  dijkstra: 'patrolMethodDijkstra',
  straight: 'patrolMethodStraight',
  other: 'patrolMethodOther',
};

function reasonText(reason: DropReason, t: Translate): string {
  switch (reason.kind) {
    case 'budget':
      return t('patrolReasonBudget');
    case 'unreachable':
      return t('patrolReasonUnreachable');
    case 'no-return':
      return t('patrolReasonNoReturn');
    case 'off-road':
      return t('patrolReasonOffRoad', { distance: reason.distanceM, limit: reason.limitM });
    case 'raw':
      return reason.text;
  }
}

/** What went wrong with the last plan, if anything: the form's fields, the 必到 stops that do not fit, or the server. */
export function PlanMessages({ plan, nameOf }: { plan: PlanState; nameOf: (id: string) => string }) {
  const { t } = useI18n();
  if (plan.status === 'invalid') {
    return (
      <ul className="error patrol-issues" data-testid="patrol-issues">
        {distinctPatrolIssues(plan.issues).map((i) => {
          const key = issueMessageKey(i);
          return <li key={i.field + i.message}>{key ? t(key) : `${i.field}: ${i.message}`}</li>;
        })}
      </ul>
    );
  }
  if (plan.status === 'infeasible') {
    return (
      <div className="patrol-alert" role="alert" data-testid="patrol-infeasible" data-stop-ids={plan.stopIds.join(',')}>
        <p>{t('patrolInfeasible', { budget: plan.budgetMin, names: plan.stopIds.map(nameOf).join('、') })}</p>
        <p className="patrol-muted">{t('patrolServerSays', { message: plan.message })}</p>
      </div>
    );
  }
  if (plan.status === 'failed') return <p className="error" data-testid="patrol-plan-error">{t('patrolPlanFailed', { message: plan.message })}</p>;
  return null;
}

export interface RouteResultProps {
  route: ShownRoute;
  candidates: PatrolCandidateView[] | undefined;
  /** How many candidates the form's area offers (GET /api/patrol/candidates); the plan weighs only its best ones. */
  candidatesOffered: number | undefined;
  stale: boolean;
}

/** The planned route: totals and method, the timed stop list, and the candidates it leaves out and why. */
export function RouteResult({ route, candidates, candidatesOffered, stale }: RouteResultProps) {
  const { t } = useI18n();
  const totals = routeTotals(route);
  const rows = toStopRows(route.stops);
  const unplanned = unplannedRows(route, candidates);
  const cut = stale ? null : candidatesCut(candidates, candidatesOffered);
  return (
    <section className="patrol-section patrol-result" data-testid="patrol-result">
      {route.saved && <p className="notice">{t('patrolShowingSaved', { name: route.saved.name, unit: route.saved.assignedName })}</p>}
      {stale && <p className="notice" data-testid="patrol-stale">{t('patrolStale')}</p>}
      <dl
        className="patrol-totals"
        data-testid="patrol-totals"
        data-minutes={route.minutes}
        data-budget={route.budgetMin}
        data-distance-km={route.distanceKm}
        data-stops={route.stops.length}
        data-method={totals.method}
      >
        <div>
          <dt>{t('patrolStops')}</dt>
          <dd>{totals.stops}</dd>
        </div>
        <div>
          <dt>{t('patrolDistance')}</dt>
          <dd>{t('patrolDistanceValue', { km: totals.distanceKm })}</dd>
        </div>
        <div>
          <dt>{t('patrolMinutes')}</dt>
          <dd>{t('patrolMinutesValue', { minutes: totals.minutes, budget: totals.budgetMin })}</dd>
        </div>
        <div>
          <dt>{t('patrolCoveredRisk')}</dt>
          <dd>{totals.coveredRisk}</dd>
        </div>
      </dl>
      <p className={totals.method === 'straight' ? 'patrol-method straight' : 'patrol-method'} data-testid="patrol-method">
        {t('patrolMethodLine', { method: t(methodLabels[totals.method]) })}
      </p>
      <p className="patrol-method" data-testid="patrol-route-hotspots" data-source={route.hotspots ?? ''}>
        {t('patrolHotspotsLine', { source: t(hotspotSourceLabels[route.hotspots ?? 'unknown']) })}
      </p>
      {totals.method === 'straight' && (
        <p className="patrol-alert" data-testid="patrol-straight-warning">
          {t('patrolStraightWarning')}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="patrol-muted">{t('patrolNoStops')}</p>
      ) : (
        <table className="data-table compact patrol-stops" data-testid="patrol-stops">
          <thead>
            <tr>
              <th>{t('patrolColOrder')}</th>
              <th>{t('patrolColTime')}</th>
              <th>{t('patrolColKind')}</th>
              <th>{t('patrolColName')}</th>
              <th>{t('patrolColRisk')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className={r.mandatory ? 'mandatory' : undefined} data-testid="patrol-stop-row" data-id={r.id} data-arrival={r.arrival} data-departure={r.departure}>
                <td>
                  <span className={`patrol-order ${r.mandatory ? 'mandatory' : r.kind}`}>{r.order}</span>
                </td>
                <td className="nowrap">
                  {r.arrival}–{r.departure}
                  {r.waitMin > 0 && <small className="patrol-muted"> {t('patrolWait', { minutes: r.waitMin })}</small>}
                </td>
                <td className="nowrap">{t(r.kind === 'hotspot' ? 'patrolKindHotspot' : 'patrolKindKeyPlace')}</td>
                <td>
                  {r.name ?? <span className="mono">{r.id}</span>}
                  {r.mandatory && <span className="patrol-badge">{t('patrolMandatory')}</span>}
                </td>
                <td className="num">{r.risk}</td>
              </tr>
            ))}
          </tbody>
          {totals.backAt && (
            <tfoot>
              <tr data-testid="patrol-back-row" data-back-at={totals.backAt}>
                <td />
                <td className="nowrap">{totals.backAt}</td>
                <td colSpan={3}>{t('patrolBackTo', { place: route.stationName ?? t('patrolBackToStart') })}</td>
              </tr>
            </tfoot>
          )}
        </table>
      )}
      {cut && (
        <p className="patrol-muted" data-testid="patrol-candidates-cut">
          {t('patrolCandidatesCut', cut)}
        </p>
      )}
      {unplanned.length > 0 && (
        <details className="patrol-unplanned" data-testid="patrol-unplanned" data-count={unplanned.length}>
          <summary>{t('patrolUnplanned', { count: unplanned.length })}</summary>
          <ul>
            {unplanned.map((u) => (
              <li key={u.id} data-reason={u.reason.kind}>
                <span>{u.name ?? <span className="mono">{u.id}</span>}</span>
                <span className="patrol-muted">{reasonText(u.reason, t)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
