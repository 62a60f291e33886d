import type { IncidentQuery } from '../../../core/contracts/incidents';
import type { LazyResource } from './use-lazy-resource';

/** What an answer bound to the period shows while the period is invalid: nothing, neither loading nor failed. */
const noAnswer = { status: 'ready', data: null, asked: false } as const;

/**
 * An answer of the period (profile, rates, incidents, hotspots, emerging, forecast, repeats, dosage, effect) as the
 * view may show it: as fetched while the period is valid (`query` set); while it is invalid (query null, as
 * toIncidentQuery gives for any rangeProblem), nothing. useLazyResource keeps the last valid period's answer (to show
 * it at once when that period comes back); without this gate the tables, charts, map layers and legend showed it
 * under a period it does not belong to, while the totals, which checked the query themselves, read "时段无效".
 * Does not mutate the answer.
 */
export function answerForPeriod<T>(query: IncidentQuery | null, answer: LazyResource<T>): LazyResource<T> {
  return query ? answer : noAnswer;
}
