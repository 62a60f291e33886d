import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FieldToday, UnitPosition } from '../../core/contracts/field';
import { queryRows, type Db } from '../../server/db/engine';
import { deleteExpiredPings } from '../../server/db/repos/field-pings.repo';
import { runPartitionUpkeep } from '../../server/services/partition-schedule';
import { eastOf, isoAgo, loginAsCopyOf, newId, pointInGrid, postJson, scopeCodeOf, startPatrolOf } from '../support/field-fixtures';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

let db: Db;
let officer: TestClient, worker: TestClient, grid001: TestClient, viewer: TestClient, commander: TestClient;
let here: [number, number];
let policePatrol: string, gridPatrol: string;
beforeAll(async () => {
  db = (await getTestDatabase()).db;
  // Copies of the field accounts: field-patrols and field-check-ins start patrols as the demo accounts themselves.
  [officer, worker, grid001] = await Promise.all(['officer01', 'worker001', 'grid001'].map((u) => loginAsCopyOf(db, u, 'positions')));
  [viewer, commander] = await Promise.all(['viewer', 'commander'].map((u) => loginAs(u)));
  here = await pointInGrid(db, await scopeCodeOf(worker));
  const startAndPing = async (client: TestClient, eastM: number) => {
    const p = await startPatrolOf(client, isoAgo(1000));
    const res = await postJson(client, '/api/field/pings', { patrolId: p.id, pings: [{ at: isoAgo(500), position: eastOf(here, eastM), accuracyM: 7 }] });
    expect(res.status).toBe(200);
    return p.id;
  };
  policePatrol = await startAndPing(officer, 0);
  gridPatrol = await startAndPing(worker, 10);
});

const positions = async (client: TestClient) => {
  const res = await client.request('/api/field/positions');
  expect(res.status).toBe(200);
  return ((await res.json()) as UnitPosition[]).filter((u) => u.patrolId === policePatrol || u.patrolId === gridPatrol);
};

describe('units’ positions', () => {
  it('an officer and the commander see the police and grid units on duty in their scope, by name and place', async () => {
    for (const client of [officer, commander]) {
      const seen = await positions(client);
      expect(seen.map((u) => u.force).sort()).toEqual(['grid', 'police']);
      const unit = seen.find((u) => u.patrolId === gridPatrol)!;
      expect(unit.accuracyM).toBe(7);
      expect(unit.place).toEqual(expect.any(String));
      expect(unit.name).not.toBe('worker001');
    }
  });

  it('a grid leader sees the grid staff, not the police units', async () => {
    expect((await positions(grid001)).map((u) => u.patrolId)).toEqual([gridPatrol]);
  });

  it('a grid worker and the viewer are refused in plain Chinese', async () => {
    for (const client of [worker, viewer]) {
      const res = await client.request('/api/field/positions');
      expect(res.status).toBe(403);
      expect(((await res.json()) as { message: string }).message).toBe('您的身份不能查看其他单位的位置');
    }
  });

  it('a patrol that ended is no longer shown', async () => {
    // grid001, not worker001: a person walks one patrol at a time, and worker001's is open (gridPatrol).
    const p = await startPatrolOf(grid001, isoAgo(2000));
    expect((await postJson(grid001, '/api/field/pings', { patrolId: p.id, pings: [{ at: isoAgo(1500), position: here, accuracyM: 5 }] })).status).toBe(200);
    await postJson(grid001, `/api/field/patrols/${p.id}/end`, { endedAt: isoAgo(1000) });
    const all = (await (await officer.request('/api/field/positions')).json()) as UnitPosition[];
    expect(all.some((u) => u.patrolId === p.id)).toBe(false);
  });
});

describe('retention of pings', () => {
  const seed = async (ageDays: number[]) => {
    const id = newId();
    const start = new Date(Date.now() - 40 * 86_400_000);
    await db.execute(sql`INSERT INTO field_patrols (id, username, force, started_at, ended_at) VALUES (${id}, 'worker001', 'grid', ${start.toISOString()}::timestamptz, now())`);
    for (const d of ageDays) {
      await db.execute(sql`INSERT INTO field_pings (patrol_id, at, geom, accuracy_m)
        VALUES (${id}, now() - make_interval(days => ${d}), ST_SetSRID(ST_MakePoint(${here[0]}, ${here[1]}), 4326), 5)`);
    }
    return id;
  };
  const agesOf = async (id: string) => (await queryRows<{ d: number }>(db, sql`SELECT round(extract(epoch FROM now() - at) / 86400)::int AS d FROM field_pings WHERE patrol_id = ${id} ORDER BY at`)).map((r) => Number(r.d));

  it('deletes the pings older than the retention period and keeps the recent ones, as the clock moves', async () => {
    const id = await seed([35, 29, 20, 1]);
    expect(await deleteExpiredPings(db, 30)).toBeGreaterThanOrEqual(1);
    expect(await agesOf(id)).toEqual([29, 20, 1]);
    // Ten days later, the ping then 29 days old and the one 20 days old have passed 30 days; the one of yesterday has not.
    await deleteExpiredPings(db, 30, new Date(Date.now() + 10 * 86_400_000));
    expect(await agesOf(id)).toEqual([1]);
  });

  it('runs in the daily upkeep (and `npm run maintain`) with FIELD_POSITIONS_RETENTION_DAYS', async () => {
    const id = await seed([8, 3]);
    const notes = await runPartitionUpkeep(db, 3650, new Date(), 7);
    expect(notes.some((n) => n.startsWith('field_pings:'))).toBe(true);
    expect(await agesOf(id)).toEqual([3]);
  });
});

describe('today’s work', () => {
  it('lists the grid worker’s work by names, never by a code alone', async () => {
    const res = await worker.request('/api/field/today');
    expect(res.status).toBe(200);
    const today = (await res.json()) as FieldToday;
    expect(today.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(today.buildingsToVerify.length).toBeGreaterThan(0);
    for (const b of today.buildingsToVerify) expect(b.place).not.toContain(b.code);
    for (const t of today.tasks) expect(t.place.length).toBeGreaterThan(0);
  });

  it('says whether the data is demo data, as the dashboard’s summary does (演示数据 in both)', async () => {
    const demoOf = async () => ({
      today: ((await (await worker.request('/api/field/today')).json()) as FieldToday).demo,
      summary: ((await (await worker.request('/api/stats/summary')).json()) as { demo: boolean }).demo,
    });
    expect(await demoOf()).toEqual({ today: true, summary: true });
    const marked = await queryRows<{ name: string }>(db, sql`UPDATE datasets SET is_demo = false WHERE is_demo RETURNING name`);
    try {
      expect(await demoOf()).toEqual({ today: false, summary: false });
    } finally {
      for (const { name } of marked) await db.execute(sql`UPDATE datasets SET is_demo = true WHERE name = ${name}`);
    }
  });
});
