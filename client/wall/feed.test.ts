import { describe, expect, it } from 'vitest';
import type { WallSummary } from '../../core/contracts/wall';
import type { LiveIncident } from '../../core/contracts/live';
import { feedItemOfLive, feedItemsOfSummary, mergeFeed, wholeRowsFitting, withLiveIncidents, type FeedItem } from './feed';
import { feedWhen } from './feed-time';
import { wallText } from './wall-messages';

const item = (id: number, occurredAt = '2026-03-06T10:00:00+08:00', recordedAt = occurredAt): FeedItem =>
  ({ id, occurredAt, categoryCode: 'THEFT_RES', gridCode: 'G1', lng: 107.5, lat: 31.2, recordedAt, externalId: null });

describe('mergeFeed', () => {
  it('puts the newest first and keeps each incident once', () => {
    expect(mergeFeed([item(3), item(1)], [item(4), item(3)]).map((i) => i.id)).toEqual([4, 3, 1]);
  });
  it('keeps at most the limit, dropping the oldest', () => {
    expect(mergeFeed([item(1), item(2)], [item(3)], 2).map((i) => i.id)).toEqual([3, 2]);
  });
  it('puts a back-dated report on top with the other new reports, not where its occurrence would place it', () => {
    const backDated = item(5, '2026-03-03T14:05:00+08:00');
    expect(mergeFeed([item(4), item(3)], [backDated]).map((i) => i.id)).toEqual([5, 4, 3]);
  });
  it('keeps one copy of an incident both the summary and the live stream gave, recorded when the server says', () => {
    const live = feedItemOfLive({ id: 3, occurredAt: '2026-03-03T14:05:00+08:00', categoryCode: 'THEFT_RES', gridCode: 'G1', beatCode: null, lng: 107.5, lat: 31.2, recordedAt: '2026-03-06T10:01:00+08:00', externalId: null } satisfies LiveIncident);
    expect(mergeFeed([item(3, '2026-03-03T14:05:00+08:00', '2026-03-06T10:01:00+08:00')], [live])).toEqual([item(3, '2026-03-03T14:05:00+08:00', '2026-03-06T10:01:00+08:00')]);
  });
  it('keeps a live call’s 接警单号 for its row', () => {
    const live = feedItemOfLive({ id: 9, occurredAt: '2026-03-06T10:00:00+08:00', categoryCode: 'THEFT_RES', gridCode: 'G1', beatCode: null, lng: 107.5, lat: 31.2, recordedAt: '2026-03-06T10:00:00+08:00', externalId: 'J0306-0009' });
    expect(live.externalId).toBe('J0306-0009');
  });
  it('does not mutate its inputs', () => {
    const current = [item(1)];
    mergeFeed(current, [item(2)]);
    expect(current.map((i) => i.id)).toEqual([1]);
  });
});

describe('feedItemsOfSummary', () => {
  it('keeps when the server recorded each incident, so a late report loaded after a reload is still tagged 补录, and its 接警单号', () => {
    const recent = [{ id: 7, occurredAt: '2026-03-03T06:05:00.000Z', categoryCode: 'THEFT_RES', gridCode: 'G1', lng: 107.5, lat: 31.2, recordedAt: '2026-03-06T02:01:00.000Z', externalId: 'J20260303-0007' }];
    const [loaded] = feedItemsOfSummary({ recent });
    expect(loaded.recordedAt).toBe('2026-03-06T02:01:00.000Z');
    expect(loaded.externalId).toBe('J20260303-0007');
    expect(feedWhen(loaded, Date.parse('2026-03-06T10:02:00+08:00'), wallText('zh-CN'))).toMatchObject({ date: '3月3日', late: true });
  });
});

describe('withLiveIncidents', () => {
  const day = Date.parse('2026-03-06T00:00:00+08:00');
  const now = Date.parse('2026-03-06T10:02:00+08:00');
  const generatedAt = '2026-03-06T10:00:00+08:00';
  const figures: WallSummary['incidents'] = {
    today: 10, sameDayLastWeek: 8, last7d: 70, previous7d: 60,
    byCategory: [{ code: 'THEFT_RES', last7d: 20, previous7d: 15 }, { code: 'NOISE', last7d: 5, previous7d: 4 }],
  };
  const arrival = (at: string, occurredAt: string, categoryCode = 'THEFT_RES') => ({ at, occurredAt, categoryCode });

  it('moves today, the last 7 days and the category’s bar together on one live incident', () => {
    const live = withLiveIncidents(figures, [arrival('2026-03-06T10:01:00+08:00', '2026-03-06T10:00:30+08:00')], generatedAt, now, day);
    expect(live).toEqual({
      today: 11, sameDayLastWeek: 8, last7d: 71, previous7d: 60,
      byCategory: [{ code: 'THEFT_RES', last7d: 21, previous7d: 15 }, { code: 'NOISE', last7d: 5, previous7d: 4 }],
    });
  });

  it('skips what the summary already counted and puts a late report in the windows it happened in', () => {
    const arrivals = [
      arrival('2026-03-06T09:59:00+08:00', '2026-03-06T09:58:00+08:00'), // already in the summary
      arrival('2026-03-06T10:01:00+08:00', '2026-03-05T23:50:00+08:00', 'NOISE'), // yesterday's: 7 days, not today
      arrival('2026-03-06T10:01:30+08:00', '2026-02-27T09:00:00+08:00'), // last week, this day, before this hour
    ];
    const live = withLiveIncidents(figures, arrivals, generatedAt, now, day);
    expect(live).toMatchObject({ today: 10, last7d: 71, previous7d: 61, sameDayLastWeek: 9 });
    expect(live.byCategory).toEqual([{ code: 'THEFT_RES', last7d: 20, previous7d: 16 }, { code: 'NOISE', last7d: 6, previous7d: 4 }]);
  });

  it('does not mutate the summary’s figures', () => {
    withLiveIncidents(figures, [arrival('2026-03-06T10:01:00+08:00', '2026-03-06T10:00:30+08:00')], generatedAt, now, day);
    expect(figures.today).toBe(10);
    expect(figures.byCategory[0].last7d).toBe(20);
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
