import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IncidentBatchRefusal, IncidentBatchResult } from '../../core/contracts/incident-write';
import { liveChannel } from '../../core/contracts/live';
import { queryRows } from '../../server/db/engine';
import { findLiveEventsAfter, latestLiveEventId } from '../../server/live/live-events.repo';
import { countWrites, externalIdMaker, pointsInGrids, type GridPoint } from '../support/incident-points';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

let commander: TestClient;
let points: GridPoint[];
const externalId = externalIdMaker('batch');
beforeAll(async () => {
  commander = await loginAs('commander');
  points = await pointsInGrids(20);
});

const categories = ['THEFT_RES', 'FIGHT', 'NOISE'];
/** `count` good items spread over the grids, numbered under `label`. */
const items = (label: string, count: number) =>
  Array.from({ length: count }, (_, n) => {
    const p = points[n % points.length];
    return { externalId: externalId(`${label}-${n}`), categoryCode: categories[n % 3], source: '110', lng: p.lng, lat: p.lat, occurredAt: new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString() };
  });

const send = (body: string, type = 'application/json', language = 'zh-CN') =>
  commander.request('/api/incidents/batch', { method: 'POST', headers: { 'content-type': type, 'accept-language': language }, body });
const sendJson = (values: unknown[], language?: string) => send(JSON.stringify(values), 'application/json', language);

describe('POST /api/incidents/batch', () => {
  it('registers a JSON array in its grids, in the order sent, with a live event for each', async () => {
    const { db } = await getTestDatabase();
    const since = await latestLiveEventId(db);
    const batch = items('json', 40);
    const res = await sendJson(batch);
    expect(res.status).toBe(201);
    const result = (await res.json()) as IncidentBatchResult;
    expect([result.created, result.replayed]).toEqual([40, 0]);
    expect(result.incidents.map((i) => i.externalId)).toEqual(batch.map((b) => b.externalId));
    expect(result.incidents.map((i) => i.gridCode)).toEqual(batch.map((_, n) => points[n % points.length].grid));
    const events = (await findLiveEventsAfter(db, since)).filter((e) => e.kind === 'incident');
    expect(events.map((e) => e.payload.id).sort((a, b) => a - b)).toEqual(result.incidents.map((i) => i.id).sort((a, b) => a - b));
  });

  it('reads NDJSON, one incident a line, blank lines skipped', async () => {
    const batch = items('ndjson', 5);
    const res = await send(`${batch.map((b) => JSON.stringify(b)).join('\n')}\n\n`, 'application/x-ndjson');
    expect(res.status).toBe(201);
    expect(((await res.json()) as IncidentBatchResult).created).toBe(5);
  });

  it('answers a whole batch sent again with the same incidents and adds no row and no live event', async () => {
    const { db } = await getTestDatabase();
    const batch = items('replay', 30);
    const first = (await (await sendJson(batch)).json()) as IncidentBatchResult;
    const before = await countWrites();
    const since = await latestLiveEventId(db);
    const res = await sendJson(batch);
    expect(res.status).toBe(201);
    const again = (await res.json()) as IncidentBatchResult;
    expect([again.created, again.replayed]).toEqual([0, 30]);
    expect(again.incidents.map((i) => i.id)).toEqual(first.incidents.map((i) => i.id));
    expect(again.incidents.every((i) => i.replayed)).toBe(true);
    expect(await countWrites()).toEqual(before);
    expect(await latestLiveEventId(db)).toBe(since);
  });

  it('answers a repeated externalId within a batch as a replay of its first item', async () => {
    const [a, b] = items('repeat', 2);
    const res = await sendJson([a, b, a]);
    const result = (await res.json()) as IncidentBatchResult;
    expect([result.created, result.replayed]).toEqual([2, 1]);
    expect(result.incidents[2]).toEqual({ ...result.incidents[0], replayed: true });
  });

  it('writes nothing when one item is malformed, and names it by number in Chinese first', async () => {
    const batch: unknown[] = items('malformed', 6);
    batch[3] = { ...(batch[3] as object), lat: 'north' };
    const before = await countWrites();
    const res = await sendJson(batch);
    expect(res.status).toBe(400);
    const refusal = (await res.json()) as IncidentBatchRefusal;
    expect(refusal.items).toEqual([expect.objectContaining({ item: 4, field: 'lat' })]);
    expect(refusal.message).toMatch(/^1 条警情格式有误，未写入任何警情。第 4 条：纬度/);
    expect(await countWrites()).toEqual(before);
  });

  it('lists an NDJSON line that is not JSON together with the other lines’ problems, by line, and writes nothing', async () => {
    const batch = items('ndjson-mixed', 4).map((b) => JSON.stringify(b));
    batch[1] = '{"externalId": "cut off';
    batch[3] = JSON.stringify({ ...JSON.parse(batch[3]), lat: 'north' });
    const before = await countWrites();
    const res = await send(['', ...batch].join('\n'), 'application/x-ndjson');
    expect(res.status).toBe(400);
    const refusal = (await res.json()) as IncidentBatchRefusal;
    expect(refusal.items.map((p) => [p.item, p.field])).toEqual([[3, 'body'], [5, 'lat']]);
    expect(refusal.message).toMatch(/^2 条警情格式有误，未写入任何警情。第 3 条：请求内容：不是有效的 JSON；第 5 条：纬度/);
    expect(await countWrites()).toEqual(before);
  });

  it('refuses the whole batch (422) when an item lies outside the grids or has no such category, listing each', async () => {
    const batch = items('refused', 8);
    batch[1] = { ...batch[1], lng: 100, lat: 20 };
    batch[6] = { ...batch[6], categoryCode: 'NO_SUCH_CODE' };
    const before = await countWrites();
    const res = await sendJson(batch, 'en');
    expect(res.status).toBe(422);
    const refusal = (await res.json()) as IncidentBatchRefusal;
    expect(refusal.items.map((p) => [p.item, p.reason])).toEqual([[2, 'outside_grids'], [7, 'unknown_category']]);
    expect(refusal.message).toMatch(/^2 incident\(s\) refused; nothing was written/);
    expect(await countWrites()).toEqual(before);
  });

  it('refuses an officer the items outside their beat, and writes none of the batch', async () => {
    const officer = await loginAs('officer01');
    const { db } = await getTestDatabase();
    const [inside] = await queryRows<{ lng: number; lat: number }>(
      db,
      sql`SELECT ST_X(ST_PointOnSurface(g.geom)) AS lng, ST_Y(ST_PointOnSurface(g.geom)) AS lat FROM grids g
          WHERE g.code IN (SELECT grid_code FROM beat_grids WHERE beat_code = (SELECT scope_codes->>0 FROM users WHERE username = 'officer01')) LIMIT 1`,
    );
    const beatCodes = await queryRows<{ code: string }>(db, sql`SELECT grid_code AS code FROM beat_grids WHERE beat_code = (SELECT scope_codes->>0 FROM users WHERE username = 'officer01')`);
    const outside = points.find((p) => !beatCodes.some((b) => b.code === p.grid))!;
    const batch = [
      { externalId: externalId('officer-in'), categoryCode: 'NOISE', source: 'patrol', lng: Number(inside.lng), lat: Number(inside.lat) },
      { externalId: externalId('officer-out'), categoryCode: 'NOISE', source: 'patrol', lng: outside.lng, lat: outside.lat },
    ];
    const before = await countWrites();
    const res = await officer.request('/api/incidents/batch', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch) });
    expect(res.status).toBe(422);
    expect(((await res.json()) as IncidentBatchRefusal).items.map((p) => [p.item, p.reason])).toEqual([[2, 'outside_scope']]);
    expect(await countWrites()).toEqual(before);
  });

  it('announces a batch of 1,500 with one NOTIFY per chunk of 1,000, and audits it in one row', async () => {
    const database = await getTestDatabase();
    const notes: string[] = [];
    const unlisten = await database.listen(liveChannel, (payload) => notes.push(payload));
    try {
      const res = await sendJson(items('chunks', 1500));
      expect(res.status).toBe(201);
      const result = (await res.json()) as IncidentBatchResult;
      expect(result.created).toBe(1500);
      const deadline = Date.now() + 3000;
      while (notes.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      expect(notes).toHaveLength(2);
      const [audit] = await queryRows<{ n: number; records: string[] }>(
        database.db,
        sql`SELECT count(*) OVER ()::int AS n, records FROM audit_log WHERE route = '/api/incidents/batch' AND records @> '["items:1500"]'::jsonb`,
      );
      expect(Number(audit.n)).toBe(1);
      expect(audit.records).toEqual(['items:1500', 'created:1500', 'replayed:0']);
    } finally {
      await unlisten();
    }
  });

  it('answers 415 for another content type, 400 for a body that is not an array, and 413 past 5,000 items', async () => {
    expect((await send('externalId,lng', 'text/csv')).status).toBe(415);
    expect((await send('{"categoryCode":"NOISE"}')).status).toBe(400);
    expect((await send('[]')).status).toBe(400);
    const tooMany = await sendJson(Array.from({ length: 5001 }, () => ({})));
    expect(tooMany.status).toBe(413);
    expect(((await tooMany.json()) as { message: string }).message).toContain('5000');
  });
});
