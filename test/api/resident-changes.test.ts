import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../core/contracts/auth';
import type { ChangedResident, ResidentPage } from '../../core/contracts/residents';
import { queryRows, type Db } from '../../server/db/engine';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';
import { sampleIdNumber, withWrongCheckChar } from '../fixtures/registry/resident-csv';

// PATCH /api/residents/:id (一标三实 upkeep: corrections and 迁出). Every resident these tests change is one they add
// (id R77…, verified long ago), with its house and address (T77-…), removed after each test; the demo's stay as seeded.
let db: Db;
let grid001: TestClient;
let worker001: TestClient;
let viewer: TestClient;
let gridCode: string;
let building: string; // in grid001's grid
let otherBuilding: string; // outside it
let otherGrid: string;
beforeAll(async () => {
  db = (await getTestDatabase()).db;
  [grid001, worker001, viewer] = await Promise.all([loginAs('grid001'), loginAs('worker001'), loginAs('viewer')]);
  gridCode = ((await (await grid001.request('/api/auth/me')).json()) as Me).scope.codes[0];
  [{ code: building }] = await queryRows<{ code: string }>(db, sql`SELECT code FROM buildings WHERE grid_code = ${gridCode} ORDER BY code LIMIT 1`);
  [{ code: otherBuilding, grid: otherGrid }] = await queryRows<{ code: string; grid: string }>(
    db, sql`SELECT code, grid_code AS grid FROM buildings WHERE grid_code <> ${gridCode} ORDER BY code LIMIT 1`,
  );
});
async function removeTestRows() {
  await db.execute(sql`DELETE FROM residents WHERE id LIKE 'R77%'`);
  await db.execute(sql`DELETE FROM houses WHERE code LIKE 'T77-%'`);
  await db.execute(sql`DELETE FROM addresses WHERE code LIKE 'T77-%'`);
}
afterEach(removeTestRows);
afterAll(removeTestRows);

const idNumber = sampleIdNumber;
const wrongCheck = withWrongCheckChar;

/** Adds test resident n (moved in 2024-05-01, verified in 2020), in grid001's grid unless told otherwise. */
async function addResident(n: number, where: { building: string; grid: string } = { building, grid: gridCode }): Promise<string> {
  const id = `R77${String(n).padStart(6, '0')}`;
  await db.execute(sql`INSERT INTO residents (id, name, id_number, phone, building_code, grid_code, house_number, kind, moved_in_on, verified_at, is_demo)
    VALUES (${id}, '测试人', ${idNumber(n)}, '13800000000', ${where.building}, ${where.grid}, '9单元901室', 'floating', '2024-05-01', '2020-01-01T00:00:00Z', false)`);
  return id;
}

type Stored = { name: string; id_number: string; phone: string | null; house_number: string; house_code: string | null; kind: string; moved_out_on: string | null; verified_at: string; fresh: boolean };
async function stored(id: string): Promise<Stored> {
  const [row] = await queryRows<Stored>(db, sql`SELECT name, id_number, phone, house_number, house_code, kind, moved_out_on::text AS moved_out_on,
    to_json(verified_at)#>>'{}' AS verified_at, verified_at > now() - interval '2 minutes' AS fresh FROM residents WHERE id = ${id}`);
  return row;
}

const patch = (client: TestClient, id: string, body: unknown, language = 'zh-CN') =>
  client.request(`/api/residents/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json', 'accept-language': language }, body: JSON.stringify(body) });

type Refusal = { error: string; message: string; issues?: { field: string; message: string }[] };
/** Sends a change that must be refused with `status`, and checks that the stored row did not change at all. */
async function refused(client: TestClient, id: string, body: unknown, status: number, language = 'zh-CN'): Promise<Refusal> {
  const before = await stored(id);
  const res = await patch(client, id, body, language);
  expect(res.status).toBe(status);
  expect(await stored(id)).toEqual(before);
  return (await res.json()) as Refusal;
}

const today = async () => (await queryRows<{ d: string }>(db, sql`SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date::text AS d`))[0].d;
const auditRows = (id: string) => queryRows<{ action: string; method: string; route: string; records: string[]; username: string; outcome: string; status: number }>(
  db, sql`SELECT action, method, route, records, username, outcome, status FROM audit_log WHERE records ? ${id} ORDER BY id DESC`,
);

describe('changing a resident (PATCH /api/residents/:id)', () => {
  it('corrects the phone, house number and kind, and answers the record masked as the list shows it, verified now', async () => {
    const id = await addResident(1);
    const res = await patch(grid001, id, { phone: '13912345678', houseNumber: '3单元302室', kind: 'registered' });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as ChangedResident;
    expect(answer).toMatchObject({ id, phone: '139****5678', houseNumber: '3单元****', kind: 'registered', name: '测**', masked: true, movedOutOn: null, gridCode });
    expect(answer.idNumber).toBe(idNumber(1).slice(0, 4) + '*'.repeat(10) + idNumber(1).slice(-4));
    expect(Math.abs(Date.parse(answer.verifiedAt!) - Date.now())).toBeLessThan(120_000);
    expect(await stored(id)).toMatchObject({ phone: '13912345678', house_number: '3单元302室', kind: 'registered', name: '测试人', id_number: idNumber(1), fresh: true });
  });

  it('records a move-out (迁出): the resident leaves the list and its count', async () => {
    const id = await addResident(2);
    const total = async () => {
      // The building's, not the grid's: the test's ids sort after the demo's, past the first page of a grid.
      const res = await grid001.request(`/api/residents?buildingCode=${building}&limit=500`);
      const body = (await res.json()) as ResidentPage;
      return { total: body.total, listed: body.rows.some((r) => r.id === id) };
    };
    const before = await total();
    expect(before.listed).toBe(true);
    const res = await patch(grid001, id, { movedOutOn: '2025-01-31' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as ChangedResident).movedOutOn).toBe('2025-01-31');
    expect(await total()).toEqual({ total: before.total - 1, listed: false });
    expect(await stored(id)).toMatchObject({ moved_out_on: '2025-01-31', fresh: true });
  });

  it('takes a move-out dated today and on the moved-in day itself', async () => {
    const id = await addResident(3);
    expect((await patch(grid001, id, { movedOutOn: '2024-05-01' })).status).toBe(200);
    const day = await today();
    expect((await patch(grid001, id, { movedOutOn: day })).status).toBe(200);
    expect((await stored(id)).moved_out_on).toBe(day);
  });

  it('undoes a move-out entered by mistake with null, and clears a phone with null', async () => {
    const id = await addResident(4);
    expect((await patch(grid001, id, { movedOutOn: '2025-01-31' })).status).toBe(200);
    const res = await patch(grid001, id, { movedOutOn: null, phone: null });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ movedOutOn: null, phone: null });
    expect(await stored(id)).toMatchObject({ moved_out_on: null, phone: null });
  });

  it('corrects the name and the ID number by the import’s GB 11643 rule, upper-casing a check character x', async () => {
    const id = await addResident(5);
    let n = 100;
    while (!idNumber(n).endsWith('X')) n++;
    const res = await patch(grid001, id, { name: '王小明', idNumber: idNumber(n).toLowerCase() });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: '王**', idNumber: `${idNumber(n).slice(0, 4)}**********${idNumber(n).slice(-4)}` });
    expect(await stored(id)).toMatchObject({ name: '王小明', id_number: idNumber(n) });
  });

  it('lets a grid worker of the grid record a change too, as they record visits', async () => {
    const id = await addResident(6);
    expect((await patch(worker001, id, { kind: 'registered' })).status).toBe(200);
    expect((await stored(id)).kind).toBe('registered');
  });

  it('links a new house number to the building’s house of that number, and unlinks it from a number no house has', async () => {
    const id = await addResident(7);
    await db.execute(sql`INSERT INTO addresses (code, building_code, label) VALUES ('T77-A1', ${building}, '测试地址')`);
    await db.execute(sql`INSERT INTO houses (code, address_code, building_code, number, use) VALUES ('T77-H1', 'T77-A1', ${building}, '7单元701室', 'owner_occupied')`);
    expect((await patch(grid001, id, { houseNumber: '7单元701室' })).status).toBe(200);
    expect((await stored(id)).house_code).toBe('T77-H1');
    expect((await patch(grid001, id, { houseNumber: '7单元702室' })).status).toBe(200);
    expect(await stored(id)).toMatchObject({ house_number: '7单元702室', house_code: null });
  });
});

describe('the audit row of a resident change', () => {
  it('names who changed which record and which fields, never the values: not even the new ID number', async () => {
    const id = await addResident(8);
    const res = await patch(grid001, id, { idNumber: idNumber(9), phone: '13912345678', kind: 'floating' });
    expect(res.status).toBe(200);
    const [row] = await auditRows(id);
    // kind was already floating: given, but no change.
    expect(row).toEqual({ action: 'resident_change', method: 'PATCH', route: '/api/residents/:id', records: [id, 'idNumber', 'phone'], username: 'grid001', outcome: 'success', status: 200 });
    const [text] = await queryRows<{ t: string }>(db, sql`SELECT string_agg(records::text, ' ') AS t FROM audit_log WHERE records ? ${id}`);
    expect(text.t).not.toContain(idNumber(9));
    expect(text.t).not.toContain('13912345678');
  });

  it('counts values equal to the stored ones as no change, yet verifies the record now', async () => {
    const id = await addResident(10);
    expect((await patch(grid001, id, { kind: 'floating', phone: '13800000000' })).status).toBe(200);
    expect((await auditRows(id))[0].records).toEqual([id]);
    expect((await stored(id)).fresh).toBe(true);
  });
});

describe('refusing a resident change, in Chinese naming the field, writing nothing', () => {
  it('refuses an ID number with a wrong check character by the import’s rule', async () => {
    const id = await addResident(11);
    const body = await refused(grid001, id, { idNumber: wrongCheck(idNumber(11)), phone: '13912345678' }, 400);
    expect(body).toEqual({ error: 'bad_request', message: '身份证号：校验位错误（GB 11643），请核对号码', issues: [{ field: 'idNumber', message: '校验位错误（GB 11643），请核对号码' }] });
  });

  it('refuses an ID number of the wrong length and one with no real birth date', async () => {
    const id = await addResident(12);
    expect((await refused(grid001, id, { idNumber: '51170319900101' }, 400)).message).toBe('身份证号：应为 18 位：17 位数字加 1 位数字或 X');
    expect((await refused(grid001, id, { idNumber: '511703199002300012' }, 400)).message).toBe('身份证号：出生日期无效（19900230）');
  });

  it('refuses a phone that is neither a mobile nor a landline', async () => {
    const id = await addResident(13);
    expect((await refused(grid001, id, { phone: '12345' }, 400)).message).toBe('电话：应为 11 位手机号或固定电话（如 0818-2345678）');
  });

  it('refuses a kind other than 户籍 or 流动 and an empty house number or name', async () => {
    const id = await addResident(14);
    expect((await refused(grid001, id, { kind: 'tenant' }, 400)).message).toBe('类别：只能是以下之一：registered、floating');
    expect((await refused(grid001, id, { houseNumber: '  ' }, 400)).message).toBe('门牌：不能为空');
    expect((await refused(grid001, id, { name: '' }, 400)).message).toBe('名称：不能为空');
  });

  it('refuses a move-out after today, as the import words it', async () => {
    const id = await addResident(15);
    const body = await refused(grid001, id, { movedOutOn: '2099-01-01' }, 400);
    expect(body).toEqual({ error: 'bad_request', message: `迁出日期：2099-01-01 晚于今天（${await today()}）`, issues: [{ field: 'movedOutOn', message: `2099-01-01 晚于今天（${await today()}）` }] });
  });

  it('refuses a move-out before the record’s moved-in date, naming that date', async () => {
    const id = await addResident(16);
    expect((await refused(grid001, id, { movedOutOn: '2024-04-30' }, 400)).message).toBe('迁出日期：2024-04-30 早于入住日期（2024-05-01）');
  });

  it('refuses a move-out that is no date', async () => {
    const id = await addResident(17);
    expect((await refused(grid001, id, { movedOutOn: '2025-02-30' }, 400)).message).toBe('迁出日期：必须是日期，如 2026-03-01');
  });

  it('refuses a change that names nothing to change', async () => {
    const id = await addResident(18);
    expect((await refused(grid001, id, {}, 400)).message).toBe('请求内容：没有要修改的内容');
  });

  it('words the refusal in English when the request asks for it', async () => {
    const id = await addResident(19);
    const body = await refused(grid001, id, { idNumber: wrongCheck(idNumber(19)) }, 400, 'en');
    expect(body.message).toBe('idNumber: idNumber has a wrong check character (GB 11643)');
    expect((await refused(grid001, id, { movedOutOn: '2024-04-30' }, 400, 'en')).message).toBe('movedOutOn: movedOutOn 2024-04-30 is before the moved-in date (2024-05-01)');
  });

  it('answers 404 for a resident outside the jurisdiction, as if there were none', async () => {
    const id = await addResident(20, { building: otherBuilding, grid: otherGrid });
    const body = await refused(grid001, id, { phone: '13912345678' }, 404);
    expect(body).toMatchObject({ error: 'not_found', message: `您的辖区内没有居民 ${id}` });
    expect((await refused(grid001, id, { movedOutOn: '2099-01-01' }, 404)).error).toBe('not_found');
    const absent = await patch(grid001, 'R779999999', { phone: '13912345678' });
    expect([absent.status, ((await absent.json()) as Refusal).message]).toEqual([404, '您的辖区内没有居民 R779999999']);
  });

  it('answers 403 to a viewer, who may read the register but not keep it', async () => {
    const id = await addResident(21);
    const body = await refused(viewer, id, { phone: '13912345678' }, 403);
    expect(body.error).toBe('forbidden');
    expect(body.message).toContain('PATCH /api/residents/');
  });
});
