import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LiveIncident, LiveIncidentEvent as LiveEvent } from '../../core/contracts/live';
import type { GridMeasure, WallSummary } from '../../core/contracts/wall';
import { createApp } from '../../server/app';
import { queryRows } from '../../server/db/engine';
import { readEnv } from '../../server/env';
import { clientOfSession, getTestDatabase, loginAs, loginTo, type TestClient } from '../support/test-database';

let commander: TestClient;
let point: { lng: number; lat: number; grid: string };
beforeAll(async () => {
  commander = await loginAs('commander');
  const { db } = await getTestDatabase();
  const [p] = await queryRows<{ lng: number; lat: number; grid: string }>(
    db,
    sql`SELECT ST_X(ST_PointOnSurface(g.geom)) AS lng, ST_Y(ST_PointOnSurface(g.geom)) AS lat, g.code AS grid
        FROM grids g JOIN users u ON u.username = 'grid001' WHERE g.code = u.scope_codes->>0`,
  );
  point = { lng: Number(p.lng), lat: Number(p.lat), grid: p.grid };
});

const post = (client: TestClient, body: unknown) =>
  client.request('/api/incidents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Reads server-sent events from a response until `done` says stop or the time runs out. */
async function readEvents(res: Response, done: (events: LiveEvent[]) => boolean, timeoutMs = 5000): Promise<LiveEvent[]> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const events: LiveEvent[] = [];
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  while (!done(events) && Date.now() < deadline) {
    const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
    if (!chunk || chunk.done) break;
    buffer += decoder.decode(chunk.value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (/^event: incident$/m.test(block)) events.push(JSON.parse(block.match(/^data: (.*)$/m)![1]) as LiveEvent);
    }
  }
  await reader.cancel();
  return events;
}

describe('POST /api/incidents', () => {
  it('registers an incident in the grid and beat that contain the point', async () => {
    const res = await post(commander, { categoryCode: 'THEFT_RES', source: '110', ...point });
    expect(res.status).toBe(201);
    const incident = (await res.json()) as LiveIncident;
    expect(incident.gridCode).toBe(point.grid);
    expect(incident.beatCode).toMatch(/\S/);
  });

  it('answers 400 for a point outside every grid, an unknown category, or a missing field', async () => {
    expect((await post(commander, { categoryCode: 'THEFT_RES', source: '110', lng: 100, lat: 20 })).status).toBe(400);
    expect((await post(commander, { categoryCode: 'NO_SUCH_CODE', source: '110', ...point })).status).toBe(400);
    const missing = await post(commander, { categoryCode: 'THEFT_RES', source: '110', lng: point.lng });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { issues: { field: string }[] }).issues[0].field).toBe('lat');
  });

  it('stores when a back-dated incident was entered, and answers it with the incident', async () => {
    const sentMs = Date.now();
    const occurredAt = new Date(sentMs - 3 * 86_400_000).toISOString();
    const res = await post(commander, { categoryCode: 'THEFT_RES', source: '110', ...point, occurredAt });
    expect(res.status).toBe(201);
    const incident = (await res.json()) as LiveIncident;
    expect(Date.parse(incident.occurredAt)).toBe(Date.parse(occurredAt));
    expect(Date.parse(incident.recordedAt)).toBeGreaterThanOrEqual(sentMs - 1000);
    expect(Date.parse(incident.recordedAt)).toBeLessThanOrEqual(Date.now() + 1000);
    const { db } = await getTestDatabase();
    const [row] = await queryRows<{ recorded_at: string }>(db, sql`SELECT to_json(recorded_at)#>>'{}' AS recorded_at FROM incidents WHERE id = ${incident.id}`);
    expect(Date.parse(row.recorded_at)).toBe(Date.parse(incident.recordedAt));
  });

  it('refuses an officer a point outside their beat', async () => {
    const officer = await loginAs('officer01');
    const { db } = await getTestDatabase();
    const [far] = await queryRows<{ lng: number; lat: number }>(
      db,
      sql`SELECT ST_X(ST_PointOnSurface(g.geom)) AS lng, ST_Y(ST_PointOnSurface(g.geom)) AS lat FROM grids g
          WHERE g.code NOT IN (SELECT grid_code FROM beat_grids WHERE beat_code = (SELECT scope_codes->>0 FROM users WHERE username = 'officer01'))
          LIMIT 1`,
    );
    expect((await post(officer, { categoryCode: 'THEFT_RES', source: 'patrol', lng: Number(far.lng), lat: Number(far.lat) })).status).toBe(403);
    expect((await post(officer, { categoryCode: 'THEFT_RES', source: 'patrol', ...point })).status).toBe(201);
  });
});

describe('GET /api/live', () => {
  it('delivers a new incident to an open stream', async () => {
    const wall = await loginAs('viewer');
    const stream = await wall.request('/api/live');
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const created = (await (await post(commander, { categoryCode: 'FIGHT', source: '110', ...point })).json()) as LiveIncident;
    const events = await readEvents(stream, (es) => es.some((e) => e.payload.id === created.id));
    const event = events.find((e) => e.payload.id === created.id);
    expect(event?.payload).toEqual(created);
  });

  it('replays what a client missed after its Last-Event-ID', async () => {
    const viewer = await loginAs('viewer');
    const first = (await (await post(commander, { categoryCode: 'NOISE', source: '110', ...point })).json()) as LiveIncident;
    const second = (await (await post(commander, { categoryCode: 'NOISE', source: 'patrol', ...point })).json()) as LiveIncident;
    const { db } = await getTestDatabase();
    const [e] = await queryRows<{ id: number }>(db, sql`SELECT id::int AS id FROM live_events WHERE (payload->>'id')::int = ${first.id}`);
    const stream = await viewer.request('/api/live', { headers: { 'last-event-id': String(Number(e.id) - 1) } });
    const events = await readEvents(stream, (es) => es.some((x) => x.payload.id === second.id));
    expect(events.map((x) => x.payload.id)).toEqual([first.id, second.id]);
  });
});

/** The SSE event names a stream sends (hello aside) until `count` of them or the time runs out. */
async function readKinds(res: Response, count: number, timeoutMs = 3000): Promise<string[]> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const kinds: string[] = [];
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  while (kinds.length < count && Date.now() < deadline) {
    const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
    if (!chunk || chunk.done) break;
    buffer += decoder.decode(chunk.value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const kind = /^event: (\S+)$/m.exec(buffer.slice(0, end))?.[1];
      buffer = buffer.slice(end + 2);
      if (kind && kind !== 'hello') kinds.push(kind);
    }
  }
  await reader.cancel();
  return kinds;
}

describe('GET /api/live for a narrower jurisdiction', () => {
  it('sends an officer the published plans and the incidents of his own beat, and none from across the district', async () => {
    const { db } = await getTestDatabase();
    // `point` lies in officer01's beat (he may register an incident there); `far` in a grid of another beat.
    const [far] = await queryRows<{ lng: number; lat: number }>(
      db,
      sql`SELECT ST_X(ST_PointOnSurface(g.geom)) AS lng, ST_Y(ST_PointOnSurface(g.geom)) AS lat FROM grids g
          WHERE g.code NOT IN (SELECT grid_code FROM beat_grids WHERE beat_code = (SELECT scope_codes->>0 FROM users WHERE username = 'officer01'))
          LIMIT 1`,
    );
    const outside = (await (await post(commander, { categoryCode: 'NOISE', source: '110', lng: Number(far.lng), lat: Number(far.lat) })).json()) as LiveIncident;
    const inside = (await (await post(commander, { categoryCode: 'NOISE', source: '110', ...point })).json()) as LiveIncident;
    const [e] = await queryRows<{ id: number }>(db, sql`SELECT id::int AS id FROM live_events WHERE (payload->>'id')::int = ${outside.id}`);
    const plan = { planId: 'live-test', areaCode: 'S0', areaName: '测试街道', grids: 1, publishedBy: 'planner' };
    await db.execute(sql`INSERT INTO live_events (kind, payload) VALUES ('plan', ${JSON.stringify(plan)}::jsonb)`);
    const since = { headers: { 'last-event-id': String(Number(e.id) - 1) } };
    const viewer = await loginAs('viewer');
    expect(await readKinds(await viewer.request('/api/live', since), 3)).toEqual(['incident', 'incident', 'plan']);
    const officer = await loginAs('officer01');
    const stream = await officer.request('/api/live', since);
    expect(stream.status).toBe(200);
    const seen = await readEvents(stream, (es) => es.some((x) => x.payload.id === inside.id));
    expect(seen.map((x) => x.payload.id)).toEqual([inside.id]);
    expect(await readKinds(await officer.request('/api/live', since), 2)).toEqual(['incident', 'plan']);
  });

  it('sends a grid leader the incidents of his grid as they come, and not those of the next grid', async () => {
    const leader = await loginAs('grid001');
    const stream = await leader.request('/api/live');
    const { db } = await getTestDatabase();
    const [next] = await queryRows<{ lng: number; lat: number }>(
      db,
      sql`SELECT ST_X(ST_PointOnSurface(g.geom)) AS lng, ST_Y(ST_PointOnSurface(g.geom)) AS lat FROM grids g
          WHERE g.code NOT IN (SELECT jsonb_array_elements_text(scope_codes) FROM users WHERE username = 'grid001') LIMIT 1`,
    );
    const other = await post(commander, { categoryCode: 'FIGHT', source: '110', lng: Number(next.lng), lat: Number(next.lat) });
    expect(other.status).toBe(201);
    const own = (await (await post(commander, { categoryCode: 'FIGHT', source: '110', ...point })).json()) as LiveIncident;
    const events = await readEvents(stream, (es) => es.some((x) => x.payload.id === own.id));
    expect(events.map((x) => x.payload.id)).toEqual([own.id]);
  });
});

/** Every SSE block (event name and data) a stream sends until it ends or the time runs out, and whether it ended. */
async function readToEnd(res: Response, timeoutMs: number): Promise<{ blocks: { event: string; data: string }[]; ended: boolean }> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const blocks: { event: string; data: string }[] = [];
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), Math.max(0, deadline - Date.now())))]);
    if (!chunk) {
      await reader.cancel();
      return { blocks, ended: false };
    }
    if (chunk.done) return { blocks, ended: true };
    buffer += decoder.decode(chunk.value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (\S+)$/m.exec(block)?.[1];
      if (event) blocks.push({ event, data: /^data: (.*)$/m.exec(block)?.[1] ?? '' });
    }
  }
}

describe('GET /api/live once the session has ended', () => {
  // The app re-checks an open stream's session every second here (30 s by default), so that the test is short.
  const appChecking = async () => createApp({ database: await getTestDatabase(), env: readEnv({ ...process.env, PORT: '8787', TRUST_PROXY: 'true', LIVE_SESSION_CHECK_SECONDS: '1' }) });

  it('ends a wall’s stream within the re-check interval once its token is revoked, saying why in Chinese', async () => {
    const app = await appChecking();
    const admin = await loginTo(app, 'admin');
    const issued = await admin.request('/api/admin/wall-tokens', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: '吊销测试大屏' }) });
    const { id, token } = (await issued.json()) as { id: string; token: string };
    const wallLogin = await app.request('/api/auth/wall', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
    const wall = await clientOfSession(app, 'wall', wallLogin);
    const stream = await wall.request('/api/live');
    expect(stream.status).toBe(200);
    expect((await admin.request(`/api/admin/wall-tokens/${id}`, { method: 'DELETE' })).status).toBe(200);
    const { blocks, ended } = await readToEnd(stream, 5000);
    expect(ended).toBe(true);
    expect(blocks.at(-1)?.event).toBe('ended');
    expect(JSON.parse(blocks.at(-1)!.data)).toEqual({ error: 'unauthenticated', message: '登录已失效（已退出、过期、被停用或令牌已吊销），实时推送已停止，请重新登录' });
  });

  it('ends a stream whose session is past its maximum age, while a live session’s stream stays open', async () => {
    const app = await appChecking();
    const expiring = await loginTo(app, 'viewer', '10.0.28.1');
    const staying = await loginTo(app, 'commander', '10.0.28.2');
    const ending = await expiring.request('/api/live');
    const open = await staying.request('/api/live');
    const { db } = await getTestDatabase();
    await db.execute(sql`UPDATE sessions SET absolute_expires_at = now() - interval '1 second' WHERE username = 'viewer'`);
    const [endingRead, openRead] = await Promise.all([readToEnd(ending, 5000), readToEnd(open, 3000)]);
    expect(endingRead.ended).toBe(true);
    expect(endingRead.blocks.at(-1)?.event).toBe('ended');
    expect(openRead.ended).toBe(false);
    expect(openRead.blocks.map((b) => b.event)).not.toContain('ended');
  });

  it('says why in the language the page asks for (lang), which an EventSource in an English browser cannot send as a header', async () => {
    const app = await appChecking();
    const [zh, en] = await Promise.all([loginTo(app, 'viewer', '10.0.28.3'), loginTo(app, 'planner', '10.0.28.4')]);
    const english = { headers: { 'accept-language': 'en-US,en;q=0.9' } };
    const [zhStream, enStream] = await Promise.all([zh.request('/api/live?lang=zh-CN', english), en.request('/api/live', english)]);
    const { db } = await getTestDatabase();
    await db.execute(sql`UPDATE sessions SET absolute_expires_at = now() - interval '1 second' WHERE username IN ('viewer', 'planner')`);
    const [zhRead, enRead] = await Promise.all([readToEnd(zhStream, 5000), readToEnd(enStream, 5000)]);
    expect(JSON.parse(zhRead.blocks.at(-1)!.data).message).toBe('登录已失效（已退出、过期、被停用或令牌已吊销），实时推送已停止，请重新登录');
    expect(JSON.parse(enRead.blocks.at(-1)!.data).message).toMatch(/^the session has ended/);
  });
});

describe('wall aggregates', () => {
  it('refuses a beat’s officer the district’s summary, naming his jurisdiction and where to see it, in Chinese', async () => {
    const officer = await loginAs('officer01');
    const res = await officer.request('/api/wall/summary');
    expect(res.status).toBe(403);
    const body = (await res.json()) as { message: string };
    const { db } = await getTestDatabase();
    const [beat] = await queryRows<{ name: string }>(db, sql`SELECT b.name FROM beats b JOIN users u ON u.username = 'officer01' WHERE b.code = u.scope_codes->>0`);
    expect(body.message).toBe(`指挥大屏显示全区汇总，只对全区范围的账号和大屏令牌开放；您的辖区是${beat.name}，请在地图和警情研判中查看本辖区`);
  });

  it('summarises the district without any personal data', async () => {
    const res = await commander.request('/api/wall/summary');
    expect(res.status).toBe(200);
    const text = await res.text();
    const s = JSON.parse(text) as WallSummary;
    expect(s.incidents.last7d).toBeGreaterThan(0);
    expect(s.hourWeekday).toHaveLength(7);
    expect(s.hourWeekday.every((row) => row.length === 24)).toBe(true);
    expect(s.hourWeekday.flat().reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
    expect(s.work.map((w) => w.kind).sort()).toEqual(['dispute_helped', 'legal_session', 'opinion_collected', 'population_check']);
    expect(s.verification.worstGrids).toHaveLength(5);
    expect(s.verification.districtCoverage).toBeGreaterThan(0);
    expect(s.verification.districtCoverage).toBeLessThanOrEqual(1);
    expect(Object.values(s.grades.counts).reduce((a, b) => a + b, 0)).toBe(208);
    // No phone number or ID number anywhere (digits after a decimal point are coordinates).
    expect(text).not.toMatch(/(?<![\d.])(1[3-9]\d{9}|\d{17}[\dX])(?!\d)/);
  });

  it('lists a new incident among the recent ones with when it was recorded, as its POST answered', async () => {
    const created = (await (await post(commander, { categoryCode: 'NOISE', source: '110', ...point })).json()) as LiveIncident;
    const s = (await (await commander.request('/api/wall/summary')).json()) as WallSummary;
    expect(s.recent.find((r) => r.id === created.id)?.recordedAt).toBe(created.recordedAt);
  });

  it('opens the feed on the last entered: a report back-dated three days, filed now, is first, and one a month old is not listed', async () => {
    const back = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    const monthOld = (await (await post(commander, { categoryCode: 'NOISE', source: '110', ...point, occurredAt: back(30) })).json()) as LiveIncident;
    const late = (await (await post(commander, { categoryCode: 'NOISE', source: '110', ...point, occurredAt: back(3) })).json()) as LiveIncident;
    const s = (await (await commander.request('/api/wall/summary')).json()) as WallSummary;
    expect(s.recent[0].id).toBe(late.id);
    expect(s.recent.map((r) => r.id)).not.toContain(monthOld.id);
  });

  it('records no demo incident on a later day than it happened: the demo has no late report (补录)', async () => {
    const { db } = await getTestDatabase();
    const [d] = await queryRows<{ late: number; early: number; median_s: number; max_s: number }>(
      db,
      sql`SELECT count(*) FILTER (WHERE (recorded_at AT TIME ZONE 'Asia/Shanghai')::date > (occurred_at AT TIME ZONE 'Asia/Shanghai')::date)::int AS late,
            count(*) FILTER (WHERE recorded_at < occurred_at)::int AS early,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM recorded_at - occurred_at))::float8 AS median_s,
            max(extract(epoch FROM recorded_at - occurred_at))::float8 AS max_s
          FROM incidents WHERE is_demo AND recorded_at <= (SELECT max(anchor)::timestamptz FROM datasets WHERE is_demo)`,
    );
    // The generated year, entered up to the demo's anchor: calls that demo accounts enter in other tests are demo rows
    // too, entered when the test runs, at whatever time they say.
    expect({ late: d.late, early: d.early }).toEqual({ late: 0, early: 0 });
    // Entered minutes after, as a desk would, not at the moment the demo was loaded.
    expect(Number(d.median_s)).toBeGreaterThanOrEqual(60);
    expect(Number(d.max_s)).toBeLessThanOrEqual(15 * 60);
  });

  it('gives every grid its measures for colouring', async () => {
    const rows = (await (await commander.request('/api/wall/grid-measures')).json()) as GridMeasure[];
    expect(rows).toHaveLength(208);
    expect(rows.every((r) => r.coverage >= 0 && r.coverage <= 1 && r.incidentsPer1000 >= 0)).toBe(true);
    expect(rows.some((r) => r.incidents30d > 0)).toBe(true);
  });
});
