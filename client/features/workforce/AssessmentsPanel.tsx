import { useState } from 'react';
import { grades } from '../../../core/contracts/workforce';
import { getAssessmentRanking } from '../../api/workforce-endpoints';
import { useResource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';
import { AssessmentForm } from './AssessmentForm';
import { RankingTable } from './RankingTable';
import { recentRounds } from './rounds';
import { gradeLabels } from '../../shared/workforce-labels';

/** A round's rankings (the latest graded round at first) with the count of each grade; assessors grade the chosen grid. */
export function AssessmentsPanel({ gridCode, gridName, mayAssess }: { gridCode: string; gridName: string; mayAssess: boolean }) {
  const { t } = useI18n();
  const [round, setRound] = useState<string | undefined>(undefined);
  const [version, setVersion] = useState(0);
  const [ranking] = useResource((signal) => getAssessmentRanking(round, signal), [round, version]);
  const rounds = [...new Set([...(ranking.data?.rounds ?? []), ...recentRounds(Date.now())])].sort().reverse();
  const shown = round ?? ranking.data?.round ?? '';
  return (
    <div className="wf-panel" data-testid="wf-assessments">
      {mayAssess && (
        <AssessmentForm
          key={gridCode}
          gridCode={gridCode}
          gridName={gridName}
          onSaved={(a) => {
            setRound(a.round);
            setVersion((v) => v + 1);
          }}
        />
      )}
      <div className="filters">
        <label>
          {t('wfRound')}
          <select value={shown} onChange={(e) => setRound(e.target.value)} data-testid="wf-ranking-round">
            {shown === '' && <option value="">—</option>}
            {rounds.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        {ranking.data && (
          <span className="counts">
            {grades.map((g) => (
              <span key={g} className={`grade-chip grade-${g}`}>
                {t(gradeLabels[g])} {ranking.data!.gradeCounts[g] ?? 0}
              </span>
            ))}
          </span>
        )}
      </div>
      {ranking.status === 'error' && <p className="error">{t('loadFailed', { message: ranking.error.message })}</p>}
      {ranking.data && <RankingTable key={shown} rows={ranking.data.rows} busy={ranking.status === 'loading'} />}
    </div>
  );
}
