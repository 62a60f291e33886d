import { describe, expect, it } from 'vitest';
import { pageRange } from './page-range';

describe('pageRange', () => {
  it('numbers the rows of a middle page', () => {
    expect(pageRange(120, 50, 50)).toEqual({ from: 51, to: 100, hasPrevious: true, hasNext: true });
  });

  it('stops at the total on the last page', () => {
    expect(pageRange(120, 100, 50)).toEqual({ from: 101, to: 120, hasPrevious: true, hasNext: false });
  });

  it('shows nothing to page through when there are no rows', () => {
    expect(pageRange(0, 0, 50)).toEqual({ from: 0, to: 0, hasPrevious: false, hasNext: false });
  });
});
