import { describe, expect, it } from 'vitest';
import { liveTodayExtra, mergeFeed, wholeRowsFitting, type FeedItem } from './feed';

const item = (id: number): FeedItem => ({ id, occurredAt: '2026-03-06T10:00:00+08:00', categoryCode: 'THEFT_RES', gridCode: 'G1', lng: 107.5, lat: 31.2 });

describe('mergeFeed', () => {
  it('puts the newest first and keeps each incident once', () => {
    expect(mergeFeed([item(3), item(1)], [item(4), item(3)]).map((i) => i.id)).toEqual([4, 3, 1]);
  });
  it('keeps at most the limit, dropping the oldest', () => {
    expect(mergeFeed([item(1), item(2)], [item(3)], 2).map((i) => i.id)).toEqual([3, 2]);
  });
  it('does not mutate its inputs', () => {
    const current = [item(1)];
    mergeFeed(current, [item(2)]);
    expect(current.map((i) => i.id)).toEqual([1]);
  });
});

describe('liveTodayExtra', () => {
  const day = Date.parse('2026-03-06T00:00:00+08:00');
  it('counts today\'s incidents that arrived after the summary was made', () => {
    const arrivals = [
      { at: '2026-03-06T10:00:05+08:00', occurredAt: '2026-03-06T10:00:00+08:00' },
      { at: '2026-03-06T09:59:00+08:00', occurredAt: '2026-03-06T09:58:00+08:00' }, // already in the summary
      { at: '2026-03-06T10:01:00+08:00', occurredAt: '2026-03-05T23:50:00+08:00' }, // yesterday's, reported late
    ];
    expect(liveTodayExtra(arrivals, '2026-03-06T10:00:00+08:00', day)).toBe(1);
  });
});

describe('wholeRowsFitting', () => {
  it('counts only rows that fit whole', () => {
    expect(wholeRowsFitting(300, 58)).toBe(5);
    expect(wholeRowsFitting(290, 58)).toBe(5);
    expect(wholeRowsFitting(289.5, 58)).toBe(4);
  });
  it('answers 0 before the panel has a size', () => {
    expect(wholeRowsFitting(0, 58)).toBe(0);
    expect(wholeRowsFitting(300, 0)).toBe(0);
  });
});
