import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FieldPatrol, FieldPingBatchResult } from '../../core/contracts/field';
import { queryRows, type Db } from '../../server/db/engine';
import { currentPatrolOf, eastOf, endOpenPatrol, isoAgo, newId, pointInGrid, postJson, scopeCodeOf, startPatrolOf } from '../support/field-fixtures';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

let db: Db;
let officer: TestClient, worker: TestClient, grid001: TestClient, viewer: TestClient;
let here: [number, number];
beforeAll(async () => {
  db = (await getTestDatabase()).db;
  [officer, worker, grid001, viewer] = await Promise.all(['officer01', 'worker001', 'grid001', 'viewer'].map((u) => loginAs(u)));
  here = await pointInGrid(db, await scopeCodeOf(worker));
});

const count = async (query: ReturnType<typeof sql>) => Number((await queryRows<{ n: number }>(db, query))[0].n);
const pingsOf = (id: string) => count(sql`SELECT count(*)::int AS n FROM field_pings WHERE patrol_id = ${id}`);

const start = (client: TestClient, startedAt = isoAgo(10 * 60_000)) => startPatrolOf(client, startedAt);

/** Two pings of a batch sent every 10 s, `ageMs` before now, 5 s apart, walking east. */
const batchOf = (patrolId: string, ageMs: number) => ({
  patrolId,
  pings: [0, 1].map((i) => ({ at: isoAgo(ageMs - i * 5000), position: eastOf(here, i * 6), accuracyM: 8 })),
});

describe('starting and ending a patrol', () => {
  it('the same start sent three times is one patrol: 201, then 200 replayed twice', async () => {
    await endOpenPatrol(officer);
    const body = { id: newId(), startedAt: isoAgo(60_000) };
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await postJson(officer, '/api/field/patrols', body));
    expect(answers.map((r) => r.status)).toEqual([201, 200, 200]);
    const [first, second] = (await Promise.all(answers.map((r) => r.json()))) as FieldPatrol[];
    expect(first).toMatchObject({ id: body.id, username: 'officer01', force: 'police', endedAt: null });
    expect(first.replayed).toBeUndefined();
    expect(second).toMatchObject({ id: body.id, replayed: true, startedAt: first.startedAt });
    expect(await count(sql`SELECT count(*)::int AS n FROM field_patrols WHERE id = ${body.id}`)).toBe(1);
  });

  it('the same id with another start time answers 409 and changes nothing', async () => {
    await endOpenPatrol(worker);
    const body = { id: newId(), startedAt: isoAgo(60_000) };
    expect((await postJson(worker, '/api/field/patrols', body)).status).toBe(201);
    const res = await postJson(worker, '/api/field/patrols', { ...body, startedAt: isoAgo(30_000) });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { message: string }).message).toContain('巡逻');
    const [row] = await queryRows<{ started_at: string }>(db, sql`SELECT to_json(started_at)#>>'{}' AS started_at FROM field_patrols WHERE id = ${body.id}`);
    expect(Date.parse(row.started_at)).toBe(Date.parse(body.startedAt));
  });

  it('a person walks one patrol at a time: a second start while one is open answers 409 saying since when, and stores nothing', async () => {
    const open = await start(worker, '2026-03-04T09:05:00+08:00');
    const second = newId();
    const res = await postJson(worker, '/api/field/patrols', { id: second, startedAt: isoAgo(0) });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { message: string }).message).toBe('您已有一次巡逻正在进行（2026-03-04 09:05 开始），请先结束它再开始新的巡逻');
    expect(await count(sql`SELECT count(*)::int AS n FROM field_patrols WHERE id = ${second}`)).toBe(0);
    expect((await currentPatrolOf(worker))?.id).toBe(open.id);
    // The open patrol's own start sent again (the phone's queue) is still answered as stored.
    expect((await postJson(worker, '/api/field/patrols', { id: open.id, startedAt: '2026-03-04T09:05:00+08:00' })).status).toBe(200);
    await postJson(worker, `/api/field/patrols/${open.id}/end`, { endedAt: isoAgo(0) });
    expect((await postJson(worker, '/api/field/patrols', { id: second, startedAt: isoAgo(0) })).status).toBe(201);
  });

  it('two starts by one person arriving at the same instant store one patrol; the other answers 409', async () => {
    await endOpenPatrol(officer);
    const ids = [newId(), newId(), newId()];
    const answers = await Promise.all(ids.map((id) => postJson(officer, '/api/field/patrols', { id, startedAt: isoAgo(0) })));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const refused = answers.find((r) => r.status === 409)!;
    expect(((await refused.json()) as { message: string }).message).toMatch(/^您已有一次巡逻正在进行/);
    expect(await count(sql`SELECT count(*)::int AS n FROM field_patrols WHERE username = 'officer01' AND ended_at IS NULL`)).toBe(1);
    await endOpenPatrol(officer);
  });

  it('a station’s shared patrol account may carry several units at once', async () => {
    const station = await loginAs('patrol');
    const [a, b] = [await start(station), (await postJson(station, '/api/field/patrols', { id: newId(), startedAt: isoAgo(0) }))];
    expect(a.endedAt).toBeNull();
    expect(b.status).toBe(201);
  });

  it('grid staff patrol as the grid force, police roles as police', async () => {
    expect((await start(worker)).force).toBe('grid');
    expect((await start(grid001)).force).toBe('grid');
    expect((await start(officer)).force).toBe('police');
  });

  it('refuses the viewer, and a route the caller cannot see (404, nothing stored)', async () => {
    expect((await postJson(viewer, '/api/field/patrols', { id: newId(), startedAt: isoAgo(0) })).status).toBe(403);
    const id = newId();
    const res = await postJson(worker, '/api/field/patrols', { id, startedAt: isoAgo(0), routeId: newId() });
    expect(res.status).toBe(404);
    expect(await count(sql`SELECT count(*)::int AS n FROM field_patrols WHERE id = ${id}`)).toBe(0);
  });

  it('current answers the open patrol; ending it is for its owner only, and a replayed end answers the same', async () => {
    const p = await start(worker, isoAgo(1000)); // the latest start: the one open patrol it leaves
    expect(((await (await worker.request('/api/field/patrols/current')).json()) as { patrol: FieldPatrol }).patrol?.id).toBe(p.id);
    const end = { endedAt: isoAgo(0) };
    expect((await postJson(officer, `/api/field/patrols/${p.id}/end`, end)).status).toBe(404);
    const ended = await postJson(worker, `/api/field/patrols/${p.id}/end`, end);
    expect(ended.status).toBe(200);
    expect(((await ended.json()) as FieldPatrol).endedAt).toBe(new Date(end.endedAt).toISOString());
    const again = (await (await postJson(worker, `/api/field/patrols/${p.id}/end`, end)).json()) as FieldPatrol;
    expect(again.replayed).toBe(true);
    expect(await currentPatrolOf(worker)).toBeNull();
  });
});

describe('ping batches', () => {
  it('the same batch sent three times stores one set of rows, and tells what was already stored', async () => {
    const p = await start(officer);
    const batch = batchOf(p.id, 60_000);
    const results: FieldPingBatchResult[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await postJson(officer, '/api/field/pings', batch);
      expect(res.status).toBe(200);
      results.push((await res.json()) as FieldPingBatchResult);
    }
    expect(results).toEqual([{ stored: 2, alreadyStored: 0 }, { stored: 0, alreadyStored: 2 }, { stored: 0, alreadyStored: 2 }]);
    expect(await pingsOf(p.id)).toBe(2);
  });

  it('appends one live event for the wall a stored batch, none for a replay, and names no one in it', async () => {
    const p = await start(worker);
    const batch = batchOf(p.id, 30_000);
    const before = await count(sql`SELECT count(*)::int AS n FROM live_events WHERE kind = 'field_presence'`);
    for (let i = 0; i < 3; i++) await postJson(worker, '/api/field/pings', batch);
    expect(await count(sql`SELECT count(*)::int AS n FROM live_events WHERE kind = 'field_presence'`)).toBe(before + 1);
    const [e] = await queryRows<{ payload: unknown }>(db, sql`SELECT payload FROM live_events WHERE kind = 'field_presence' ORDER BY id DESC LIMIT 1`);
    const payload = (typeof e.payload === 'string' ? JSON.parse(e.payload) : e.payload) as Record<string, unknown>;
    expect(payload).toMatchObject({ force: 'grid', source: 'pings', count: 2, gridCodes: [await scopeCodeOf(worker)] });
    expect(JSON.stringify(payload)).not.toContain('worker001');
  });

  it('refuses a batch with one ping before the start, naming that ping, and stores none of it', async () => {
    const p = await start(worker, isoAgo(5 * 60_000));
    const batch = { patrolId: p.id, pings: [
      { at: isoAgo(60_000), position: here, accuracyM: 5 },
      { at: isoAgo(6 * 60_000), position: here, accuracyM: 5 },
    ] };
    const res = await postJson(worker, '/api/field/pings', batch);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { message: string; issues: { field: string }[] };
    expect(body.message).toContain('第 2 个定位点');
    expect(body.message).toContain('早于巡逻开始时间');
    expect(body.issues[0].field).toBe('pings.1.at');
    expect(await pingsOf(p.id)).toBe(0);
  });

  it('refuses pings after the patrol ended and pings more than 2 minutes ahead of the server’s clock', async () => {
    const p = await start(officer, isoAgo(10 * 60_000));
    expect((await postJson(officer, '/api/field/pings', { patrolId: p.id, pings: [{ at: isoAgo(-3 * 60_000), position: here, accuracyM: 5 }] })).status).toBe(422);
    await postJson(officer, `/api/field/patrols/${p.id}/end`, { endedAt: isoAgo(2 * 60_000) });
    const late = await postJson(officer, '/api/field/pings', { patrolId: p.id, pings: [{ at: isoAgo(60_000), position: here, accuracyM: 5 }] });
    expect(late.status).toBe(422);
    expect(((await late.json()) as { message: string }).message).toContain('晚于巡逻结束时间');
    // Pings taken before the end and sent after it (an offline queue) are still taken.
    expect((await postJson(officer, '/api/field/pings', { patrolId: p.id, pings: [{ at: isoAgo(3 * 60_000), position: here, accuracyM: 5 }] })).status).toBe(200);
    expect(await pingsOf(p.id)).toBe(1);
  });

  it('refuses pings for another person’s patrol, or for no patrol at all', async () => {
    const p = await start(officer);
    expect((await postJson(worker, '/api/field/pings', batchOf(p.id, 10_000))).status).toBe(404);
    expect((await postJson(worker, '/api/field/pings', batchOf(newId(), 10_000))).status).toBe(404);
    expect(await pingsOf(p.id)).toBe(0);
  });
});

describe('the audit log', () => {
  const auditOf = (patrolId: string) =>
    queryRows<{ action: string; outcome: string; username: string; records: string[] }>(db, sql`SELECT action, outcome, username, records FROM audit_log
      WHERE records @> ${JSON.stringify([`field_patrol:${patrolId}`])}::jsonb ORDER BY id`);

  it('names a patrol’s start, pings and end for what they were, refused ones too, never as a bare write', async () => {
    await endOpenPatrol(worker);
    const p = await start(worker, isoAgo(60_000));
    expect((await postJson(worker, '/api/field/pings', batchOf(p.id, 30_000))).status).toBe(200);
    expect((await postJson(officer, `/api/field/pings`, batchOf(p.id, 20_000))).status).toBe(404);
    expect((await postJson(worker, `/api/field/patrols/${p.id}/end`, { endedAt: isoAgo(0) })).status).toBe(200);
    const rows = await auditOf(p.id);
    expect(rows.map((r) => [r.action, r.username, r.outcome])).toEqual([
      ['field_patrol_start', 'worker001', 'success'],
      ['field_pings', 'worker001', 'success'],
      ['field_pings', 'officer01', 'failed'],
      ['field_patrol_end', 'worker001', 'success'],
    ]);
    expect(rows[1].records).toEqual([`field_patrol:${p.id}`, 'items:2']);
    // A refused start is logged before its body is read: by who asked and the route.
    expect((await postJson(viewer, '/api/field/patrols', { id: newId(), startedAt: isoAgo(0) })).status).toBe(403);
    const [last] = await queryRows<{ action: string; outcome: string }>(db, sql`SELECT action, outcome FROM audit_log
      WHERE username = 'viewer' AND route = '/api/field/patrols' ORDER BY id DESC LIMIT 1`);
    expect(last).toEqual({ action: 'field_patrol_start', outcome: 'denied' });
  });
});
