import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoDataset } from './dataset';
import { DAY_MS, FIXTURE_ANCHOR, fixtureDataset } from './demo-dataset-fixture';
import { createRng } from './prng';
import { generateAssessments, lastCompletedRounds } from './registers';

describe('lastCompletedRounds', () => {
  it('lists the completed two-month rounds before the anchor, oldest first', () => {
    expect(lastCompletedRounds(Date.parse('2026-11-15T00:00:00+08:00'), 3)).toEqual(['2026-05/06', '2026-07/08', '2026-09/10']);
  });

  it('does not count the round in progress, even on its first day', () => {
    expect(lastCompletedRounds(Date.parse('2026-01-01T00:30:00+08:00'), 2)).toEqual(['2025-09/10', '2025-11/12']);
  });
});

describe('generateAssessments', () => {
  it('grades exactly 40/35/20/5 % of the leaders in each round', () => {
    const leaders = Array.from({ length: 20 }, (_, k) => ({ gridCode: `G${k}`, leaderId: `P${k}` }));
    const rows = generateAssessments(leaders, Date.parse('2026-11-15T00:00:00+08:00'), createRng('s', 'a'), 2);
    expect(rows).toHaveLength(40);
    for (const round of ['2026-07/08', '2026-09/10']) {
      const grades = rows.filter((r) => r.round === round).map((r) => r.grade);
      expect(['good', 'fair', 'average', 'poor'].map((g) => grades.filter((x) => x === g).length)).toEqual([8, 7, 4, 1]);
    }
  });
});

describe('registers of the demo dataset', () => {
  let d: DemoDataset;
  beforeAll(() => {
    d = fixtureDataset().dataset;
  });

  it('has about 400 disputes, at least 160 resolved, visited or closed', () => {
    expect(d.disputes.length).toBeGreaterThanOrEqual(360);
    expect(d.disputes.length).toBeLessThanOrEqual(440);
    expect(d.disputes.filter((x) => ['resolved', 'visited', 'closed'].includes(x.status)).length).toBeGreaterThanOrEqual(160);
    expect(new Set(d.disputes.map((x) => x.type)).size).toBeGreaterThanOrEqual(6);
  });

  it('dates disputes in the year before the anchor, resolutions after registration', () => {
    const from = FIXTURE_ANCHOR.getTime() - 365 * DAY_MS;
    for (const x of d.disputes) {
      expect(Date.parse(x.registeredAt)).toBeGreaterThan(from);
      expect(Date.parse(x.registeredAt)).toBeLessThan(FIXTURE_ANCHOR.getTime());
      const done = ['resolved', 'visited', 'closed'].includes(x.status);
      expect(x.resolvedAt !== null).toBe(done);
      if (x.resolvedAt) expect(Date.parse(x.resolvedAt)).toBeGreaterThan(Date.parse(x.registeredAt));
      if (x.resolvedAt) expect(Date.parse(x.resolvedAt)).toBeLessThan(FIXTURE_ANCHOR.getTime());
    }
  });

  it('grades every grid leader in each of the last six two-month rounds at 40/35/20/5 %', () => {
    expect([...new Set(d.assessments.map((a) => a.round))]).toEqual(['2025-03/04', '2025-05/06', '2025-07/08', '2025-09/10', '2025-11/12', '2026-01/02']);
    expect(d.assessments).toHaveLength(6 * 208);
    const leaderOf = new Map(d.grids.map((g) => [g.code, g.leaderId]));
    expect(d.assessments.every((a) => leaderOf.get(a.gridCode) === a.leaderId)).toBe(true);
    const share = (g: string) => d.assessments.filter((a) => a.grade === g).length / d.assessments.length;
    expect([share('good'), share('fair'), share('average'), share('poor')].map((x) => Math.round(x * 100))).toEqual([40, 35, 20, 5]);
  });

  it('scores each grade in four parts of 0–25 that sum to its total, a better grade always above a worse one', () => {
    const order = ['good', 'fair', 'average', 'poor'];
    for (const a of d.assessments) {
      const parts = [a.scores.work, a.scores.disputes, a.scores.data, a.scores.residents];
      expect(parts.every((p) => Number.isInteger(p) && p >= 0 && p <= 25)).toBe(true);
      expect(parts.reduce((x, y) => x + y, 0)).toBe(a.total);
    }
    const round = d.assessments.filter((a) => a.round === '2026-01/02');
    for (const a of round) {
      for (const b of round) if (order.indexOf(a.grade) < order.indexOf(b.grade)) expect(a.total).toBeGreaterThan(b.total);
    }
    expect(new Set(round.map((a) => a.total)).size).toBeGreaterThan(40);
  });
});
