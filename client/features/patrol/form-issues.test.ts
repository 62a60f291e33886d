import { describe, expect, it } from 'vitest';
import { distinctPatrolIssues, issueMessageKey } from './form-issues';

describe('form issues', () => {
  it('say how to fix the fields the form has', () => {
    expect(issueMessageKey({ field: 'stationCode', message: 'give exactly one of stationCode or start' })).toBe('patrolFixStart');
    expect(issueMessageKey({ field: 'window.end', message: 'window end must differ from its start' })).toBe('patrolFixWindow');
    expect(issueMessageKey({ field: 'budgetMin', message: 'budgetMin must be 10–600' })).toBe('patrolFixBudget');
    expect(issueMessageKey({ field: 'assignedTo', message: 'assignedTo is required' })).toBe('patrolFixUnit');
    expect(issueMessageKey({ field: 'plan.stops', message: 'too many' })).toBeNull();
  });

  it('give one message a field', () => {
    const issues = [
      { field: 'window.start', message: 'a' },
      { field: 'window.end', message: 'b' },
      { field: 'plan.x', message: 'c' },
      { field: 'plan.y', message: 'd' },
    ];
    expect(distinctPatrolIssues(issues).map((i) => i.field)).toEqual(['window.start', 'plan.x', 'plan.y']);
  });
});
