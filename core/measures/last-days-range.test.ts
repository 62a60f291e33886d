import { describe, expect, it } from 'vitest';
import { lastDaysRange } from './last-days-range';

describe('lastDaysRange (近 N 天)', () => {
  it('is the N × 24 hours up to the moment asked, not whole days', () => {
    expect(lastDaysRange(7, new Date('2026-11-27T03:20:15Z'))).toEqual({ from: '2026-11-20T03:20:15.000Z', to: '2026-11-27T03:20:15.000Z' });
  });
});
