import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FieldReportInboxItem, FieldReportView } from '../../core/contracts/field';
import { queryRows, type Db } from '../../server/db/engine';
import { isoAgo, newId, pointInGrid, postJson, scopeCodeOf, tinyJpeg } from '../support/field-fixtures';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

let db: Db;
let worker: TestClient, grid001: TestClient, officer: TestClient, viewer: TestClient;
let here: [number, number];
beforeAll(async () => {
  db = (await getTestDatabase()).db;
  [worker, grid001, officer, viewer] = await Promise.all(['worker001', 'grid001', 'officer01', 'viewer'].map((u) => loginAs(u)));
  here = await pointInGrid(db, await scopeCodeOf(worker));
});

const report = (over: Record<string, unknown> = {}) => ({
  id: newId(), category: 'dispute', text: '两户邻居因楼道堆物发生争吵', createdAt: isoAgo(60_000), position: here, photos: [tinyJpeg.toString('base64')], ...over,
});
const rowsOf = async (table: 'field_reports' | 'field_report_media', column: 'id' | 'report_id', id: string) =>
  Number((await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${sql.raw(table)} WHERE ${sql.raw(column)} = ${id}`))[0].n);

async function send(body = report()): Promise<FieldReportView> {
  const res = await postJson(worker, '/api/field/reports', body);
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as FieldReportView;
}

describe('sending a 随手拍 report', () => {
  it('the same report sent three times is one report with one photo', async () => {
    const body = report();
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await postJson(worker, '/api/field/reports', body));
    expect(answers.map((r) => r.status)).toEqual([201, 200, 200]);
    expect(((await answers[1].json()) as FieldReportView)).toMatchObject({ id: body.id, replayed: true, photoCount: 1, status: 'received' });
    expect(await rowsOf('field_reports', 'id', body.id)).toBe(1);
    expect(await rowsOf('field_report_media', 'report_id', body.id)).toBe(1);
  });

  it('files the report under the grid of its point, and keeps no point when none was sent', async () => {
    const withPoint = await send();
    const without = await send(report({ position: undefined }));
    const rows = await queryRows<{ id: string; grid_code: string; has_point: boolean }>(db, sql`SELECT id::text, grid_code, geom IS NOT NULL AS has_point FROM field_reports WHERE id IN (${withPoint.id}, ${without.id})`);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId[withPoint.id]).toMatchObject({ grid_code: await scopeCodeOf(worker), has_point: true });
    expect(byId[without.id].has_point).toBe(false);
  });

  it('refuses a photo that is not a JPEG, naming it, and stores nothing', async () => {
    const body = report({ photos: [tinyJpeg.toString('base64'), Buffer.from('GIF89a not a jpeg').toString('base64')] });
    const res = await postJson(worker, '/api/field/reports', body);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { message: string }).message).toContain('第 2 张照片不是 JPEG');
    expect(await rowsOf('field_reports', 'id', body.id)).toBe(0);
  });

  it('serves the photo to its sender and the handlers of its grid, not to others', async () => {
    const sent = await send();
    const res = await worker.request(`/api/field/reports/${sent.id}/photos/0`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await res.arrayBuffer()).equals(tinyJpeg)).toBe(true);
    expect((await grid001.request(`/api/field/reports/${sent.id}/photos/0`)).status).toBe(200);
    expect((await worker.request(`/api/field/reports/${sent.id}/photos/1`)).status).toBe(404);
    expect((await viewer.request(`/api/field/reports/${sent.id}/photos/0`)).status).toBe(403);
  });
});

describe('handling a report', () => {
  it('as a dispute: a dispute is registered at the report’s point, and the sender sees the handling and the note', async () => {
    const sent = await send();
    const inbox = (await (await grid001.request('/api/field/reports')).json()) as FieldReportInboxItem[];
    expect(inbox.find((r) => r.id === sent.id)).toMatchObject({ status: 'received', senderName: expect.any(String), position: here });
    const res = await postJson(grid001, `/api/field/reports/${sent.id}/handle`, { as: 'dispute', note: '已登记，社区调解员跟进' });
    expect(res.status, await res.clone().text()).toBe(200);
    const handled = (await res.json()) as FieldReportInboxItem;
    expect(handled.handledRef).toMatch(/^MD\d+$/);
    const [d] = await queryRows<{ summary: string; registered_by: string; source: string; near: boolean }>(db, sql`SELECT summary, registered_by, source,
      ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint(${here[0]}, ${here[1]}), 4326)::geography, 1) AS near FROM disputes WHERE code = ${handled.handledRef}`);
    expect(d).toEqual({ summary: sent.text, registered_by: 'grid001', source: 'grid_worker', near: true });
    const mine = (await (await worker.request('/api/field/reports/mine')).json()) as FieldReportView[];
    expect(mine.find((r) => r.id === sent.id)).toMatchObject({ status: 'handled', handledAs: 'dispute', handlingNote: '已登记，社区调解员跟进' });
    // Handled once: a second handling is refused, and no second dispute is made.
    const again = await postJson(grid001, `/api/field/reports/${sent.id}/handle`, { as: 'dispute', note: '' });
    expect(again.status).toBe(409);
  });

  it('as a registry correction: a collection task goes to a grid worker of the report’s grid', async () => {
    const sent = await send(report({ category: 'registry', text: '3 栋 2 单元新搬来住户未登记' }));
    const res = await postJson(grid001, `/api/field/reports/${sent.id}/handle`, { as: 'registry', note: '请一周内核实' });
    expect(res.status, await res.clone().text()).toBe(200);
    const { handledRef } = (await res.json()) as FieldReportInboxItem;
    const [task] = await queryRows<{ grid_code: string; status: string; note: string }>(db, sql`SELECT grid_code, status, note FROM collection_tasks WHERE id = ${handledRef}::uuid`);
    expect(task).toMatchObject({ grid_code: await scopeCodeOf(worker), status: 'open' });
    expect(task.note).toContain(sent.text);
  });

  it('as an incident lead or dismissed: kept on the report, which the sender reads', async () => {
    const lead = await send(report({ category: 'incident_lead' }));
    const junk = await send(report({ category: 'other' }));
    expect((await postJson(officer, `/api/field/reports/${lead.id}/handle`, { as: 'incident_lead', note: '转派出所研判' })).status).toBe(200);
    expect((await postJson(grid001, `/api/field/reports/${junk.id}/handle`, { as: 'dismissed', note: '重复上报' })).status).toBe(200);
    const mine = (await (await worker.request('/api/field/reports/mine')).json()) as FieldReportView[];
    expect(mine.find((r) => r.id === lead.id)).toMatchObject({ status: 'handled', handledAs: 'incident_lead', handlingNote: '转派出所研判' });
    expect(mine.find((r) => r.id === junk.id)).toMatchObject({ status: 'dismissed', handledAs: 'dismissed' });
  });

  it('refuses 不予处理 without a note saying why (400 in Chinese), and the report waits as it was', async () => {
    const sent = await send(report({ category: 'other' }));
    for (const note of [undefined, '', '   ']) {
      const res = await postJson(grid001, `/api/field/reports/${sent.id}/handle`, { as: 'dismissed', ...(note === undefined ? {} : { note }) });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toBe('说明：不予处理须写明理由，上报人会看到这段说明');
    }
    const mine = (await (await worker.request('/api/field/reports/mine')).json()) as FieldReportView[];
    expect(mine.find((r) => r.id === sent.id)).toMatchObject({ status: 'received', handledAs: null, handlingNote: null, handledAt: null });
  });

  it('a grid worker may not handle reports', async () => {
    const sent = await send();
    expect((await postJson(worker, `/api/field/reports/${sent.id}/handle`, { as: 'dismissed', note: '重复上报' })).status).toBe(403);
  });
});
