import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../core/contracts/auth';
import type { Resident, ResidentPage } from '../../core/contracts/residents';
import { queryRows, type Db } from '../../server/db/engine';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

let db: Db;
let grid001: TestClient;
let admin: TestClient;
let gridCode: string;
beforeAll(async () => {
  db = (await getTestDatabase()).db;
  grid001 = await loginAs('grid001');
  admin = await loginAs('admin');
  gridCode = ((await (await grid001.request('/api/auth/me')).json()) as Me).scope.codes[0];
});

const page = async (client: TestClient, query: string) => {
  const res = await client.request(`/api/residents?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as ResidentPage;
};

const auditCount = async (action: string, record: string) => {
  const [r] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action} AND records ? ${record}`);
  return Number(r.n);
};

describe('residents and jurisdiction', () => {
  it('a grid leader sees the residents of their own grid only (not those who moved out), masked', async () => {
    const [own] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM residents WHERE grid_code = ${gridCode} AND moved_out_on IS NULL`);
    const p = await page(grid001, 'limit=500');
    expect(p.total).toBe(Number(own.n));
    expect(p.rows.length).toBeGreaterThan(0);
    expect(p.rows.every((r) => r.gridCode === gridCode && r.masked)).toBe(true);
    expect(p.rows.every((r) => /^\d{4}\*{10}[\dX]{4}$/.test(r.idNumber) && /^.\*+$/u.test(r.name))).toBe(true);
  });

  it('names each resident’s building (compound and building) and grid, not only their codes', async () => {
    const p = await page(grid001, 'limit=500');
    const names = await queryRows<{ building: string; grid: string }>(db, sql`SELECT k.name || b.name AS building, g.name AS grid
      FROM buildings b JOIN compounds k ON k.code = b.compound_code JOIN grids g ON g.code = ${gridCode} WHERE b.code = ${p.rows[0].buildingCode}`);
    expect(names).toHaveLength(1);
    expect(p.rows[0]).toMatchObject({ buildingName: names[0].building, gridName: names[0].grid });
    expect(p.rows.every((r) => /栋$/.test(r.buildingName ?? '') && r.gridName === names[0].grid)).toBe(true);
  });

  it('refuses another grid’s residents with 403 naming the grid and the jurisdiction, as the grid page does (an empty list before)', async () => {
    const [other] = await queryRows<{ code: string; name: string }>(db, sql`SELECT code, name FROM grids WHERE code <> ${gridCode} ORDER BY code LIMIT 1`);
    const [own] = await queryRows<{ name: string }>(db, sql`SELECT name FROM grids WHERE code = ${gridCode}`);
    const res = await grid001.request(`/api/residents?gridCode=${other.code}`);
    expect(res.status).toBe(403);
    const body = (await res.json()) as { error: string; message: string };
    expect(body.message).toBe(`${other.name}不在您的辖区（${own.name}）内，无权查看`);
    const pageRes = await grid001.request(`/api/grids/${other.code}/page`);
    expect([pageRes.status, ((await pageRes.json()) as { message: string }).message]).toEqual([403, body.message]);
    expect((await grid001.request('/api/residents?gridCode=511703999999999')).status).toBe(404);
    expect((await page(grid001, `gridCode=${gridCode}&limit=1`)).total).toBeGreaterThan(0);
  });

  it('an officer sees the residents of their beat', async () => {
    const officer = await loginAs('officer01');
    const me = (await (await officer.request('/api/auth/me')).json()) as Me;
    const [inBeat] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM residents r
      JOIN beat_grids bg ON bg.grid_code = r.grid_code WHERE bg.beat_code = ${me.scope.codes[0]} AND r.moved_out_on IS NULL`);
    const p = await page(officer, 'limit=1');
    expect(p.total).toBe(Number(inBeat.n));
    expect(p.total).toBeGreaterThan((await page(grid001, 'limit=1')).total);
  });

  it('an admin sees everyone, still masked', async () => {
    const [all] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM residents WHERE moved_out_on IS NULL`);
    const p = await page(admin, 'limit=50');
    expect(p.total).toBe(Number(all.n));
    expect(p.total).toBeGreaterThan(200_000);
    expect(p.rows.every((r) => r.masked && r.phone === null || /^\d{3}\*{4}\d{4}$/.test(r.phone ?? ''))).toBe(true);
  });

  it('unmasking is an explicit request that returns the full record and writes an audit row', async () => {
    const [masked] = (await page(admin, 'limit=1')).rows;
    const before = await auditCount('unmask', masked.id);
    const res = await admin.request(`/api/residents/${masked.id}/unmask`, { method: 'POST' });
    expect(res.status).toBe(200);
    const full = (await res.json()) as Resident;
    expect(full.masked).toBe(false);
    expect(full.idNumber).toMatch(/^\d{17}[\dX]$/);
    expect(full.idNumber.slice(-4)).toBe(masked.idNumber.slice(-4));
    expect(await auditCount('unmask', masked.id)).toBe(before + 1);
  });

  it('a grid leader cannot unmask a resident outside their grid', async () => {
    const [outside] = await queryRows<{ id: string }>(db, sql`SELECT id FROM residents WHERE grid_code <> ${gridCode} LIMIT 1`);
    const res = await grid001.request(`/api/residents/${outside.id}/unmask`, { method: 'POST' });
    expect(res.status).toBe(404);
  });
});

describe('finding a resident by name or ID number (q)', () => {
  /** The first resident of grid001's grid still living there. */
  async function ownResident() {
    const [own] = await queryRows<{ id: string; name: string; id_number: string }>(db, sql`SELECT id, name, id_number FROM residents
      WHERE grid_code = ${gridCode} AND moved_out_on IS NULL ORDER BY id LIMIT 1`);
    return own;
  }

  it('lists the residents whose name holds the text, the exact name first, within the jurisdiction only', async () => {
    const own = await ownResident();
    const [expected] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM residents
      WHERE grid_code = ${gridCode} AND moved_out_on IS NULL AND name LIKE ${`%${own.name}%`}`);
    const p = await page(grid001, `q=${encodeURIComponent(` ${own.name} `)}&limit=500`);
    expect(p.total).toBe(Number(expected.n));
    expect(p.rows[0].id).toBe(own.id);
    expect(p.rows.every((r) => r.gridCode === gridCode && r.masked)).toBe(true);
    // Everyone of that name across the district is more than the grid holds, and only an admin sees them all.
    const [everywhere] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM residents WHERE moved_out_on IS NULL AND name LIKE ${`%${own.name.slice(0, 1)}%`}`);
    expect((await page(admin, `q=${encodeURIComponent(own.name.slice(0, 1))}&limit=1`)).total).toBe(Number(everywhere.n));
    expect((await page(grid001, `q=${encodeURIComponent(own.name.slice(0, 1))}&limit=1`)).total).toBeLessThan(Number(everywhere.n));
  });

  it('finds a resident by the first characters of their ID number, and audits the search with the ids it showed', async () => {
    const own = await ownResident();
    const prefix = own.id_number.slice(0, 14);
    const p = await page(grid001, `q=${prefix}`);
    expect(p.rows.map((r) => r.id)).toContain(own.id);
    const [row] = await queryRows<{ records: string[]; route: string; username: string }>(db, sql`SELECT records, route, username FROM audit_log
      WHERE action = 'search_people' AND records ? ${`q:${prefix}`} ORDER BY id DESC LIMIT 1`);
    expect(row).toEqual({ records: [`q:${prefix}`, ...p.rows.map((r) => r.id)], route: '/api/residents', username: 'grid001' });
  });

  it('answers a name it does not hold with an empty page, and refuses a control character or 51 characters with 400 in Chinese', async () => {
    expect(await page(grid001, `q=${encodeURIComponent('查无此人测试')}`)).toEqual({ total: 0, rows: [] });
    for (const q of ['张\u0007', '张'.repeat(51)]) {
      const res = await grid001.request(`/api/residents?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await auditCount('search_people', `q:${'张'.repeat(51)}`)).toBe(0);
  });
});
