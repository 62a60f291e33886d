import { describe, expect, it } from 'vitest';
import { toResidentSearch } from './resident-query';

describe('toResidentSearch', () => {
  it('always sends the page and leaves out blank filters', () => {
    expect(toResidentSearch({ gridCode: '  ', kind: '' }, 0)).toBe('limit=50&offset=0');
  });

  it('sends a trimmed grid code and the kind', () => {
    const p = new URLSearchParams(toResidentSearch({ gridCode: ' 511703001001001 ', kind: 'floating' }, 100, 25));
    expect(Object.fromEntries(p)).toEqual({ limit: '25', offset: '100', gridCode: '511703001001001', kind: 'floating' });
  });
});
