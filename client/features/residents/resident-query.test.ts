import { describe, expect, it } from 'vitest';
import { pageRange, toResidentSearch } from './resident-query';

describe('toResidentSearch', () => {
  it('always sends the page and leaves out blank filters', () => {
    expect(toResidentSearch({ gridCode: '  ', kind: '' }, 0)).toBe('limit=50&offset=0');
  });

  it('sends a trimmed grid code and the kind', () => {
    const p = new URLSearchParams(toResidentSearch({ gridCode: ' 511703001001001 ', kind: 'floating' }, 100, 25));
    expect(Object.fromEntries(p)).toEqual({ limit: '25', offset: '100', gridCode: '511703001001001', kind: 'floating' });
  });
});

describe('pageRange', () => {
  it('numbers the rows of a middle page', () => {
    expect(pageRange(120, 50)).toEqual({ from: 51, to: 100, hasPrevious: true, hasNext: true });
  });

  it('stops at the total on the last page', () => {
    expect(pageRange(120, 100)).toEqual({ from: 101, to: 120, hasPrevious: true, hasNext: false });
  });

  it('shows nothing to page through when there are no rows', () => {
    expect(pageRange(0, 0)).toEqual({ from: 0, to: 0, hasPrevious: false, hasNext: false });
  });
});
