import { describe, expect, it } from 'vitest';
import { barsOf } from './grid-page-figures';

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
