import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DAY_MS, MINUTE_MS } from '../../core/time';
import { queryRows, type Database } from '../../server/db/engine';
import { latestLiveEventId } from '../../server/live/live-events.repo';
import { readWallSummary } from '../../server/db/repos/wall.repo';
import { demoReplayAnnounceMinutes, demoReplayLagDays, replayDemoIncidents } from '../../server/services/demo-replay.service';
import { loginTo, openScratchDatabase, type TestApp } from '../support/test-database';

// The demo replay: while the server runs on the demo data, the demo calls of 52 weeks earlier happen again, so a wall
// left running for days does not go quiet. It writes incidents, so it runs on a database of its own.
let database: Database;
let app: TestApp;
const lagMs = demoReplayLagDays * DAY_MS;

beforeAll(async () => {
  ({ database, app } = await openScratchDatabase('demo-replay'));
}, 600_000);
afterAll(async () => {
  await database?.close();
});

const latestDemo = async () => new Date((await queryRows<{ t: string }>(database.db, sql`SELECT to_json(max(occurred_at))#>>'{}' AS t FROM incidents WHERE is_demo`))[0].t);
const countDemo = async (from: Date, to: Date) =>
  Number((await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM incidents WHERE is_demo AND occurred_at > ${from.toISOString()} AND occurred_at <= ${to.toISOString()}`))[0].n);

describe('the demo replay', () => {
  it('writes the demo calls of 52 weeks earlier again, moved on to now, as demo rows in the published grids, announcing only the last minutes', async () => {
    const latest = await latestDemo();
    // Two days and a quarter on from the seed's last call: as if the wall had run (or the server been stopped) that long.
    const now = new Date(latest.getTime() + 2.25 * DAY_MS);
    const expected = await countDemo(new Date(latest.getTime() - lagMs), new Date(now.getTime() - lagMs));
    expect(expected, 'two days of demo calls a year earlier').toBeGreaterThan(100);
    const eventsBefore = await latestLiveEventId(database.db);

    const result = await replayDemoIncidents(database.db, now);
    expect(result).not.toBeNull();
    expect(result!.written).toBe(expected);
    expect(await countDemo(latest, now)).toBe(expected);
    // Same weekday and minute, same place and category, one for one; entered when it happens, in a grid of the published plan.
    const [pairs] = await queryRows<{ copies: number; matched: number; gridless: number; late: number }>(database.db, sql`
      SELECT count(*)::int AS copies,
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM incidents o WHERE o.is_demo AND o.occurred_at = n.occurred_at - make_interval(days => ${demoReplayLagDays})
          AND o.category_code = n.category_code AND o.source = n.source AND ST_Equals(o.geom, n.geom)))::int AS matched,
        count(*) FILTER (WHERE n.grid_code IS NULL OR NOT EXISTS (SELECT 1 FROM grids g WHERE g.code = n.grid_code))::int AS gridless,
        count(*) FILTER (WHERE n.recorded_at <> n.occurred_at)::int AS late
      FROM incidents n WHERE n.is_demo AND n.occurred_at > ${latest.toISOString()}`);
    expect(pairs).toEqual({ copies: expected, matched: expected, gridless: 0, late: 0 });
    // Each with a 接警单号 that reads as demo data: DEMO, its local day and the call it replays.
    const [numbers] = await queryRows<{ numbered: number; matched: number }>(database.db, sql`
      SELECT count(*)::int AS numbered,
        count(*) FILTER (WHERE k.external_id = 'DEMO-' || to_char(n.occurred_at AT TIME ZONE 'Asia/Shanghai', 'MMDD') || '-' || o.id)::int AS matched
      FROM incidents n JOIN incident_external_ids k ON k.incident_id = n.id AND k.occurred_at = n.occurred_at
        JOIN incidents o ON o.is_demo AND o.occurred_at = n.occurred_at - make_interval(days => ${demoReplayLagDays})
          AND o.category_code = n.category_code AND ST_Equals(o.geom, n.geom)
      WHERE n.is_demo AND n.occurred_at > ${latest.toISOString()}`);
    expect(numbers).toEqual({ numbered: expected, matched: expected });
    // Only the calls of the last minutes reach the live stream; the rest of the gap is filled in quietly.
    const recent = await countDemo(new Date(now.getTime() - demoReplayAnnounceMinutes * MINUTE_MS - 1), now);
    expect(result!.announced).toBe(recent);
    expect((await latestLiveEventId(database.db)) - eventsBefore).toBe(recent);
    // The wall's feed gets the number with the call, live and in its summary.
    const announced = await queryRows<{ n: string | null }>(database.db, sql`SELECT payload->>'externalId' AS n FROM live_events WHERE id > ${eventsBefore}`);
    expect(announced.length).toBe(recent);
    expect(announced.every((e) => /^DEMO-\d{4}-\d+$/.test(e.n ?? ''))).toBe(true);
    const summary = await readWallSummary(database.db);
    expect(summary.recent.filter((r) => r.externalId?.startsWith('DEMO-')).length).toBeGreaterThan(0);

    // The same moment again writes nothing: the replay's mark has moved on.
    expect(await replayDemoIncidents(database.db, now)).toEqual({ written: 0, announced: 0 });
    expect(await countDemo(latest, now)).toBe(expected);
  });

  it('labels the calls demo accounts enter as demo rows, not the calls of other accounts, and neither moves the replay on', async () => {
    const [{ mark }] = await queryRows<{ mark: string }>(database.db, sql`SELECT to_json(max(replayed_to))#>>'{}' AS mark FROM datasets WHERE is_demo`);
    const replayedTo = new Date(mark);
    const [point] = await queryRows<{ lng: number; lat: number }>(database.db, sql`SELECT ST_X(geom) AS lng, ST_Y(geom) AS lat FROM incidents WHERE is_demo ORDER BY occurred_at DESC LIMIT 1`);
    // An account that is not a demo account: a copy of commander's, as an administrator would have made it.
    await database.db.execute(sql`INSERT INTO users (username, display_name, role, scope_kind, scope_codes, password_hash, is_demo)
      SELECT 'dispatch.desk', '接警台', role, scope_kind, scope_codes, password_hash, false FROM users WHERE username = 'commander'`);
    // Both enter a call six hours after the replay's mark, as `npm run simulate` and a dispatch desk would.
    const enter = async (username: string) => {
      const client = await loginTo(app, username);
      const res = await client.request('/api/incidents', {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ categoryCode: 'NOISE', source: '110', lng: Number(point.lng), lat: Number(point.lat), occurredAt: new Date(replayedTo.getTime() + 6 * 3_600_000).toISOString() }),
      });
      expect(res.status, username).toBe(201);
      const { id } = (await res.json()) as { id: number };
      return (await queryRows<{ demo: boolean }>(database.db, sql`SELECT is_demo AS demo FROM incidents WHERE id = ${id}`))[0].demo;
    };
    // The calls are entered when they happen, after the replay's mark, which the test has moved days ahead: the
    // clock is set to their time, as the server refuses a call timed in its future.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(replayedTo.getTime() + 6 * 3_600_000 + 30_000);
    try {
      expect(await enter('commander')).toBe(true);
      expect(await enter('dispatch.desk')).toBe(false);
    } finally {
      vi.useRealTimers();
    }

    // Twelve hours on, the replay writes the demo calls since its mark, those six hours before the demo call included.
    const now = new Date(replayedTo.getTime() + 12 * 3_600_000);
    const expected = await countDemo(new Date(replayedTo.getTime() - lagMs), new Date(now.getTime() - lagMs));
    expect(expected, 'twelve hours of demo calls a year earlier').toBeGreaterThan(20);
    expect((await replayDemoIncidents(database.db, now))!.written).toBe(expected);
  });

  it('leaves a database without the demo dataset alone', async () => {
    const before = await countDemo(new Date(0), new Date(Date.now() + 400 * DAY_MS));
    await database.db.execute(sql`UPDATE datasets SET is_demo = false`);
    try {
      expect(await replayDemoIncidents(database.db, new Date(Date.now() + 30 * DAY_MS))).toBeNull();
      expect(await countDemo(new Date(0), new Date(Date.now() + 400 * DAY_MS))).toBe(before);
    } finally {
      await database.db.execute(sql`UPDATE datasets SET is_demo = true`);
    }
  });
});
