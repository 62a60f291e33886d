import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WrittenIncident } from '../../core/contracts/incident-write';
import { queryRows } from '../../server/db/engine';
import { countWrites, externalIdMaker, pointsInGrids, type GridPoint } from '../support/incident-points';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

let commander: TestClient;
let point: GridPoint;
const externalId = externalIdMaker('idem');
beforeAll(async () => {
  commander = await loginAs('commander');
  [point] = await pointsInGrids(1);
});

const post = (body: unknown, language = 'zh-CN') =>
  commander.request('/api/incidents', { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': language }, body: JSON.stringify(body) });

async function incidentsUnder(key: string): Promise<number> {
  const { db } = await getTestDatabase();
  const [r] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM incident_external_ids WHERE external_id = ${key}`);
  return Number(r.n);
}

describe('POST /api/incidents with an externalId', () => {
  it('answers a retry with the incident the first call registered, and adds none', async () => {
    const body = { externalId: externalId('retry'), categoryCode: 'THEFT_RES', source: '110', lng: point.lng, lat: point.lat, occurredAt: new Date(Date.now() - 17 * 86_400_000).toISOString() };
    const first = await post(body);
    expect(first.status).toBe(201);
    const original = (await first.json()) as WrittenIncident;
    expect(original).toMatchObject({ externalId: body.externalId, gridCode: point.grid });
    expect(original).not.toHaveProperty('replayed');
    const before = await countWrites();
    const again = await post(body);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await again.json()) as WrittenIncident).toEqual({ ...original, replayed: true });
    expect(await countWrites()).toEqual(before);
  });

  it('registers one incident when ten identical calls arrive at once', async () => {
    const body = { externalId: externalId('race'), categoryCode: 'FIGHT', source: '110', lng: point.lng, lat: point.lat };
    const before = await countWrites();
    const answers = await Promise.all(Array.from({ length: 10 }, () => post(body)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const incidents = (await Promise.all(answers.map((a) => a.json()))) as WrittenIncident[];
    expect(new Set(incidents.map((i) => i.id)).size).toBe(1);
    expect(incidents.filter((i) => i.replayed !== true)).toHaveLength(1);
    expect(await countWrites()).toEqual({ incidents: before.incidents + 1, keys: before.keys + 1 });
    expect(await incidentsUnder(body.externalId)).toBe(1);
  });

  it('answers a retry without occurredAt with the time the server gave the first call', async () => {
    const body = { externalId: externalId('now'), categoryCode: 'NOISE', source: 'patrol', lng: point.lng, lat: point.lat };
    const original = (await (await post(body)).json()) as WrittenIncident;
    const again = await post(body);
    expect(again.status).toBe(200);
    expect(((await again.json()) as WrittenIncident).occurredAt).toBe(original.occurredAt);
  });

  it('refuses the same externalId with different content (409), in Chinese first, and writes nothing', async () => {
    const body = { externalId: externalId('conflict'), categoryCode: 'THEFT_RES', source: '110', lng: point.lng, lat: point.lat };
    expect((await post(body)).status).toBe(201);
    const before = await countWrites();
    const changed = await post({ ...body, categoryCode: 'FIGHT' });
    expect(changed.status).toBe(409);
    const refusal = (await changed.json()) as { error: string; message: string; issues: { field: string }[] };
    expect(refusal.error).toBe('external_id_conflict');
    expect(refusal.issues[0].field).toBe('externalId');
    expect(refusal.message).toContain('接警单号');
    expect(refusal.message).toContain(body.externalId);
    const english = await post({ ...body, lng: point.lng + 0.0001 }, 'en');
    expect(english.status).toBe(409);
    expect(((await english.json()) as { message: string }).message).toMatch(/different content/);
    expect(await countWrites()).toEqual(before);
  });

  it('refuses a scoped officer the retry of an incident outside their beat (403), telling nothing of it', async () => {
    const officer = await loginAs('officer01');
    const { db } = await getTestDatabase();
    const [outside] = await queryRows<{ lng: number; lat: number }>(db, sql`SELECT ST_X(ST_PointOnSurface(g.geom)) AS lng, ST_Y(ST_PointOnSurface(g.geom)) AS lat
      FROM grids g JOIN grid_plans p ON p.id = g.plan_id AND p.status = 'published'
      WHERE g.code NOT IN (SELECT grid_code FROM beat_grids WHERE beat_code IN (SELECT jsonb_array_elements_text(scope_codes) FROM users WHERE username = 'officer01'))
      ORDER BY g.code LIMIT 1`);
    const body = { externalId: externalId('elsewhere'), categoryCode: 'NOISE', source: '110', lng: Number(outside.lng), lat: Number(outside.lat), occurredAt: new Date(Date.now() - 16 * 86_400_000).toISOString() };
    expect((await post(body)).status).toBe(201);
    const before = await countWrites();
    for (const attempt of [body, { ...body, categoryCode: 'FIGHT' }]) {
      const res = await officer.request('/api/incidents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(attempt) });
      expect(res.status, attempt.categoryCode).toBe(403);
      const answer = (await res.json()) as { message: string; id?: number };
      expect(answer.id).toBeUndefined();
      expect(answer.message).toMatch(/^[\u4e00-\u9fff]/);
    }
    expect(await countWrites()).toEqual(before);
  });

  it('answers 400 naming externalId when it is not 1–64 letters, digits or _-:.', async () => {
    const res = await post({ externalId: 'has space', categoryCode: 'THEFT_RES', source: '110', lng: point.lng, lat: point.lat });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { message: string; issues: { field: string }[] };
    expect(body.issues[0].field).toBe('externalId');
    expect(body.message).toContain('接警单号');
    expect((await post({ externalId: 'x'.repeat(65), categoryCode: 'THEFT_RES', source: '110', lng: point.lng, lat: point.lat })).status).toBe(400);
  });

  it('answers 400 for an incident timed in the future, writing nothing, and takes one a few seconds ahead', async () => {
    const before = await countWrites();
    const ahead = new Date(Date.now() + 3.5 * 3_600_000).toISOString();
    const res = await post({ categoryCode: 'NOISE', source: '110', lng: point.lng, lat: point.lat, occurredAt: ahead });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { message: string; issues: { field: string }[] };
    expect(body.issues.map((i) => i.field)).toEqual(['occurredAt']);
    expect(body.message).toContain('发生时间：不能晚于现在');
    expect(await countWrites()).toEqual(before);
    // A dispatch clock a little ahead of the server's is not refused.
    const skewed = new Date(Date.now() + 20_000).toISOString();
    expect((await post({ categoryCode: 'NOISE', source: '110', lng: point.lng, lat: point.lat, occurredAt: skewed })).status).toBe(201);
  });

  it('answers 400 for an incident timed more than a year back (a mistyped year), writing nothing', async () => {
    const before = await countWrites();
    for (const occurredAt of ['1990-01-01T00:00:00Z', new Date(Date.now() - 367 * 86_400_000).toISOString()]) {
      const res = await post({ categoryCode: 'NOISE', source: '110', lng: point.lng, lat: point.lat, occurredAt });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { message: string; issues: { field: string }[] };
      expect(body.issues.map((i) => i.field)).toEqual(['occurredAt']);
      expect(body.message).toContain('发生时间：不能早于 366 天前（请核对年份；更早的历史警情请批量导入）');
    }
    expect(await countWrites()).toEqual(before);
    // A late report (补录) of last month is taken.
    const lastMonth = new Date(Date.now() - 30 * 86_400_000).toISOString();
    expect((await post({ categoryCode: 'NOISE', source: '110', lng: point.lng, lat: point.lat, occurredAt: lastMonth })).status).toBe(201);
  });

  it('tells a sender whose JSON went out as text/plain to send it as JSON (415), not that every field is missing', async () => {
    const before = await countWrites();
    const body = JSON.stringify({ categoryCode: 'NOISE', source: '110', lng: point.lng, lat: point.lat });
    const res = await commander.request('/api/incidents', { method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8' }, body });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { message: string }).message).toBe('内容类型：请求内容须以 JSON 发送（Content-Type: application/json），收到的是 text/plain');
    expect(await countWrites()).toEqual(before);
    // application/json with a charset is JSON.
    const ok = await commander.request('/api/incidents', { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body });
    expect(ok.status).toBe(201);
  });

  it('still registers a new incident on every call without an externalId', async () => {
    const body = { categoryCode: 'THEFT_RES', source: '110', lng: point.lng, lat: point.lat };
    const a = (await (await post(body)).json()) as WrittenIncident;
    const b = (await (await post(body)).json()) as WrittenIncident;
    expect(b.id).not.toBe(a.id);
    expect(Object.keys(a).sort()).toEqual(['beatCode', 'categoryCode', 'externalId', 'gridCode', 'id', 'lat', 'lng', 'occurredAt', 'recordedAt']);
    expect(a.externalId).toBeNull();
    expect(b).not.toHaveProperty('replayed');
  });
});
