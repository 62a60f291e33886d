import { describe, expect, it } from 'vitest';
import type { ActivityRow } from './dataset';
import { meetingsOfActivities } from './meetings';

const grid = { code: '511703001001001', communityCode: '511703001001', workerIds: ['P2', 'P3'], officerId: 'P9' };
const row = (kind: ActivityRow['kind'], occurredAt: string): ActivityRow => ({ kind, gridCode: grid.code, personId: 'P1', occurredAt });

describe('meetingsOfActivities', () => {
  it('gives each joint meeting and resident talk its meeting, on the record’s local date, and nothing for other work', () => {
    const activities = [
      row('joint_meeting', '2026-11-12T15:18:00+08:00'),
      row('population_check', '2026-11-13T09:00:00+08:00'),
      row('resident_talk', '2026-10-11T14:27:00+08:00'),
    ];
    const meetings = meetingsOfActivities(activities, [grid]);
    expect(meetings.map((m) => [m.kind, m.heldOn, m.gridCode, m.communityCode])).toEqual([
      ['joint_monthly', '2026-11-12', grid.code, grid.communityCode],
      ['quarterly_talk', '2026-10-11', grid.code, grid.communityCode],
    ]);
    expect(meetings[0].topic).toMatch(/^11月网格联席会/);
    expect(meetings[1].topic).toBe('第4季度谈心谈话');
    expect(meetings[0].attendance).toEqual(['P1', 'P2', 'P3', 'P9']);
    expect(meetings.every((m) => m.minutes.length > 0)).toBe(true);
  });

  it('makes none for a grid it does not know, and leaves its input as it was', () => {
    const activities = [{ ...row('joint_meeting', '2026-11-12T15:18:00+08:00'), gridCode: 'elsewhere' }];
    const before = JSON.stringify(activities);
    expect(meetingsOfActivities(activities, [grid])).toEqual([]);
    expect(JSON.stringify(activities)).toBe(before);
  });
});
