import { describe, expect, it } from 'vitest';
import { DisputeQuerySchema } from '../../../core/contracts/disputes';
import { emptyDisputeFilter, sortingOf, sortOfSorting, toDisputeQuery } from './dispute-query';

describe('the disputes list query', () => {
  it('asks for a page with only the filters that are set, in a form the API accepts', () => {
    const query = toDisputeQuery({ ...emptyDisputeFilter, q: ' 扬言 ', risk: 'high', overdue: 'true' }, 'risk', 2, 20);
    expect(query).toEqual({ sort: 'risk', limit: 20, offset: 40, q: '扬言', risk: 'high', overdue: 'true' });
    expect(DisputeQuerySchema.safeParse(query).success).toBe(true);
  });

  it('leaves every blank filter out', () => {
    expect(toDisputeQuery(emptyDisputeFilter, 'registered', 0, 50)).toEqual({ sort: 'registered', limit: 50, offset: 0 });
  });

  it('maps the table columns to the server orders and back, each in its one direction', () => {
    expect(sortingOf('due')).toEqual([{ id: 'dueAt', desc: false }]);
    expect(sortingOf('registered')).toEqual([{ id: 'registeredAt', desc: true }]);
    expect(sortOfSorting([{ id: 'riskScore' }], 'registered')).toBe('risk');
    expect(sortOfSorting([{ id: 'summary' }], 'due')).toBe('due');
    expect(sortOfSorting([], 'registered')).toBe('registered');
  });
});
