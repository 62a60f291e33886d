import { describe, expect, it } from 'vitest';
import { feedWhen } from './feed-time';
import { wallText } from './wall-messages';

const zh = wallText('zh-CN');
const en = wallText('en');
// Friday 6 March 2026, 10:02 in Shanghai.
const now = Date.parse('2026-03-06T10:02:00+08:00');
const row = (occurredAt: string, recordedAt: string) => ({ occurredAt, recordedAt });

describe('feedWhen', () => {
  it('gives today’s incident its time of day alone', () => {
    expect(feedWhen(row('2026-03-06T09:58:07+08:00', '2026-03-06T09:58:09+08:00'), now, zh)).toEqual({ date: null, time: '09:58:07', late: false });
  });

  it('dates a back-dated report arriving now and tags it late (补录), in the time of Shanghai', () => {
    // 3 December 14:05 in Shanghai is 06:05 UTC: the date and the time are Shanghai's whatever the page's zone.
    expect(feedWhen(row('2025-12-03T06:05:00Z', '2026-03-06T10:01:00+08:00'), now, zh)).toEqual({ date: '2025年12月3日', time: '14:05:00', late: true });
    expect(feedWhen(row('2026-03-03T14:05:00+08:00', '2026-03-06T10:01:00+08:00'), now, zh)).toEqual({ date: '3月3日', time: '14:05:00', late: true });
    expect(feedWhen(row('2026-03-03T14:05:00+08:00', '2026-03-06T10:01:00+08:00'), now, en)).toMatchObject({ date: '3 Mar', late: true });
    expect(feedWhen(row('2025-12-03T14:05:00+08:00', '2026-03-06T10:01:00+08:00'), now, en).date).toBe('3 Dec 2025');
  });

  it('takes an incident of 23:50 last night, reported after local midnight, as yesterday’s and late', () => {
    // 16:10 UTC is already 00:10 on the 6th in Shanghai, though UTC still says the 5th.
    expect(feedWhen(row('2026-03-05T23:50:00+08:00', '2026-03-05T16:10:00Z'), now, zh)).toEqual({ date: '3月5日', time: '23:50:00', late: true });
  });

  it('dates yesterday’s incident reported yesterday without calling it late', () => {
    expect(feedWhen(row('2026-03-05T22:00:00+08:00', '2026-03-05T22:01:00+08:00'), now, zh)).toEqual({ date: '3月5日', time: '22:00:00', late: false });
  });

  it('does not call an incident late that was reported the same day, hours after', () => {
    expect(feedWhen(row('2026-03-06T00:30:00+08:00', '2026-03-06T09:30:00+08:00'), now, zh)).toEqual({ date: null, time: '00:30:00', late: false });
  });
});
