import { describe, expect, it } from 'vitest';
import { answerForPeriod } from './period-answers';
import type { LazyResource } from './use-lazy-resource';

const query = { from: '2026-11-01T16:00:00.000Z', to: '2026-11-08T16:00:00.000Z' };
const lastPeriods: LazyResource<{ total: number }>[] = [
  { status: 'ready', data: { total: 4675 }, asked: true },
  { status: 'loading', data: { total: 4675 }, asked: true },
  { status: 'error', data: { total: 4675 }, error: new Error('500'), asked: true },
];

describe('an answer of the analysis period', () => {
  it('is shown as fetched while the period is valid', () => {
    for (const answer of lastPeriods) expect(answerForPeriod(query, answer)).toBe(answer);
  });

  it('shows nothing while the period is invalid: not the last valid period’s figures, nor its loading or failure', () => {
    for (const answer of lastPeriods) expect(answerForPeriod(null, answer)).toEqual({ status: 'ready', data: null, asked: false });
  });

  it('does not mutate the answer it hides', () => {
    const answer = lastPeriods[0];
    answerForPeriod(null, answer);
    expect(answer).toEqual({ status: 'ready', data: { total: 4675 }, asked: true });
  });
});
