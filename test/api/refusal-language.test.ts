import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlannerUnits, PlanProblemParams } from '../../core/contracts/planner';
import { queryRows, type Db } from '../../server/db/engine';
import { sayPlanFindings } from '../../server/services/plan-findings.service';
import { getTestApp, getTestDatabase, loginAs, type TestApp, type TestClient } from '../support/test-database';

// Issue 12: the refusals the routes word themselves (not zod's: messages-language.test.ts sends those) read in the
// language asked for — the dispute workflow, patrol planning, the planner's problems and warnings, not-found answers
// and the base map. Each is asked for in Chinese and in English; none of them changes anything.

const chinese = /[\u4e00-\u9fff]/;
// A Chinese answer holds no English sentence; the words that make one are the ones a sentence cannot do without.
const englishWords = /\b(the|a|is|not|no|can|must)\b/i;

interface Answer {
  status: number;
  body: { error: string; message: string; problems?: { code: string; message: string }[] };
}

let app: TestApp;
let db: Db;
let admin: TestClient;
let patrol: TestClient;
beforeAll(async () => {
  app = await getTestApp();
  db = (await getTestDatabase()).db;
  admin = await loginAs('admin', '10.9.2.1');
  patrol = await loginAs('patrol', '10.9.2.2');
});

async function ask(client: TestClient | null, path: string, language: 'zh-CN' | 'en', init: { method?: string; body?: unknown } = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'accept-language': language, 'x-forwarded-for': '10.9.2.9' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const request = { method: init.method ?? 'GET', headers, ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}) };
  const res = client ? await client.request(path, request) : await app.request(path, request);
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

/** Asks in both languages; checks the Chinese answer is Chinese and the English one English, and returns both. */
async function both(client: TestClient | null, path: string, status: number, init: { method?: string; body?: unknown } = {}) {
  const zh = await ask(client, path, 'zh-CN', init);
  const en = await ask(client, path, 'en', init);
  const where = `${init.method ?? 'GET'} ${path}`;
  expect([zh.status, en.status], where).toEqual([status, status]);
  expect(zh.body.message, where).toMatch(chinese);
  expect(zh.body.message, where).not.toMatch(englishWords);
  expect(en.body.message, where).toMatch(englishWords);
  expect(en.body.error, where).toBe(zh.body.error);
  return { zh: zh.body, en: en.body };
}

async function disputeIn(status: string): Promise<string> {
  const [row] = await queryRows<{ code: string }>(db, sql`SELECT code FROM disputes WHERE status = ${status} ORDER BY code LIMIT 1`);
  expect(row, `a demo dispute in ${status}`).toBeDefined();
  return row.code;
}

describe('dispute workflow refusals', () => {
  const move = (code: string, body: object) => `/api/disputes/${code}/transitions` + '\u0000' + JSON.stringify(body);
  const send = (key: string) => {
    const [path, body] = key.split('\u0000');
    return both(admin, path, 409, { method: 'POST', body: JSON.parse(body) });
  };

  it('names the states as the interface does, in either language', async () => {
    const registered = await disputeIn('registered');
    const notNext = await send(move(registered, { to: 'closed', reason: '测试' }));
    expect(notNext.zh.message).toBe('状态为「已登记」的纠纷只能转为「已研判」，不能转为「已办结」');
    expect(notNext.en.message).toBe('a registered dispute can move to assessed, not closed');

    const closed = await disputeIn('closed');
    const final = await send(move(closed, { to: 'mediating', reason: '测试' }));
    expect(final.zh.message).toBe('状态为「已办结」的纠纷已结束流程，不能再变更状态');
    expect(final.en.message).toBe('a closed dispute is final');
  });

  it('says what a referral and a remit need', async () => {
    const assessed = await disputeIn('assessed');
    const noBody = await send(move(assessed, { to: 'referred', reason: '测试' }));
    expect(noBody.zh.message).toBe('移交纠纷须填写接收纠纷的责任单位');
    const wrongRemit = await send(move(assessed, { to: 'mediating', reason: '测试', remit: 'stability' }));
    expect(wrongRemit.zh.message).toBe('职责归属为「影响稳定（上报街道综治办）」的纠纷应转为「已上报综治办」，不能转为「调解中」');
    expect(wrongRemit.en.message).toBe('remit stability (street office) routes a dispute to escalated, not mediating');
    const mediating = await disputeIn('mediating');
    const notRouting = await send(move(mediating, { to: 'resolved', reason: '测试', remit: 'police' }));
    expect(notRouting.zh.message).toBe('职责归属只在分流（转为「调解中」、「已移交」、「已上报综治办」）时确定，转为「已化解」时不能填写');
  });
});

describe('patrol planning refusals', () => {
  const base = { stationCode: 'PS01', window: { start: '19:00', end: '23:00' }, weekdays: [1, 2, 3, 4, 5], mode: 'foot', budgetMin: 90, dwellMin: 5 };

  it('refuses an unknown station, a station outside the jurisdiction and an unknown key place', async () => {
    const unknown = await both(admin, '/api/patrol/plan', 404, { method: 'POST', body: { ...base, stationCode: 'PS99' } });
    expect(unknown.zh.message).toBe('派出所：没有派出所 PS99');
    expect(unknown.en.message).toBe('stationCode: no station PS99');
    const [own] = await queryRows<{ code: string }>(db, sql`SELECT scope_codes->>0 AS code FROM users WHERE username = 'patrol'`);
    const [other] = await queryRows<{ code: string; name: string }>(db, sql`SELECT code, name FROM stations WHERE code <> ${own.code} ORDER BY code LIMIT 1`);
    const outside = await both(patrol, '/api/patrol/plan', 403, { method: 'POST', body: { ...base, stationCode: other.code } });
    expect(outside.zh.message).toBe(`派出所：${other.name}不在您的辖区内：只能从辖区内的派出所或辖区内的地点出发`);
    expect(outside.en.message).toBe(`stationCode: ${other.name} is outside your jurisdiction: start from a station or a place within it`);
    const noPlace = await both(admin, '/api/patrol/plan', 400, { method: 'POST', body: { ...base, mandatory: ['KP999'] } });
    expect(noPlace.en.message).toBe('mandatory: no key place KP999 in your jurisdiction');
  });

  it('names mandatory stops that cannot all be visited by their names', async () => {
    const [s] = await queryRows<{ lng: number; lat: number }>(db, sql`SELECT ST_X(geom) AS lng, ST_Y(geom) AS lat FROM stations WHERE code = 'PS01'`);
    const far = await queryRows<{ code: string; name: string }>(db, sql`SELECT code, name FROM key_places ORDER BY geom <-> ST_SetSRID(ST_MakePoint(${s.lng}, ${s.lat}), 4326) DESC LIMIT 2`);
    const { zh, en } = await both(admin, '/api/patrol/plan', 422, { method: 'POST', body: { ...base, budgetMin: 30, mandatory: far.map((k) => k.code) } });
    for (const k of far) {
      expect(zh.message).toContain(`「${k.name}」`);
      expect(en.message).toContain(k.name);
      expect(zh.message).not.toContain(k.code);
    }
    expect(en.message).toMatch(/^mandatory stops .* cannot all be visited within 30 min/);
  });
});

describe('the planner', () => {
  it('words a plan’s problems, naming the buildings left out', async () => {
    const units = (await (await admin.request('/api/planner/units?street=511703001')).json()) as PlannerUnits;
    const [first, ...rest] = units.units.features.map((f) => f.properties);
    expect(rest.length).toBeGreaterThan(0);
    const body = { name: '语言测试', areaKind: 'street', areaCode: '511703001', band: [300, 500], assignment: { [first.code]: 'N1' } };
    const { zh, en } = await both(admin, '/api/planner/preview', 422, { method: 'POST', body });
    const coverage = zh.problems!.find((p) => p.code === 'plan_buildings_unassigned')!;
    expect(coverage.message).toMatch(new RegExp(`^${rest.length} 栋楼未划入任何网格：`));
    const [named] = await queryRows<{ name: string }>(db, sql`SELECT k.name || b.name AS name FROM buildings b JOIN compounds k ON k.code = b.compound_code WHERE b.code = ${rest[0].code}`);
    expect(coverage.message).toContain(named.name);
    expect(coverage.message).not.toContain(rest[0].code);
    expect(en.problems!.find((p) => p.code === 'plan_buildings_unassigned')!.message).toMatch(new RegExp(`^${rest.length} building\\(s\\) in no grid: ${named.name}`));
  });

  it('words publish warnings with the grid’s and the beat’s names', async () => {
    const [g] = await queryRows<{ code: string; name: string }>(db, sql`SELECT code, name FROM grids ORDER BY code LIMIT 1`);
    const [b] = await queryRows<{ code: string; name: string }>(db, sql`SELECT code, name FROM beats ORDER BY code LIMIT 1`);
    const warnings: { code: 'plan_warning_out_of_band' | 'plan_warning_no_beat' | 'plan_warning_empty_beat'; params: PlanProblemParams }[] = [
      { code: 'plan_warning_out_of_band' as const, params: { grid: g.code, households: 612, min: 300, max: 500 } },
      { code: 'plan_warning_no_beat' as const, params: { grid: 'N7' } },
      { code: 'plan_warning_empty_beat' as const, params: { beat: b.code } },
    ];
    expect((await sayPlanFindings(db, 'zh-CN', warnings)).map((w) => w.message)).toEqual([
      `${g.name}有 612 户，不在 300–500 户之内`,
      '新网格 N7不在任何警格内',
      `${b.name}已没有网格`,
    ]);
    expect((await sayPlanFindings(db, 'en', warnings)).map((w) => w.message)).toEqual([
      `${g.name} holds 612 households, outside 300–500`,
      'new grid N7 lies in no beat',
      `${b.name} has no grid left`,
    ]);
  });
});

describe('not found', () => {
  it('answers an unknown plan, planning area and patrol route in the language asked for', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const plan = await both(admin, `/api/planner/drafts/${id}`, 404);
    expect([plan.zh.message, plan.en.message]).toEqual([`没有网格方案 ${id}`, `no grid plan ${id}`]);
    const area = await both(admin, '/api/planner/units?street=511703999', 404);
    expect(area.zh.message).toBe('没有带网格的街道或社区 511703999');
    const route = await both(admin, `/api/patrol/routes/${id}`, 404);
    expect(route.zh.message).toBe(`您的辖区内没有巡逻路线 ${id}`);
  });
});

describe('the base map', () => {
  it('answers tile requests of the built-in base map in one language, not 中文（English） pairs', async () => {
    const builtin = await both(null, '/basemap/tiles/3/1/1', 404);
    expect([builtin.zh.message, builtin.en.message]).toEqual(['当前为内置底图，由浏览器绘制，没有瓦片', 'the built-in base map is drawn by the browser and has no tiles']);
    const address = await both(null, '/basemap/tiles/3/9/1', 400);
    expect(address.zh.message).not.toMatch(/（[A-Za-z]/);
    await both(null, '/basemap/package.pmtiles', 404);
  });

  it('refuses a base-map file that is not there, naming the field, and keeps the base map', async () => {
    const before = await (await admin.request('/api/basemap')).json();
    const body = { kind: 'mbtiles', path: '/missing/basemap.mbtiles', crs: 'wgs84' };
    const { zh, en } = await both(admin, '/api/admin/basemap', 400, { method: 'PUT', body });
    expect(zh.message).toBe('文件路径：找不到文件 /missing/basemap.mbtiles');
    expect(en.message).toBe('path: file not found: /missing/basemap.mbtiles');
    expect(await (await admin.request('/api/basemap')).json()).toEqual(before);
  });
});
