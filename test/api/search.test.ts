import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HotspotAnswer, RepeatsAnswer } from '../../core/contracts/analysis';
import type { Me } from '../../core/contracts/auth';
import type { PatrolPlanAnswer } from '../../core/contracts/patrol';
import type { Summary } from '../../core/contracts/summary';
import type { SearchAnswer, SearchResult } from '../../core/contracts/search';
import { queryRows, type Db } from '../../server/db/engine';
import { loadSearchIndex } from '../../server/db/repos/search-index.repo';
import { clientOfSession, getTestApp, getTestDatabase, loginAs, type TestClient } from '../support/test-database';

let db: Db;
let admin: TestClient;
let commander: TestClient;
let grid001: TestClient;
let viewer: TestClient;
let gridCode: string;
const timings: [string, number][] = [];

beforeAll(async () => {
  db = (await getTestDatabase()).db;
  [admin, commander, grid001, viewer] = await Promise.all(['admin', 'commander', 'grid001', 'viewer'].map((u) => loginAs(u)));
  gridCode = ((await (await grid001.request('/api/auth/me')).json()) as Me).scope.codes[0];
  // The first search of a process builds the index; the figures below are for searches after that.
  const started = performance.now();
  const index = await loadSearchIndex(db);
  console.log(`search index: ${index.entries.length} entries, built in ${index.buildMs.toFixed(0)} ms (first load ${(performance.now() - started).toFixed(0)} ms)`);
});

const find = async (client: TestClient, q: string, extra = '') => {
  const started = performance.now();
  const res = await client.request(`/api/search?q=${encodeURIComponent(q)}${extra}`);
  const ms = performance.now() - started;
  return { status: res.status, body: (await res.json()) as SearchAnswer & { message?: string }, ms };
};
const ok = async (client: TestClient, q: string, extra = '') => {
  const r = await find(client, q, extra);
  expect(r.status).toBe(200);
  timings.push([`${q}${extra}`, r.ms]);
  return r.body.results;
};
const top3 = (results: SearchResult[]) => results.slice(0, 3).map((r) => `${r.kind}:${r.id}`);

describe('GET /api/search finds places by name', () => {
  it('finds a real urban community (data/real) from the first characters of its name, in the first three', async () => {
    const csv = readFileSync('data/real/dazhou-admin/dachuan_villages_communities.csv', 'utf8');
    const named = new Map(csv.trim().split('\n').slice(1).map((line) => {
      const [code, name] = line.split(',');
      return [code, name.replace(/"/g, '')] as const;
    }));
    const urban = await queryRows<{ code: string }>(db, sql`SELECT code FROM communities WHERE geom IS NOT NULL AND short_name LIKE '%社区' ORDER BY code`);
    expect(urban.length).toBeGreaterThan(20);
    // 梧桐梁社区居民委员会 → 梧桐, 曹家梁 → 曹家, … (three-character cores; a two-character core like 花溪 is a whole name).
    const picks = urban.map((u) => [u.code, named.get(u.code)!] as const).filter(([, name]) => /^.{3}社区/u.test(name)).slice(0, 6);
    expect(picks.length).toBe(6);
    for (const [code, name] of picks) {
      const results = await ok(admin, name.slice(0, 2));
      expect(top3(results), name).toContain(`community:${code}`);
      expect(results.find((r) => r.id === code)!.name).toBe(name.replace('居民委员会', ''));
    }
  });

  it('finds a grid by its 15-digit code and by its last nine digits, and names it', async () => {
    const [g] = await queryRows<{ code: string; name: string }>(db, sql`SELECT code, name FROM grids ORDER BY code OFFSET 17 LIMIT 1`);
    const full = await ok(admin, g.code);
    expect(full[0]).toMatchObject({ kind: 'grid', id: g.code, name: g.name, match: 'exact' });
    expect(full[0].bbox).toHaveLength(4);
    expect(top3(await ok(admin, g.code.slice(-9)))).toContain(`grid:${g.code}`);
    expect(top3(await ok(admin, g.name))).toContain(`grid:${g.code}`);
  });

  it('finds a key place from part of its name, with its kind in the context line', async () => {
    const [k] = await queryRows<{ code: string; name: string }>(db, sql`SELECT code, name FROM key_places WHERE name LIKE '%行政中心'`);
    const results = await ok(admin, '行政中心');
    expect(top3(results)).toContain(`key_place:${k.code}`);
    expect(results[0].context).toContain('党政机关');
    expect(results[0].bbox).toBeNull();
  });

  it('finds a demo standard address from a fragment of its label, with its grid as context', async () => {
    const [a] = await queryRows<{ code: string; label: string; building: string; grid: string }>(
      db,
      sql`SELECT a.code, a.label, a.building_code AS building, g.name AS grid FROM addresses a JOIN buildings b ON b.code = a.building_code
          JOIN grids g ON g.code = b.grid_code ORDER BY a.code OFFSET 400 LIMIT 1`,
    );
    const short = a.label.replace(/^.*社区/u, ''); // 四川省…梧桐梁社区星河城1栋 → 星河城1栋
    const results = await ok(admin, short);
    expect(top3(results)).toContain(`address:${a.code}`);
    const hit = results.find((r) => r.id === a.code)!;
    expect(hit).toMatchObject({ name: short, context: a.grid, buildingCode: a.building });
    // The same place reached through its community and compound, as words.
    const community = a.label.match(/[^道]+社区/u)![0];
    expect(top3(await ok(admin, `${community} ${short}`))).toContain(`address:${a.code}`);
  });

  it('finds a community by its pinyin initials', async () => {
    const results = await ok(admin, 'wtl');
    expect(top3(results)).toContain('community:511703001001');
    expect(results[0].match).toBe('pinyin');
  });

  it('gives a point inside what it found (ST_PointOnSurface) and its box', async () => {
    const [hit] = await ok(admin, '梧桐梁社区', '&kinds=communities');
    const [inside] = await queryRows<{ ok: boolean }>(
      db,
      sql`SELECT ST_Intersects(geom, ST_SetSRID(ST_MakePoint(${hit.lngLat[0]}, ${hit.lngLat[1]}), 4326)) AS ok FROM communities WHERE code = ${hit.id}`,
    );
    expect(inside.ok).toBe(true);
    const [w, s, e, n] = hit.bbox!;
    expect(w < hit.lngLat[0] && hit.lngLat[0] < e && s < hit.lngLat[1] && hit.lngLat[1] < n).toBe(true);
  });

  it('answers each query within the budget (figures printed, not asserted)', () => {
    const lines = timings.map(([q, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${q}`);
    console.log(`search timings (${db.constructor.name}):\n${lines.join('\n')}`);
    expect(timings.length).toBeGreaterThan(10);
  });
});

describe('freshness', () => {
  it('rebuilds the index as soon as a grid plan is published (a renamed grid is found at once)', async () => {
    const [g] = await queryRows<{ code: string; name: string; plan_id: string; published_at: string }>(
      db,
      sql`SELECT g.code, g.name, g.plan_id, p.published_at::text FROM grids g JOIN grid_plans p ON p.id = g.plan_id ORDER BY g.code DESC LIMIT 1`,
    );
    await ok(admin, g.name); // the index is built on the current plan
    try {
      // What publishing does, as far as the index can tell: the grids change and the plan's publication time moves.
      await db.execute(sql`UPDATE grids SET name = '测试新名网格' WHERE code = ${g.code}`);
      await db.execute(sql`UPDATE grid_plans SET published_at = now() WHERE id = ${g.plan_id}`);
      expect(top3(await ok(admin, '测试新名'))).toContain(`grid:${g.code}`);
    } finally {
      await db.execute(sql`UPDATE grids SET name = ${g.name} WHERE code = ${g.code}`);
      await db.execute(sql`UPDATE grid_plans SET published_at = ${g.published_at}::timestamptz WHERE id = ${g.plan_id}`);
    }
  });
});

describe('scope', () => {
  it('gives a grid leader only what lies inside their grid: no community or street around it', async () => {
    const seen: SearchResult[] = [];
    for (const q of ['梧桐', '1栋', '社区', '三里坪', 'slp', '网格', '派出所', '中学']) seen.push(...(await ok(grid001, q, '&limit=50')));
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.some((r) => r.kind === 'community' || r.kind === 'street')).toBe(false);
    const points = seen.map((r) => ({ id: `${r.kind}:${r.id}`, lng: r.lngLat[0], lat: r.lngLat[1] }));
    const outside = await queryRows<{ id: string }>(
      db,
      sql`SELECT p.id FROM json_to_recordset(${JSON.stringify(points)}::json) AS p(id text, lng float8, lat float8), grids g
          WHERE g.code = ${gridCode} AND NOT ST_Intersects(g.geom, ST_SetSRID(ST_MakePoint(p.lng, p.lat), 4326))`,
    );
    expect(outside).toEqual([]);
    expect(seen.every((r) => r.gridCode === gridCode)).toBe(true);
  });

  it('finds for a district-wide user what a grid leader does not see', async () => {
    expect((await ok(grid001, '梧桐梁社区', '&kinds=communities'))).toEqual([]);
    expect((await ok(commander, '梧桐梁社区', '&kinds=communities')).length).toBe(1);
  });
});

describe('a search that finds nothing within a jurisdiction', () => {
  let officer01: TestClient;
  let beat: string;
  beforeAll(async () => {
    officer01 = await loginAs('officer01');
    beat = ((await (await officer01.request('/api/stats/summary')).json()) as Summary).jurisdiction.names.join('、');
  });

  it('names a community that lies outside, rather than 没有找到 (QA: 南山社区 for officer01)', async () => {
    expect((await ok(commander, '南山社区', '&kinds=communities')).length).toBe(1);
    const { body } = await find(officer01, '南山社区');
    expect(body.results).toEqual([]);
    expect(body.note).toBe(`「南山社区」不在您的辖区（${beat}）内`);
    const en = await officer01.request(`/api/search?q=${encodeURIComponent('南山社区')}`, { headers: { 'accept-language': 'en' } });
    expect(((await en.json()) as SearchAnswer).note).toBe(`“南山社区”: outside your jurisdiction (${beat})`);
  });

  it('says which streets, communities or grids of pinyin initials lie outside or only partly inside (QA: slp)', async () => {
    expect(top3(await ok(commander, 'slp')).length).toBeGreaterThan(0);
    const { body } = await find(officer01, 'slp');
    expect(body.results).toEqual([]);
    expect(body.note).toBe(`「三里坪社区」不在您的辖区（${beat}）内；「三里坪街道」只有一部分在您的辖区（${beat}）内，请搜索其中的网格、小区或楼栋`);
  });

  it('says nothing of that name lies inside, and names no place, when only a building or key place outside matches', async () => {
    const beatGrids = new Set(
      (await queryRows<{ code: string }>(db, sql`SELECT grid_code AS code FROM beat_grids WHERE beat_code = (SELECT scope_codes->>0 FROM users WHERE username = 'officer01')`)).map((r) => r.code),
    );
    const outside = (await ok(commander, '中学', '&kinds=key_places&limit=50')).find((r) => r.gridCode && !beatGrids.has(r.gridCode));
    expect(outside?.name, 'a key place named 中学 outside officer01’s beat').toMatch(/中学/);
    const mine = await ok(officer01, outside!.name);
    expect(mine).toEqual([]);
    const { body } = await find(officer01, outside!.name);
    expect(body.note).toBe(`您的辖区（${beat}）内没有找到“${outside!.name}”`);
  });

  it('adds no note for a district-wide user, nor when something was found', async () => {
    const { body } = await find(commander, 'zzqqxx无此地');
    expect(body.results).toEqual([]);
    expect(body.note).toBeUndefined();
    expect((await find(grid001, '梧桐')).body.note).toBeUndefined();
  });
});

describe('people', () => {
  const auditRows = async () => {
    const [r] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'search_people' AND outcome = 'success'`);
    return Number(r.n);
  };

  it('refuses a viewer with 403, in Chinese first, whether asked by kinds or by an ID number', async () => {
    const byKind = await find(viewer, '张', '&kinds=people');
    expect(byKind.status).toBe(403);
    expect(byKind.body.message).toBe('无权查询人员信息');
    expect((await find(viewer, '511703198507124315')).status).toBe(403);
    // Places stay open to the viewer.
    expect((await find(viewer, '梧桐')).status).toBe(200);
  });

  it('refuses the wall display any search', async () => {
    const app = await getTestApp();
    const issued = (await (await admin.request('/api/admin/wall-tokens', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'search test wall' }),
    })).json()) as { token: string };
    const res = await app.request('/api/auth/wall', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: issued.token }) });
    const wall = await clientOfSession(app, 'wall', res);
    expect((await find(wall, '梧桐')).status).toBe(403);
  });

  it('finds a grid leader’s residents by name, masked as the residents list masks them, and audits the search', async () => {
    const [r] = await queryRows<{ id: string; name: string }>(db, sql`SELECT id, name FROM residents WHERE grid_code = ${gridCode} AND moved_out_on IS NULL ORDER BY id LIMIT 1`);
    const before = await auditRows();
    const started = performance.now();
    const results = await ok(grid001, r.name, '&kinds=people&limit=50');
    console.log(`people search by name (${db.constructor.name}): ${(performance.now() - started).toFixed(1)} ms, ${results.length} found`);
    expect(results.map((p) => p.id)).toContain(r.id);
    expect(results.every((p) => p.kind === 'person' && p.gridCode === gridCode && p.person?.masked === true)).toBe(true);
    expect(results.every((p) => /^.\*+$/u.test(p.name) && /^\d{4}\*{10}[\dX]{4}$/.test(p.person!.idNumber))).toBe(true);
    const listed = (await (await grid001.request(`/api/residents?gridCode=${gridCode}&limit=500`)).json()) as { rows: { id: string }[] };
    const same = listed.rows.find((row) => row.id === r.id);
    expect(results.find((p) => p.id === r.id)!.person).toEqual(same);
    expect(await auditRows()).toBe(before + 1);
    const [row] = await queryRows<{ records: string[]; username: string }>(db, sql`SELECT records, username FROM audit_log WHERE action = 'search_people' ORDER BY id DESC LIMIT 1`);
    expect(row.username).toBe('grid001');
    expect(row.records).toEqual(expect.arrayContaining([`q:${r.name}`, r.id]));
  });

  it('finds a resident by the whole ID number, without kinds', async () => {
    const [r] = await queryRows<{ id: string; id_number: string }>(db, sql`SELECT id, id_number FROM residents WHERE grid_code = ${gridCode} AND moved_out_on IS NULL ORDER BY id LIMIT 1`);
    const results = await ok(grid001, r.id_number);
    expect(results[0]).toMatchObject({ kind: 'person', id: r.id, match: 'exact' });
    expect(results[0].context).not.toContain(r.id_number);
  });

  it('searches the whole district for a commander (figure printed)', async () => {
    const started = performance.now();
    const results = await ok(commander, '王', '&kinds=people&limit=20');
    console.log(`people search by surname, district-wide (${db.constructor.name}): ${(performance.now() - started).toFixed(1)} ms, ${results.length} found`);
    expect(results.length).toBe(20);
    expect(results.every((p) => p.name.startsWith('王') && p.person?.masked)).toBe(true);
  });

  it('does not find residents outside the caller’s scope', async () => {
    const [r] = await queryRows<{ id_number: string }>(db, sql`SELECT id_number FROM residents WHERE grid_code <> ${gridCode} AND moved_out_on IS NULL ORDER BY id LIMIT 1`);
    expect(await ok(grid001, r.id_number)).toEqual([]);
  });
});

describe('validation', () => {
  it.each([
    ['an empty q', ''],
    ['a blank q', '   '],
    ['a q over 50 characters', '梧'.repeat(51)],
    ['a q with a control character', '梧桐\u0007'],
    ['a q with a newline', '梧桐\n梁'],
  ])('answers 400 for %s', async (_what, q) => {
    const r = await find(admin, q);
    expect(r.status).toBe(400);
    expect(r.body.message).toMatch(/^关键词：/);
  });

  it('answers 400 without q, and for an unknown kind or a limit over 50', async () => {
    expect((await admin.request('/api/search')).status).toBe(400);
    expect((await find(admin, '梧桐', '&kinds=planets')).status).toBe(400);
    expect((await find(admin, '梧桐', '&limit=51')).status).toBe(400);
  });
});

describe('naming by the nearest place', () => {
  it('names every stop of a patrol plan, hotspot cells by their nearest place, with no cell id', async () => {
    const res = await admin.request('/api/patrol/plan', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ stationCode: 'PS01', window: { start: '19:00', end: '23:00' }, weekdays: [1, 2, 3, 4, 5], mode: 'foot', budgetMin: 90, dwellMin: 5 }),
    });
    expect(res.status).toBe(200);
    const plan = (await res.json()) as PatrolPlanAnswer;
    expect(plan.stops.some((s) => s.kind === 'hotspot')).toBe(true);
    for (const s of plan.stops) {
      expect(s.name, s.id).toMatch(/\S/);
      expect(s.name).not.toMatch(/cell-|\d+\.\d{3}/);
    }
    expect(plan.stops.filter((s) => s.kind === 'hotspot').every((s) => /附近$|约\d+米$/.test(s.name!))).toBe(true);
    expect(plan.candidates.every((c) => c.name && !c.name.includes('cell-'))).toBe(true);
    expect(plan.stops.find((s) => s.kind === 'hotspot')!.id).toMatch(/^cell-\d+-\d+$/); // ids stay ids
  });

  it('names repeat locations and near-repeat pairs by place instead of coordinates', async () => {
    const to = new Date().toISOString();
    const from = new Date(Date.now() - 56 * 86_400_000).toISOString();
    const res = await commander.request(`/api/analysis/repeats?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&distance=100&days=3`);
    expect(res.status).toBe(200);
    const answer = (await res.json()) as RepeatsAnswer;
    const locations = answer.locations.features;
    expect(locations.length).toBeGreaterThan(0);
    const named = locations.filter((f) => typeof f.properties.place === 'string');
    expect(named.length / locations.length).toBeGreaterThan(0.9);
    expect(named.every((f) => /^\D.*附近$/u.test(f.properties.place!))).toBe(true);
    expect(answer.pairs.features.filter((f) => f.properties.place).length).toBeGreaterThan(0);
  });

  it('names hot cells of the hotspot analysis, and only those', async () => {
    const to = new Date().toISOString();
    const from = new Date(Date.now() - 28 * 86_400_000).toISOString();
    const started = performance.now();
    const res = await commander.request(`/api/analysis/hotspots?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    console.log(`hotspots with hot cells named (${db.constructor.name}): ${(performance.now() - started).toFixed(0)} ms`);
    const answer = (await res.json()) as HotspotAnswer;
    const hot = answer.features.filter((f) => f.properties.class.startsWith('hot-'));
    expect(hot.length).toBeGreaterThan(0);
    expect(hot.filter((f) => f.properties.place).length / hot.length).toBeGreaterThan(0.9);
    expect(answer.features.filter((f) => !f.properties.class.startsWith('hot-')).every((f) => f.properties.place === undefined)).toBe(true);
  });
});
