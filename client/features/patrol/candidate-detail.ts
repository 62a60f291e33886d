import { formatTimeOfDay, parseTimeOfDay, type PatrolCandidates, type PatrolCandidateView } from '../../../core/contracts/patrol';
import type { Translate } from '../../i18n/messages';
import { formatRisk } from './stop-rows';

/**
 * The line under a candidate's name: a Gi* cell's incidents of the window; a forecast cell's incidents and its
 * forecast a week, saying so when the cell had none and its forecast comes from the cells around it (the forecast
 * smooths over neighbours, so a quiet cell between busy ones can be picked, and a planner reading 0 起 beside a high
 * risk should see why); a key place's peak visit.
 */
export function describeCandidateDetail(c: PatrolCandidateView, answer: Pick<PatrolCandidates, 'weeks' | 'window' | 'hotspots'>, t: Translate): string {
  if (c.kind === 'key_place') {
    // A key place in a hot cell carries the cell's incidents too (mergeKeyPlaceCells): said, as its risk counts them.
    const cell = c.incidents === undefined ? '' : t('patrolKeyPlaceCell', { count: c.incidents, weeks: answer.weeks });
    if (!c.window) return cell;
    const startMin = parseTimeOfDay(answer.window.start);
    const peak = t('patrolPeak', { from: formatTimeOfDay(startMin + c.window.openMin), to: formatTimeOfDay(startMin + c.window.closeMin) });
    return cell ? `${peak}；${cell}` : peak;
  }
  const count = c.incidents ?? 0;
  if (answer.hotspots !== 'forecast') return t('patrolIncidents', { count, weeks: answer.weeks });
  const line = t('patrolForecastIncidents', { count, weeks: answer.weeks, risk: formatRisk(c.risk) });
  return count === 0 ? `${line}（${t('patrolForecastFromNeighbours')}）` : line;
}
