import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldPatrol } from '../../core/contracts/field';
import { createRandom } from '../../core/redistrict/create-random';
import { queryRows, type Db } from '../../server/db/engine';
import { tickS, type FieldUnit } from '../../server/scripts/field-sim/field-unit';
import { logInUnit, type Fetcher, type UnitSession } from '../../server/scripts/field-sim/unit-session';
import { demoFieldUsernames, startUnit } from '../../server/scripts/simulate-field';
import { getTestApp, getTestDatabase, testPassword } from '../support/test-database';

// The field simulation (npm run simulate) walks demo accounts through the field API as phones do (issue 16): here
// against the test app, 15 simulated minutes stepped with an injected clock — no real-time waiting.
let db: Db;
let fetcher: Fetcher;
const started: string[] = [];
const minutes = 15;
// Each walk is ~90 ping batches and its check-ins through the app: seconds, more beside CI's other suites.
const walkTimeoutMs = 90_000;

beforeAll(async () => {
  db = (await getTestDatabase()).db;
  const app = await getTestApp();
  fetcher = async (path, init) => app.request(path, init);
});

afterAll(async () => {
  // Other files measure dosage on the shared database: the walks leave nothing behind.
  for (const id of started) {
    await db.execute(sql`DELETE FROM field_check_ins WHERE patrol_id = ${id}`);
    await db.execute(sql`DELETE FROM field_patrols WHERE id = ${id}`);
  }
});

async function session(username: string): Promise<UnitSession> {
  const s = await logInUnit(fetcher, username, testPassword);
  if ('refused' in s) throw new Error(`login as ${username}: ${s.refused}`);
  return s;
}

/** Walks the unit from `t0` for `minutes`, one step a tick, then ends its patrol. */
async function walk(unit: FieldUnit, t0: number, log: string[]) {
  started.push(unit.patrolId);
  let t = t0;
  for (; t < t0 + minutes * 60_000; t += tickS * 1000) await unit.step(t, (line) => log.push(line));
  await unit.end(t);
}

const count = async (query: ReturnType<typeof sql>) => Number((await queryRows<{ n: number }>(db, query))[0].n);

describe('the field simulation, through the API', () => {
  it('walks a demo officer along the route of their 今日: pings every tick, check-ins at its stops, all marked demo', async () => {
    const officer = await session(demoFieldUsernames(2).police[1]);
    const t0 = Date.now() - (minutes + 1) * 60_000;
    const log: string[] = [];
    const unit = (await startUnit(officer, t0, (l) => log.push(l), createRandom(16)))!;
    expect(unit, log.join('\n')).not.toBeNull();
    const [route] = await queryRows<{ id: string; assigned_to: string }>(db, sql`SELECT id::text, assigned_to FROM patrol_routes WHERE id = ${unit.plan.routeId}`);
    const [{ beat }] = await queryRows<{ beat: string }>(db, sql`SELECT scope_codes->>0 AS beat FROM users WHERE username = ${officer.username}`);
    expect(route.assigned_to).toBe(`beat:${beat}`);
    await walk(unit, t0, log);

    const ticks = (minutes * 60) / tickS;
    expect(await count(sql`SELECT count(*)::int AS n FROM field_pings WHERE patrol_id = ${unit.patrolId}`)).toBe(ticks);
    expect(unit.sent.pings).toBe(ticks);
    const checkIns = await queryRows<{ stop_index: number | null; is_demo: boolean; username: string }>(
      db, sql`SELECT stop_index, is_demo, username FROM field_check_ins WHERE patrol_id = ${unit.patrolId} ORDER BY at`,
    );
    expect(checkIns.length, log.join('\n')).toBeGreaterThanOrEqual(1);
    expect(checkIns.length).toBe(unit.sent.checkIns);
    for (const c of checkIns) {
      expect(c).toMatchObject({ is_demo: true, username: officer.username });
      expect(c.stop_index).not.toBeNull();
    }
    const [patrol] = await queryRows<{ is_demo: boolean; route_id: string; ended: boolean; force: string }>(
      db, sql`SELECT is_demo, route_id::text, ended_at IS NOT NULL AS ended, force FROM field_patrols WHERE id = ${unit.patrolId}`,
    );
    expect(patrol).toEqual({ is_demo: true, route_id: route.id, ended: true, force: 'police' });
    expect(((await officer.get<{ patrol: FieldPatrol | null }>('/api/field/patrols/current')).body).patrol).toBeNull();
  }, walkTimeoutMs);

  it('walks a demo grid worker between the buildings they are to verify, as grid staff', async () => {
    const worker = await session(demoFieldUsernames(2).grid[1]);
    const t0 = Date.now() - (minutes + 1) * 60_000;
    const log: string[] = [];
    const unit = (await startUnit(worker, t0, (l) => log.push(l), createRandom(17)))!;
    expect(unit, log.join('\n')).not.toBeNull();
    expect(unit.plan.routeId).toBeNull();
    expect(unit.plan.stops.length).toBeGreaterThanOrEqual(2);
    await walk(unit, t0, log);
    expect(await count(sql`SELECT count(*)::int AS n FROM field_pings WHERE patrol_id = ${unit.patrolId}`)).toBe((minutes * 60) / tickS);
    const [patrol] = await queryRows<{ force: string; is_demo: boolean }>(db, sql`SELECT force, is_demo FROM field_patrols WHERE id = ${unit.patrolId}`);
    expect(patrol).toEqual({ force: 'grid', is_demo: true });
    // Its pings lie in its own grid's buildings' neighbourhood: within a kilometre of where it started.
    const [spread] = await queryRows<{ m: number }>(db, sql`SELECT max(ST_Distance(geom::geography, (SELECT geom FROM field_pings WHERE patrol_id = ${unit.patrolId} ORDER BY at LIMIT 1)::geography)) AS m FROM field_pings WHERE patrol_id = ${unit.patrolId}`);
    expect(Number(spread.m)).toBeLessThan(1000);
  }, walkTimeoutMs);

  it('ends a unit’s patrol left open by an earlier run before it starts a new one', async () => {
    const officer = await session(demoFieldUsernames(3).police[2]);
    const t0 = Date.now() - 10 * 60_000;
    const first = (await startUnit(officer, t0, () => {}, createRandom(1)))!;
    started.push(first.patrolId);
    const second = (await startUnit(officer, t0 + 60_000, () => {}, createRandom(2)))!;
    started.push(second.patrolId);
    const rows = await queryRows<{ id: string; ended: boolean }>(db, sql`SELECT id::text, ended_at IS NOT NULL AS ended FROM field_patrols WHERE id IN (${first.patrolId}, ${second.patrolId})`);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.ended]))).toEqual({ [first.patrolId]: true, [second.patrolId]: false });
    await second.end(t0 + 120_000);
  });
});
