import type { PatrolCandidates } from '../../../core/contracts/patrol';
import type { Resource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';
import { ForecastSelectionNote } from '../../shared/ForecastSelectionNote';
import { describeCandidateDetail } from './candidate-detail';
import { formatRisk } from './stop-rows';

export interface CandidateListProps {
  candidates: Resource<PatrolCandidates | null>;
  /** Whether the form can ask for candidates yet (a start, a window, a weekday). */
  canAsk: boolean;
  mandatory: readonly string[];
  infeasible: readonly string[];
  onToggleMandatory: (code: string) => void;
  onRetry: () => void;
  disabled: boolean;
}

/**
 * The candidate stops of the window, best first: hotspot cells (incidents a week) and key places at their peak (when
 * a visit may begin); a key place can be marked 必到.
 */
export function CandidateList({ candidates, canAsk, mandatory, infeasible, onToggleMandatory, onRetry, disabled }: CandidateListProps) {
  const { t } = useI18n();
  const answer = candidates.data;
  const list = answer?.candidates ?? [];
  const cells = list.filter((c) => c.kind === 'hotspot').length;
  return (
    <section className="patrol-section patrol-candidates" data-testid="patrol-candidates" data-count={answer ? list.length : undefined} data-status={candidates.status}>
      <h3>
        {t('patrolCandidates')}
        {candidates.status === 'loading' && canAsk && <span className="patrol-muted"> {t('loading')}</span>}
      </h3>
      {!canAsk && <p className="patrol-muted">{t('patrolCandidatesWaiting')}</p>}
      {candidates.status === 'error' && (
        <p className="error">
          {t('loadFailed', { message: candidates.error.message })}{' '}
          <button type="button" className="link-button" onClick={onRetry}>
            {t('retry')}
          </button>
        </p>
      )}
      {answer && canAsk && (
        <p className="patrol-muted" data-testid="patrol-candidates-summary">
          {t('patrolCandidatesSummary', { cells, places: list.length - cells, radius: answer.radiusM, weeks: answer.weeks })}
          {mandatory.length > 0 && <> · {t('patrolMandatoryCount', { count: mandatory.length })}</>}
        </p>
      )}
      {answer?.forecast && canAsk && <ForecastSelectionNote selection={answer.forecast} className="patrol-muted" testId="patrol-forecast-method" />}
      {answer && canAsk && list.length === 0 && <p className="patrol-muted">{t('patrolCandidatesNone')}</p>}
      {canAsk && list.length > 0 && (
        <ul className="patrol-candidate-list">
          {list.map((c) => (
            <li
              key={c.id}
              className={infeasible.includes(c.id) ? 'infeasible' : undefined}
              data-testid="patrol-candidate"
              data-id={c.id}
              data-kind={c.kind}
            >
              <span className={`patrol-kind patrol-kind-${c.kind}`}>{t(c.kind === 'hotspot' ? 'patrolKindHotspot' : 'patrolKindKeyPlace')}</span>
              <span className="patrol-candidate-name">
                {c.name ?? <span className="mono">{c.id}</span>}
                <small>{answer && describeCandidateDetail(c, answer, t)}</small>
              </span>
              <span className="patrol-risk" title={t('patrolRisk')}>
                {formatRisk(c.risk)}
              </span>
              {c.kind === 'key_place' ? (
                <label className="patrol-mandatory">
                  <input type="checkbox" checked={mandatory.includes(c.id)} disabled={disabled} onChange={() => onToggleMandatory(c.id)} data-testid={`patrol-mandatory-${c.id}`} />
                  {t('patrolMandatory')}
                </label>
              ) : (
                <span />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
