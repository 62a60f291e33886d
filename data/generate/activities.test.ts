import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoDataset } from './dataset';
import { DAY_MS, FIXTURE_ANCHOR, fixtureDataset } from './demo-dataset-fixture';

let d: DemoDataset;
beforeAll(() => {
  d = fixtureDataset().dataset;
});

describe('work records', () => {
  it('reproduces the article’s totals exactly: 2,136 checks, 386 sessions, 163 disputes helped, 118 opinions', () => {
    const count = (kind: string) => d.activities.filter((a) => a.kind === kind).length;
    expect([count('population_check'), count('legal_session'), count('dispute_helped'), count('opinion_collected')]).toEqual([2136, 386, 163, 118]);
  });

  it('dates every record in the 365 days before the anchor', () => {
    const from = FIXTURE_ANCHOR.getTime() - 365 * DAY_MS;
    expect(d.activities.filter((a) => !(Date.parse(a.occurredAt) < FIXTURE_ANCHOR.getTime() && Date.parse(a.occurredAt) > from))).toEqual([]);
  });

  it('holds a joint meeting every month and a talk every quarter in every grid, led by its grid leader', () => {
    for (const g of d.grids) {
      const own = d.activities.filter((a) => a.gridCode === g.code);
      const meetings = own.filter((a) => a.kind === 'joint_meeting');
      expect(meetings).toHaveLength(12);
      expect(new Set(meetings.map((a) => a.occurredAt.slice(0, 7))).size).toBe(12);
      expect(own.filter((a) => a.kind === 'resident_talk')).toHaveLength(4);
      expect(meetings.every((a) => a.personId === g.leaderId)).toBe(true);
    }
  });

  it('credits each record to a person working in that grid or its beat', () => {
    const people = new Map(d.people.map((p) => [p.id, p]));
    const beatOfGrid = new Map(d.beats.flatMap((b) => b.gridCodes.map((g) => [g, b])));
    for (const a of d.activities) {
      const p = people.get(a.personId)!;
      const ok = p.role === 'community_officer' ? beatOfGrid.get(a.gridCode)!.officerId === p.id : p.gridCode === a.gridCode;
      expect(ok).toBe(true);
    }
  });
});
