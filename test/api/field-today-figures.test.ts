import { beforeAll, describe, expect, it } from 'vitest';
import type { DisputePage } from '../../core/contracts/disputes';
import type { FieldToday } from '../../core/contracts/field';
import type { FreshnessAnswer } from '../../core/contracts/registry';
import { settledDisputeStatuses } from '../../core/measures';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

// The field app's 今日 showed officer01 待跟进纠纷 0 "无" and 待核查楼栋 0 while the desktop listed open disputes and
// 一标三实 ten buildings overdue in his beat: 今日 counted other things (disputes he registered, only a grid worker's
// buildings). One figure has one definition: 今日 shows the jurisdiction's 未结纠纷 and 逾期未核查楼栋, as the desktop does.

let officer: TestClient, worker: TestClient;
beforeAll(async () => {
  await getTestDatabase();
  [officer, worker] = await Promise.all(['officer01', 'worker001'].map((u) => loginAs(u)));
});

const read = async <T,>(client: TestClient, path: string): Promise<T> => {
  const res = await client.request(path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
};
const settled: readonly string[] = settledDisputeStatuses;

describe('the field app’s 今日 counts as the desktop does', () => {
  for (const [who, client] of [['officer01 (a beat)', () => officer], ['worker001 (a grid)', () => worker]] as const) {
    it(`counts ${who}’s open disputes as the desktop’s list and summary do, and lists them`, async () => {
      const [today, page, summary] = await Promise.all([
        read<FieldToday>(client(), '/api/field/today'),
        read<DisputePage>(client(), '/api/disputes?limit=500'),
        read<{ disputesOpen: number }>(client(), '/api/stats/summary'),
      ]);
      expect(page.total).toBeLessThanOrEqual(500);
      const openRows = page.rows.filter((d) => !settled.includes(d.status));
      expect(today.measures?.openDisputes).toBe(openRows.length);
      expect(today.measures?.openDisputes).toBe(summary.disputesOpen);
      // 今日 lists the 20 soonest due (then by code); the rest are counted, not listed.
      const due = (d: { dueAt: string | null }) => (d.dueAt === null ? Infinity : Date.parse(d.dueAt));
      const soonest = [...openRows].sort((a, b) => due(a) - due(b) || (a.code < b.code ? -1 : 1)).slice(0, 20).map((d) => d.code).sort();
      expect(today.disputes.map((d) => d.code).sort()).toEqual(soonest);
    });

    it(`counts ${who}’s buildings overdue for a check as 一标三实 does`, async () => {
      const [today, freshness] = await Promise.all([read<FieldToday>(client(), '/api/field/today'), read<FreshnessAnswer>(client(), '/api/registry/freshness')]);
      const overdue = freshness.rows.reduce((n, r) => n + r.overdueChecks, 0);
      expect(today.measures?.overdueChecks).toBe(overdue);
      expect(today.buildingsToVerify).toHaveLength(Math.min(overdue, 10));
    });
  }

  it('tells officer01 of his beat’s open disputes and overdue buildings rather than 无 (the demo has some)', async () => {
    const today = await read<FieldToday>(officer, '/api/field/today');
    expect(today.measures?.openDisputes).toBeGreaterThan(0);
    expect(today.disputes.length).toBeGreaterThan(0);
    expect(today.measures?.overdueChecks).toBeGreaterThan(0);
    expect(today.buildingsToVerify.length).toBeGreaterThan(0);
  });
});
