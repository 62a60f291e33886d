import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../core/contracts/auth';
import type { ImportRefusal, ImportResult } from '../../core/contracts/registry';
import { queryRows, type Db } from '../../server/db/engine';
import { gbkBytes } from '../support/gbk-bytes';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';
import { sampleIdNumber } from '../fixtures/registry/resident-csv';

// Every row these tests import has a key starting with 9 (R9…, T-…) and is removed after each test.
let db: Db;
let grid001: TestClient;
let admin: TestClient;
let gridCode: string;
let building: string; // in grid001's grid
let otherBuilding: string; // in another grid, outside grid001's jurisdiction
beforeAll(async () => {
  db = (await getTestDatabase()).db;
  grid001 = await loginAs('grid001');
  admin = await loginAs('admin');
  gridCode = ((await (await grid001.request('/api/auth/me')).json()) as Me).scope.codes[0];
  [{ code: building }] = await queryRows<{ code: string }>(db, sql`SELECT code FROM buildings WHERE grid_code = ${gridCode} ORDER BY code LIMIT 1`);
  [{ code: otherBuilding }] = await queryRows<{ code: string }>(db, sql`SELECT code FROM buildings WHERE grid_code <> ${gridCode} ORDER BY code LIMIT 1`);
});
async function removeTestRows() {
  await db.execute(sql`DELETE FROM residents WHERE id LIKE 'R9%'`);
  await db.execute(sql`DELETE FROM organisations WHERE code LIKE 'T-%'`);
  await db.execute(sql`DELETE FROM houses WHERE code LIKE 'T-%'`);
  await db.execute(sql`DELETE FROM addresses WHERE code LIKE 'T-%'`);
}
afterEach(removeTestRows);
afterAll(removeTestRows);

const idNumber = sampleIdNumber;
const header = 'id,name,id_number,phone,building_code,house_number,kind,moved_in_on,moved_out_on,house_code';
const resident = (n: number, over: Partial<Record<'name' | 'idNumber' | 'building' | 'in' | 'out' | 'house', string>> = {}) =>
  [`R9${String(n).padStart(6, '0')}`, over.name ?? '测试人', over.idNumber ?? idNumber(n), '13800000000', over.building ?? building,
    over.house ?? '9单元901室', 'floating', over.in ?? '2024-05-01', over.out ?? '', ''].join(',');
const csv = (rows: string[]) => [header, ...rows].join('\r\n') + '\r\n';

const post = (client: TestClient, kind: string, body: string, type = 'text/csv', query = '') =>
  client.request(`/api/registry/import?kind=${kind}${query}`, { method: 'POST', headers: { 'content-type': type }, body });
const count = async (q: ReturnType<typeof sql>) => Number((await queryRows<{ n: number }>(db, q))[0].n);
const residentCounts = async () => [await count(sql`SELECT count(*)::int AS n FROM residents`), await count(sql`SELECT count(*)::int AS n FROM residents WHERE grid_code = ${gridCode}`)];

describe('importing residents from CSV', () => {
  it('refuses a file with three bad rows among ten, naming exactly those rows, and writes nothing', async () => {
    const before = await residentCounts();
    const bad = idNumber(3).slice(0, 17) + (idNumber(3)[17] === '0' ? '1' : '0');
    const rows = Array.from({ length: 10 }, (_, i) =>
      i === 2 ? resident(i, { idNumber: bad }) : i === 5 ? resident(i, { building: 'C9999-B99' }) : i === 8 ? resident(i, { in: '2025-06-01', out: '2025-05-31' }) : resident(i),
    );
    const res = await post(grid001, 'residents', csv(rows));
    expect(res.status).toBe(422);
    const body = (await res.json()) as ImportRefusal;
    expect(body).toMatchObject({ error: 'rejected_rows', kind: 'residents', rows: 10, message: '10 行中有 3 行不合格，未导入任何数据' });
    expect(body.rejected).toEqual([
      { row: 4, field: 'id_number', reason: '校验位错误（GB 11643），请核对号码' },
      { row: 7, field: 'building_code', reason: '辖区内没有楼栋 C9999-B99' },
      { row: 10, field: 'moved_out_on', reason: '不能早于入住日期（moved_in_on）' },
    ]);
    expect(await residentCounts()).toEqual(before);
  });

  it('words every reason in Chinese by default — phone and kind too — and in English when asked, changing nothing', async () => {
    const before = await residentCounts();
    const bad = [resident(1).replace('13800000000', '12345').replace('floating', 'tenant')];
    const zh = (await (await post(grid001, 'residents', csv(bad), 'text/csv', '&dryRun=true')).json()) as ImportRefusal;
    expect(zh.message).toBe('1 行中有 1 行不合格，未导入任何数据');
    expect(zh.rejected).toEqual([
      { row: 2, field: 'phone', reason: '应为 11 位手机号或固定电话（如 0818-2345678）' },
      { row: 2, field: 'kind', reason: '只能是以下之一：registered、floating' },
    ]);
    const en = (await (await grid001.request('/api/registry/import?kind=residents&dryRun=true', {
      method: 'POST', headers: { 'content-type': 'text/csv', 'accept-language': 'en' }, body: csv(bad),
    })).json()) as ImportRefusal;
    expect(en.message).toBe('1 of 1 rows refused; nothing was imported');
    expect(en.rejected.map((r) => r.reason)).toEqual(['phone must be a mobile (11 digits) or landline number', 'kind must be registered or floating']);
    expect(await residentCounts()).toEqual(before);
  });

  it('refuses a file whose header lacks columns as a file, naming the columns, not as "1 of 0 rows"', async () => {
    const before = await residentCounts();
    const res = await post(grid001, 'residents', ['id,phone', 'R9000001,13800000000'].join('\r\n'));
    expect(res.status).toBe(422);
    const body = (await res.json()) as ImportRefusal;
    expect(body).toMatchObject({ rows: 0, message: '文件不合格，未导入任何数据：表头缺少列：name、id_number、building_code、house_number、kind、moved_in_on' });
    expect(body.rejected).toEqual([{ row: 1, field: 'name,id_number,building_code,house_number,kind,moved_in_on', reason: '表头缺少列：name、id_number、building_code、house_number、kind、moved_in_on' }]);
    expect(await residentCounts()).toEqual(before);
  });

  it('writes every row of a clean file into the caller’s grid, verified now, and audits it', async () => {
    const before = await residentCounts();
    const res = await post(grid001, 'residents', csv(Array.from({ length: 10 }, (_, i) => resident(i))));
    expect(res.status).toBe(201);
    expect((await res.json()) as ImportResult).toEqual({ kind: 'residents', format: 'csv', rows: 10, written: 10, dryRun: false, ignoredColumns: [] });
    expect(await residentCounts()).toEqual([before[0] + 10, before[1] + 10]);
    const [row] = await queryRows<{ n: number; fresh: number; demo: number }>(db, sql`SELECT count(*)::int AS n,
      count(*) FILTER (WHERE verified_at > now() - interval '1 minute')::int AS fresh, count(*) FILTER (WHERE is_demo)::int AS demo
      FROM residents WHERE id LIKE 'R9%' AND grid_code = ${gridCode} AND building_code = ${building}`);
    expect(row).toEqual({ n: 10, fresh: 10, demo: 0 });
    const [audit] = await queryRows<{ records: string[]; outcome: string }>(db, sql`SELECT records, outcome FROM audit_log WHERE action = 'registry_import' ORDER BY id DESC LIMIT 1`);
    expect(audit).toEqual({ records: ['kind:residents', 'format:csv', 'rows:10', 'written:10'], outcome: 'success' });
  });

  it('rolls back every row already written when the database fails in the middle of the writes', async () => {
    const before = await residentCounts();
    // A trigger stands in for any failure the validation cannot foresee; it fires on the last of 600 rows (the second chunk).
    await db.execute(sql.raw(`CREATE FUNCTION registry_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.name = '失败测试' THEN RAISE EXCEPTION 'registry test failure'; END IF; RETURN NEW; END $$`));
    await db.execute(sql`CREATE TRIGGER registry_test_fail BEFORE INSERT ON residents FOR EACH ROW EXECUTE FUNCTION registry_test_fail()`);
    try {
      const rows = Array.from({ length: 600 }, (_, i) => resident(i, { name: i === 599 ? '失败测试' : '测试人', house: `${1 + (i % 9)}单元${100 + i}室` }));
      const res = await post(grid001, 'residents', csv(rows));
      expect(res.status).toBe(500);
      expect(await res.json()).toMatchObject({ error: 'internal_error' });
    } finally {
      await db.execute(sql`DROP TRIGGER registry_test_fail ON residents`);
      await db.execute(sql`DROP FUNCTION registry_test_fail()`);
    }
    expect(await residentCounts()).toEqual(before);
  });

  it('refuses the row of a duplicate only the database detects, in the middle of the writes, and keeps none of the rows before it', async () => {
    const before = await residentCounts();
    const [{ id_number: taken }] = await queryRows<{ id_number: string }>(db, sql`SELECT id_number FROM residents ORDER BY id LIMIT 1`);
    // Validation does not look ID numbers up in the database; a unique index makes the database refuse one (on row 601, chunk 2).
    await db.execute(sql`CREATE UNIQUE INDEX registry_test_id_number ON residents (id_number) WHERE id_number = ${sql.raw(`'${taken}'`)}`);
    try {
      const rows = Array.from({ length: 600 }, (_, i) => resident(i, { idNumber: i === 599 ? taken : undefined, house: `${1 + (i % 9)}单元${100 + i}室` }));
      const res = await post(grid001, 'residents', csv(rows));
      expect(res.status).toBe(422);
      expect(((await res.json()) as ImportRefusal).rejected).toEqual([{ row: 601, field: 'id_number', reason: `${taken} 已存在，导入只新增，不修改已有记录` }]);
    } finally {
      await db.execute(sql`DROP INDEX registry_test_id_number`);
    }
    expect(await residentCounts()).toEqual(before);
  });

  it('refuses keys the database already has, wherever they are, and writes none of the file', async () => {
    const before = await residentCounts();
    const [{ id: existing }] = await queryRows<{ id: string }>(db, sql`SELECT id FROM residents WHERE grid_code <> ${gridCode} ORDER BY id LIMIT 1`);
    const rows = [resident(1), resident(2), resident(3).replace(/^R9\d+/, existing)];
    const res = await post(grid001, 'residents', csv(rows));
    expect(res.status).toBe(422);
    expect(((await res.json()) as ImportRefusal).rejected).toEqual([{ row: 4, field: 'id', reason: `${existing} 已存在，导入只新增，不修改已有记录` }]);
    expect(await residentCounts()).toEqual(before);
  });

  it('refuses a building outside the caller’s jurisdiction as it would an unknown one; an admin may import it', async () => {
    const file = csv([resident(1), resident(2, { building: otherBuilding })]);
    const res = await post(grid001, 'residents', file);
    expect(res.status).toBe(422);
    expect(((await res.json()) as ImportRefusal).rejected).toEqual([{ row: 3, field: 'building_code', reason: `辖区内没有楼栋 ${otherBuilding}` }]);
    const ok = await post(admin, 'residents', file);
    expect(ok.status).toBe(201);
    expect(await count(sql`SELECT count(*)::int AS n FROM residents WHERE id LIKE 'R9%' AND building_code = ${otherBuilding}`)).toBe(1);
  });

  it('checks without writing on a dry run', async () => {
    const before = await residentCounts();
    const res = await post(grid001, 'residents', csv([resident(1), resident(2)]), 'text/csv', '&dryRun=true');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ written: 2, dryRun: true });
    expect(await residentCounts()).toEqual(before);
  });

  it('takes a JSON body { kind, format, content } and refuses a body without a kind or with two different ones', async () => {
    const json = (body: unknown, query = '') => grid001.request(`/api/registry/import${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await json({ kind: 'residents', format: 'csv', content: csv([resident(1)]) })).status).toBe(201);
    expect((await json({ format: 'csv', content: csv([resident(2)]) })).status).toBe(400);
    expect((await json({ kind: 'houses', format: 'csv', content: csv([resident(2)]) }, '?kind=residents')).status).toBe(400);
    expect((await post(grid001, 'residents', 'x', 'application/xml')).status).toBe(415);
  });

  it('refuses a file missing a required column at the header line', async () => {
    const res = await post(grid001, 'residents', 'id,name\r\nR9000001,测试人\r\n');
    expect(res.status).toBe(422);
    const { rejected } = (await res.json()) as ImportRefusal;
    // One problem names every missing column (it was one a column, counted as "1 of 0 rows").
    expect(rejected.map((r) => [r.row, r.field])).toEqual([[1, 'id_number,building_code,house_number,kind,moved_in_on']]);
  });

  it('reads files over the API’s 1 MiB body limit, up to 10 MiB', async () => {
    const big = `id,name\r\n${'R9000001,测试人\r\n'.repeat(100_000)}`; // ~2 MiB
    expect(big.length).toBeGreaterThan(1024 * 1024);
    expect((await post(grid001, 'residents', big)).status).toBe(422);
    expect((await post(grid001, 'residents', 'x'.repeat(10 * 1024 * 1024 + 1))).status).toBe(413);
  });

  it('refuses a GBK file (Excel’s CSV on a Chinese desktop) as not UTF-8 and writes nothing; with encoding=gbk it reads the names whole', async () => {
    const before = await residentCounts();
    const file = new Blob([gbkBytes(csv([resident(1, { name: '张测试' }), resident(2)]))]);
    const res = await grid001.request('/api/registry/import?kind=residents', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: file });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { message: string; issues: { field: string; message: string }[]; detectedEncoding: string };
    expect(body.issues[0]).toMatchObject({ field: 'encoding', message: expect.stringContaining('文件不是 UTF-8 编码') });
    expect(body.detectedEncoding).toBe('gbk');
    expect(await residentCounts()).toEqual(before);
    const asGbk = await grid001.request('/api/registry/import?kind=residents&encoding=gbk', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: file });
    expect(asGbk.status).toBe(201);
    const [{ name, house }] = await queryRows<{ name: string; house: string }>(db, sql`SELECT name, house_number AS house FROM residents WHERE id = 'R9000001'`);
    expect([name, house]).toEqual(['张测试', '9单元901室']);
  });

  it('refuses a JSON body whose content a client read in the wrong encoding (�), and writes nothing', async () => {
    const before = await residentCounts();
    const content = csv([resident(1, { name: '\uFFFD\uFFFD\uFFFD' })]);
    const res = await grid001.request('/api/registry/import', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'residents', format: 'csv', content }) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { issues: { message: string }[] }).issues[0].message).toContain('无法识别的字符');
    expect(await residentCounts()).toEqual(before);
  });

  it('lets a grid worker import, not a viewer', async () => {
    expect((await post(await loginAs('worker001'), 'residents', csv([resident(1)]))).status).toBe(201);
    expect((await post(await loginAs('viewer'), 'residents', csv([resident(2)]))).status).toBe(403);
  });
});

describe('importing addresses, houses and organisations', () => {
  it('links residents to a new house with their house number', async () => {
    expect((await post(grid001, 'residents', csv([resident(1), resident(2)]))).status).toBe(201);
    const res = await post(grid001, 'houses', `code,address_code,number,use,rental_start,rental_end\nT-${building}-9-901,A-${building},9单元901室,rented,2024-05-01,2026-04-30\n`);
    expect(res.status).toBe(201);
    expect(await count(sql`SELECT count(*)::int AS n FROM residents WHERE id LIKE 'R9%' AND house_code = ${`T-${building}-9-901`}`)).toBe(2);
  });

  it('imports standard addresses for buildings in scope only', async () => {
    const file = `code,building_code,label\nT-A1,${building},四川省达州市达川区测试地址1号\nT-A2,${otherBuilding},四川省达州市达川区测试地址2号\n`;
    const res = await post(grid001, 'addresses', file);
    expect(res.status).toBe(422);
    expect(((await res.json()) as ImportRefusal).rejected).toEqual([{ row: 3, field: 'building_code', reason: `辖区内没有楼栋 ${otherBuilding}` }]);
    expect(await count(sql`SELECT count(*)::int AS n FROM addresses WHERE code LIKE 'T-%'`)).toBe(0);
  });

  it('imports organisations from GeoJSON, refusing a point outside the grid of the organisation’s building', async () => {
    const [inside] = await queryRows<{ lng: number; lat: number }>(db, sql`SELECT ST_X(ST_PointOnSurface(geom)) AS lng, ST_Y(ST_PointOnSurface(geom)) AS lat FROM buildings WHERE code = ${building}`);
    const [outside] = await queryRows<{ lng: number; lat: number }>(db, sql`SELECT ST_X(ST_PointOnSurface(geom)) AS lng, ST_Y(ST_PointOnSurface(geom)) AS lat FROM buildings WHERE code = ${otherBuilding}`);
    const feature = (code: string, p: { lng: number; lat: number } | null) => ({
      type: 'Feature', properties: { code, name: '测试超市', kind: 'shop', address_code: `A-${building}`, contact: '13800000000' },
      geometry: p && { type: 'Point', coordinates: [Number(p.lng), Number(p.lat)] },
    });
    const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
    const refused = await post(grid001, 'organisations', fc([feature('T-O1', inside), feature('T-O2', outside)]), 'application/geo+json');
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as ImportRefusal).rejected).toEqual([{ row: 2, field: 'geometry', reason: `位置不在楼栋 ${building} 所在的网格 ${gridCode} 内` }]);
    expect(await count(sql`SELECT count(*)::int AS n FROM organisations WHERE code LIKE 'T-%'`)).toBe(0);
    const ok = await post(grid001, 'organisations', fc([feature('T-O1', inside), feature('T-O3', null)]), 'application/geo+json');
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ format: 'geojson', written: 2 });
    expect(await count(sql`SELECT count(*)::int AS n FROM organisations WHERE code LIKE 'T-%' AND building_code = ${building}`)).toBe(2);
  });
});
