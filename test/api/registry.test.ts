import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../core/contracts/auth';
import type { CollectionTask, FreshnessAnswer, GridFreshness, RegistryBuilding, VerificationVisit } from '../../core/contracts/registry';
import { queryRows, type Db } from '../../server/db/engine';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

let db: Db;
let grid001: TestClient;
let worker001: TestClient;
let commander: TestClient;
let gridCode: string;
let otherGrid: string;
let workerId: string;
const touched = new Set<string>(); // buildings whose records a visit refreshed, restored after the file
const snapshots: { table: string; key: string; rows: { k: string; v: string | null }[] }[] = [];
beforeAll(async () => {
  db = (await getTestDatabase()).db;
  [grid001, worker001, commander] = [await loginAs('grid001'), await loginAs('worker001'), await loginAs('commander')];
  gridCode = ((await (await grid001.request('/api/auth/me')).json()) as Me).scope.codes[0];
  [{ code: otherGrid }] = await queryRows<{ code: string }>(db, sql`SELECT code FROM grids WHERE code <> ${gridCode} ORDER BY code LIMIT 1`);
  [{ id: workerId }] = await queryRows<{ id: string }>(db, sql`SELECT person_id AS id FROM users WHERE username = 'worker001'`);
});
afterAll(async () => {
  // Put back what the visits changed, so that other files see the seeded figures.
  for (const s of snapshots) {
    await db.execute(sql`UPDATE ${sql.raw(s.table)} x SET verified_at = r.v FROM json_to_recordset(${JSON.stringify(s.rows)}::json) AS r(k text, v timestamptz)
      WHERE x.${sql.raw(s.key)} = r.k`);
  }
  await db.execute(sql`DELETE FROM verification_visits WHERE by_username IN ('worker001', 'grid001')`);
  await db.execute(sql`DELETE FROM collection_tasks WHERE created_by <> 'demo-seed'`);
});

/** Remembers the verification dates of a building's records before a test visits it. */
async function snapshot(building: string) {
  if (touched.has(building)) return;
  touched.add(building);
  for (const [table, key] of [['buildings', 'code'], ['addresses', 'code'], ['residents', 'id'], ['houses', 'code'], ['organisations', 'code']]) {
    const col = table === 'buildings' ? 'code' : 'building_code';
    const rows = await queryRows<{ k: string; v: string | null }>(db, sql`SELECT ${sql.raw(key)} AS k, verified_at::text AS v FROM ${sql.raw(table)} WHERE ${sql.raw(col)} = ${building}`);
    snapshots.push({ table, key, rows });
  }
}

const json = (method: string, body: unknown): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const get = async <T>(client: TestClient, path: string, status = 200): Promise<T> => {
  const res = await client.request(path);
  expect(res.status).toBe(status);
  return (await res.json()) as T;
};
const gridRow = async (client: TestClient) => (await get<Extract<FreshnessAnswer, { level: 'grids' }>>(client, '/api/registry/freshness')).rows.find((r) => r.gridCode === gridCode)!;
const localDate = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('freshness', () => {
  it('answers one row per grid of the caller’s jurisdiction, counted as the database holds it', async () => {
    const answer = await get<FreshnessAnswer>(grid001, '/api/registry/freshness');
    expect(answer.level).toBe('grids');
    expect(answer.rows.map((r) => (r as GridFreshness).gridCode)).toEqual([gridCode]);
    const row = answer.rows[0] as GridFreshness;
    const [db1] = await queryRows<{ residents: number; floating: number; houses: number; rented: number; buildings: number }>(db, sql`SELECT
      (SELECT count(*)::int FROM residents WHERE grid_code = ${gridCode} AND moved_out_on IS NULL) AS residents,
      (SELECT count(*)::int FROM residents WHERE grid_code = ${gridCode} AND moved_out_on IS NULL AND kind = 'floating') AS floating,
      (SELECT count(*)::int FROM houses h JOIN buildings b ON b.code = h.building_code WHERE b.grid_code = ${gridCode}) AS houses,
      (SELECT count(*)::int FROM houses h JOIN buildings b ON b.code = h.building_code WHERE b.grid_code = ${gridCode} AND h.use = 'rented') AS rented,
      (SELECT count(*)::int FROM buildings WHERE grid_code = ${gridCode}) AS buildings`);
    expect(row).toMatchObject({ residents: db1.residents, floating: db1.floating, houses: db1.houses, rented: db1.rented, buildings: db1.buildings, buildingsWithAddress: db1.buildings, coverage: 1 });
    expect(row.floatingShare).toBeCloseTo(db1.floating / db1.residents, 4);
    expect(row.residentsVerifiedShare).toBeGreaterThan(0);
    expect(row.residentsVerifiedShare).toBeLessThanOrEqual(1);
    expect(row.overdueChecks).toBe(row.buildings - row.buildingsVerified);
  });

  it('shows the district’s grids to a commander, some stale and some fresh', async () => {
    const { rows } = await get<Extract<FreshnessAnswer, { level: 'grids' }>>(commander, '/api/registry/freshness');
    expect(rows).toHaveLength(208);
    const shares = rows.map((r) => r.residentsVerifiedShare!);
    expect(Math.min(...shares)).toBeLessThan(0.5);
    expect(Math.max(...shares)).toBeGreaterThan(0.8);
    expect(rows.some((r) => r.overdueTasks > 0)).toBe(true);
  });

  it('answers per building of one grid in the jurisdiction, and 404 for a grid outside it', async () => {
    const answer = await get<Extract<FreshnessAnswer, { level: 'buildings' }>>(grid001, `/api/registry/freshness?grid=${gridCode}`);
    const [{ n }] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM buildings WHERE grid_code = ${gridCode}`);
    expect(answer.rows).toHaveLength(Number(n));
    expect(answer.rows.reduce((s, r) => s + r.residents, 0)).toBe((await gridRow(grid001)).residents);
    // Each building named as every view names it (星河城2栋, buildingLabel), not as two names side by side ('星河城 2栋').
    const [first] = answer.rows;
    expect(answer.rows.every((r) => r.label === `${r.compoundName}${r.name}`)).toBe(true);
    expect((await get<RegistryBuilding>(grid001, `/api/registry/buildings/${first.buildingCode}`)).label).toBe(first.label);
    await get(grid001, `/api/registry/freshness?grid=${otherGrid}`, 404);
    await get(commander, `/api/registry/freshness?grid=${otherGrid}`, 200);
    await get(grid001, '/api/registry/freshness?grid=123', 400);
  });
});

describe('a building’s records', () => {
  it('lists the address, houses, organisations and masked residents; contacts are masked for a grid worker only', async () => {
    const [{ code }] = await queryRows<{ code: string }>(db, sql`SELECT o.building_code AS code FROM organisations o JOIN buildings b ON b.code = o.building_code
      WHERE b.grid_code = ${gridCode} ORDER BY o.code LIMIT 1`);
    const leader = await get<RegistryBuilding>(grid001, `/api/registry/buildings/${code}`);
    expect(leader.addresses).toHaveLength(1);
    expect(leader.houses.length).toBeGreaterThan(0);
    expect(leader.residents.every((r) => r.masked && /^\d{4}\*{10}[\dX]{4}$/.test(r.idNumber) && /\*\*\*\*$/.test(r.houseNumber))).toBe(true);
    expect(leader.organisations[0].contact).toMatch(/^\d{11}$/);
    const worker = await get<RegistryBuilding>(worker001, `/api/registry/buildings/${code}`);
    expect(worker.organisations[0].contact).toMatch(/^\d{3}\*{4}\d{4}$/);
  });

  it('answers 404 for a building outside the jurisdiction', async () => {
    const [{ code }] = await queryRows<{ code: string }>(db, sql`SELECT code FROM buildings WHERE grid_code = ${otherGrid} LIMIT 1`);
    await get(grid001, `/api/registry/buildings/${code}`, 404);
  });
});

describe('verification visits', () => {
  it('refreshes every record of the building and raises the grid’s freshness', async () => {
    const [stale] = await queryRows<{ code: string; stale: number; residents: number; houses: number; organisations: number }>(db, sql`SELECT b.code,
        (SELECT count(*)::int FROM residents r WHERE r.building_code = b.code AND r.moved_out_on IS NULL AND (r.verified_at IS NULL OR r.verified_at < now() - interval '90 days')) AS stale,
        (SELECT count(*)::int FROM residents r WHERE r.building_code = b.code AND r.moved_out_on IS NULL) AS residents,
        (SELECT count(*)::int FROM houses h WHERE h.building_code = b.code) AS houses,
        (SELECT count(*)::int FROM organisations o WHERE o.building_code = b.code) AS organisations
      FROM buildings b WHERE b.grid_code = ${gridCode} ORDER BY 2 DESC, 1 LIMIT 1`);
    expect(stale.stale).toBeGreaterThan(0);
    await snapshot(stale.code);
    const before = await gridRow(worker001);
    const res = await worker001.request('/api/registry/visits', json('POST', { buildingCode: stale.code, notes: '入户核查' }));
    expect(res.status).toBe(201);
    const visit = (await res.json()) as VerificationVisit;
    const [{ name: worker }] = await queryRows<{ name: string }>(db, sql`SELECT display_name AS name FROM users WHERE username = 'worker001'`);
    expect(worker).not.toBe('worker001');
    // Who visited by name (the login kept for the API), in the answer and in the building's visit list.
    const listed = (await get<RegistryBuilding>(worker001, `/api/registry/buildings/${stale.code}`)).visits[0];
    expect([listed.byUsername, listed.byName]).toEqual(['worker001', worker]);
    expect(visit).toMatchObject({ buildingCode: stale.code, gridCode, byUsername: 'worker001', byName: worker, residentsChecked: stale.residents, housesChecked: stale.houses, organisationsChecked: stale.organisations, taskId: null });
    const after = await gridRow(worker001);
    expect(after.residentsVerified - before.residentsVerified).toBe(stale.stale);
    expect(after.residentsVerifiedShare!).toBeGreaterThan(before.residentsVerifiedShare!);
    const building = (await get<Extract<FreshnessAnswer, { level: 'buildings' }>>(worker001, `/api/registry/freshness?grid=${gridCode}`)).rows.find((r) => r.buildingCode === stale.code)!;
    expect(building).toMatchObject({ residentsVerifiedShare: 1, buildingsVerifiedShare: 1, overdueChecks: 0, lastVisitAt: expect.any(String) });
  });

  it('closes the task it fulfils, refuses a closed task or another building’s, and stays in the jurisdiction', async () => {
    const [a, b] = await queryRows<{ code: string }>(db, sql`SELECT code FROM buildings WHERE grid_code = ${gridCode} ORDER BY code DESC LIMIT 2`);
    const task = async (building: string) => (await (await grid001.request('/api/registry/tasks', json('POST', { gridCode, buildingCode: building, assignee: workerId, dueOn: localDate(7) }))).json()) as CollectionTask;
    const [ta, tb] = [await task(a.code), await task(b.code)];
    // The task names its building as people do, compound and building, not the building's own '1栋' alone.
    const [label] = await queryRows<{ name: string }>(db, sql`SELECT k.name || b.name AS name FROM buildings b JOIN compounds k ON k.code = b.compound_code WHERE b.code = ${a.code}`);
    expect(ta.buildingName).toBe(label.name);
    await snapshot(a.code);
    const visit = (body: object) => worker001.request('/api/registry/visits', json('POST', { buildingCode: a.code, ...body }));
    expect((await visit({ taskId: tb.id })).status).toBe(400);
    expect((await visit({ taskId: ta.id })).status).toBe(201);
    expect((await get<CollectionTask[]>(grid001, `/api/registry/tasks?grid=${gridCode}`)).find((t) => t.id === ta.id)).toMatchObject({ status: 'done', doneAt: expect.any(String) });
    expect((await visit({ taskId: ta.id })).status).toBe(409);
    expect((await visit({ visitedAt: new Date(Date.now() + 3_600_000).toISOString() })).status).toBe(400);
    const [{ code: far }] = await queryRows<{ code: string }>(db, sql`SELECT code FROM buildings WHERE grid_code = ${otherGrid} LIMIT 1`);
    expect((await worker001.request('/api/registry/visits', json('POST', { buildingCode: far }))).status).toBe(404);
    expect((await (await loginAs('viewer')).request('/api/registry/visits', json('POST', { buildingCode: a.code }))).status).toBe(403);
  });

  it('stores a visit sent again (the field app’s queue after a lost answer) once, answering 200 with the row it holds', async () => {
    const [a] = await queryRows<{ code: string }>(db, sql`SELECT code FROM buildings WHERE grid_code = ${gridCode} ORDER BY code LIMIT 1`);
    await snapshot(a.code);
    const task = (await (await grid001.request('/api/registry/tasks', json('POST', { gridCode, buildingCode: a.code, assignee: workerId, dueOn: localDate(7) }))).json()) as CollectionTask;
    const count = async () => (await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM verification_visits WHERE building_code = ${a.code}`))[0].n;
    const before = await count();
    // As the phone sends it: the time fixed when the visit was saved, to the millisecond.
    const body = { buildingCode: a.code, taskId: task.id, visitedAt: new Date(Date.now() - 90_000).toISOString(), notes: '入户核查（重发）' };
    const first = await worker001.request('/api/registry/visits', json('POST', body));
    expect(first.status).toBe(201);
    const again = await worker001.request('/api/registry/visits', json('POST', body));
    // Not 409 task_not_open: the task was closed by this very visit.
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    expect(await count()).toBe(before + 1);
    // Another visit of the same building at the same time, with other notes, is another visit.
    const other = await worker001.request('/api/registry/visits', json('POST', { ...body, taskId: undefined, notes: '复查' }));
    expect(other.status).toBe(201);
    expect(await count()).toBe(before + 2);
  });
});

describe('collection tasks', () => {
  it('gives a task to a grid worker of the grid, lists it, and cancels it once', async () => {
    const res = await grid001.request('/api/registry/tasks', json('POST', { gridCode, assignee: workerId, note: '核查出租屋', dueOn: localDate(3) }));
    expect(res.status).toBe(201);
    const task = (await res.json()) as CollectionTask;
    expect(task).toMatchObject({ gridCode, gridName: expect.stringMatching(/社区第\d+网格$/), buildingCode: null, assignee: workerId, assigneeName: expect.any(String), status: 'open', overdue: false, createdBy: 'grid001', createdByName: expect.stringMatching(/网格长（演示）$/) });
    expect((await get<CollectionTask[]>(worker001, `/api/registry/tasks?status=open&assignee=${workerId}`)).map((t) => t.id)).toContain(task.id);
    expect((await grid001.request(`/api/registry/tasks/${task.id}/cancel`, { method: 'POST' })).status).toBe(200);
    expect((await grid001.request(`/api/registry/tasks/${task.id}/cancel`, { method: 'POST' })).status).toBe(409);
    expect((await grid001.request('/api/registry/tasks/00000000-0000-4000-8000-000000000000/cancel', { method: 'POST' })).status).toBe(404);
  });

  it('refuses an assignee who is not a worker of the grid, a past due date, a grid outside the jurisdiction, and a grid worker as assigner', async () => {
    const [{ id: stranger }] = await queryRows<{ id: string }>(db, sql`SELECT id FROM people WHERE role = 'grid_worker' AND grid_code <> ${gridCode} LIMIT 1`);
    const create = (client: TestClient, body: object) => client.request('/api/registry/tasks', json('POST', { gridCode, assignee: workerId, dueOn: localDate(3), ...body }));
    expect((await create(grid001, { assignee: stranger })).status).toBe(400);
    expect((await create(grid001, { dueOn: localDate(-2) })).status).toBe(400);
    expect((await create(grid001, { gridCode: otherGrid, assignee: stranger })).status).toBe(404);
    expect((await create(worker001, {})).status).toBe(403);
  });

  it('marks demo tasks past their due date as overdue', async () => {
    const tasks = await get<CollectionTask[]>(commander, '/api/registry/tasks?status=open');
    expect(tasks.some((t) => t.overdue && t.dueOn < localDate(0))).toBe(true);
    expect(tasks.every((t) => t.overdue === t.dueOn < localDate(0))).toBe(true);
  });
});

describe('export', () => {
  const exportOf = (client: TestClient, query: string) => client.request(`/api/registry/export?${query}`);
  const lastAudit = async () => (await queryRows<{ username: string; records: string[] }>(db, sql`SELECT username, records FROM audit_log WHERE action = 'registry_export' ORDER BY id DESC LIMIT 1`))[0];

  it('writes a grid’s residents as CSV, masked, and audits the grid and the row count', async () => {
    const res = await exportOf(grid001, `grid=${gridCode}&kind=residents`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await res.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,name,id_number,phone,building_code,house_number,kind,moved_in_on,moved_out_on,house_code,grid_code,verified_at');
    const [{ n }] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM residents r JOIN buildings b ON b.code = r.building_code WHERE b.grid_code = ${gridCode}`);
    expect(lines).toHaveLength(Number(n) + 1);
    expect(lines.slice(1).every((l) => /^R\d+,.\*+,\d{4}\*{10}[\dX]{4},/u.test(l))).toBe(true);
    expect(await lastAudit()).toEqual({ username: 'grid001', records: [`grid:${gridCode}`, 'kind:residents', 'format:csv', `rows:${n}`, 'masked:true'] });
  });

  it('names the file in Chinese by the register and the grid’s name, with an ASCII fallback', async () => {
    const [{ name }] = await queryRows<{ name: string }>(db, sql`SELECT name FROM grids WHERE code = ${gridCode}`);
    const res = await exportOf(grid001, `grid=${gridCode}&kind=residents`);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="registry-residents-${gridCode}.csv"; filename*=UTF-8''${encodeURIComponent(`实有人口-${name}`)}.csv`,
    );
    const geojson = await exportOf(commander, `grid=${gridCode}&kind=houses&format=geojson`);
    expect(geojson.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(`实有房屋-${name}`)}.geojson`);
  });

  it('writes full values for an unmasker who asks, audited as unmasked', async () => {
    const text = await (await exportOf(grid001, `grid=${gridCode}&kind=residents&unmask=true`)).text();
    const [first] = await queryRows<{ id: string; id_number: string }>(db, sql`SELECT r.id, r.id_number FROM residents r JOIN buildings b ON b.code = r.building_code WHERE b.grid_code = ${gridCode} ORDER BY r.id LIMIT 1`);
    expect(text).toContain(`${first.id},`);
    expect(text).toContain(`,${first.id_number},`);
    expect((await lastAudit()).records).toContain('masked:false');
  });

  it('writes GeoJSON with a point per record', async () => {
    const res = await exportOf(commander, `grid=${gridCode}&kind=organisations&format=geojson`);
    expect(res.headers.get('content-type')).toBe('application/geo+json');
    const fc = (await res.json()) as { features: { geometry: { type: string; coordinates: number[] }; properties: Record<string, string> }[] };
    const [{ n }] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM organisations o JOIN buildings b ON b.code = o.building_code WHERE b.grid_code = ${gridCode}`);
    expect(fc.features).toHaveLength(Number(n));
    expect(fc.features.every((f) => f.geometry.type === 'Point' && f.properties.grid_code === gridCode && /\*{4}/.test(f.properties.contact))).toBe(true);
  });

  it('is refused to a grid worker and a viewer, and answers 404 for a grid outside the jurisdiction', async () => {
    expect((await exportOf(worker001, `grid=${gridCode}&kind=houses`)).status).toBe(403);
    expect((await exportOf(await loginAs('viewer'), `grid=${gridCode}&kind=houses`)).status).toBe(403);
    expect((await exportOf(grid001, `grid=${otherGrid}&kind=houses`)).status).toBe(404);
  });
});
