import { describe, expect, it } from 'vitest';
import { barsOf, percent } from './grid-page-figures';

describe('barsOf', () => {
  it('sorts most first, sizes against the largest and leaves out zeros', () => {
    expect(barsOf({ patrol: 5, legal_session: 10, population_check: 0, dispute_helped: 5 })).toEqual([
      { key: 'legal_session', count: 10, share: 1 },
      { key: 'dispute_helped', count: 5, share: 0.5 },
      { key: 'patrol', count: 5, share: 0.5 },
    ]);
  });

  it('gives nothing for no counts', () => {
    expect(barsOf({})).toEqual([]);
  });
});

describe('percent', () => {
  it('rounds to a whole percentage, and says nothing of an empty grid', () => {
    expect(percent(0.714, 14)).toBe('71%');
    expect(percent(0, 0)).toBe('—');
  });
});
