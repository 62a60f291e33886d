import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanDraft, PlannerAreas, PlannerUnits } from '../../core/contracts/planner';
import { queryRows, type Db } from '../../server/db/engine';
import { hashPassword } from '../../server/auth/passwords';
import { getTestDatabase, loginAs, testPassword, type TestClient } from '../support/test-database';

let db: Db;
let planner: TestClient;
let areas: PlannerAreas;
beforeAll(async () => {
  db = (await getTestDatabase()).db;
  planner = await loginAs('planner');
  areas = (await (await planner.request('/api/planner/areas')).json()) as PlannerAreas;
});

const smallestStreet = () => [...areas.streets].sort((a, b) => a.communities.length - b.communities.length || (a.code < b.code ? -1 : 1))[0];
const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('planner areas and units', () => {
  it('lists the streets with grids and their communities', () => {
    expect(areas.streets.length).toBe(6);
    const communities = areas.streets.flatMap((s) => s.communities);
    expect(communities.length).toBe(35);
    expect(communities.reduce((s, c) => s + c.grids, 0)).toBe(208);
    // Each grid's households, which sum to the community's.
    expect(communities.every((c) => c.gridHouseholds.length === c.grids && c.gridHouseholds.reduce((s, h) => s + h, 0) === c.households)).toBe(true);
    // By their short names, as every other view shows them (梧桐梁社区, not 梧桐梁社区居民委员会).
    expect(communities.every((c) => !c.name.endsWith('居民委员会'))).toBe(true);
    expect(communities.filter((c) => c.name.endsWith('社区')).length).toBeGreaterThan(20);
  });

  it('gives every building of a street once, with a territory, and territories that tile each community', async () => {
    const street = smallestStreet();
    const res = await planner.request(`/api/planner/units?street=${street.code}`);
    expect(res.status).toBe(200);
    const units = (await res.json()) as PlannerUnits;
    const [n] = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM buildings b JOIN compounds k ON k.code = b.compound_code JOIN communities c ON c.code = k.community_code WHERE c.street_code = ${street.code}`,
    );
    const codes = units.units.features.map((f) => f.properties.code);
    expect(codes.length).toBe(Number(n.n));
    expect(new Set(codes).size).toBe(codes.length);
    expect(units.units.features.every((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')).toBe(true);
    expect(units.adjacency.length).toBeGreaterThan(codes.length);
    // Sum of territory areas = community area, measured by PostGIS on the GeoJSON the API sent.
    const [area] = await queryRows<{ territories: number; communities: number }>(
      db,
      sql`SELECT (SELECT sum(ST_Area(ST_GeomFromGeoJSON(f->>'geometry')::geography)) FROM json_array_elements(${JSON.stringify(units.units.features)}::json) f) AS territories,
                 (SELECT sum(ST_Area(geom::geography)) FROM communities WHERE street_code = ${street.code} AND code IN (SELECT community_code FROM grids)) AS communities`,
    );
    expect(Math.abs(Number(area.territories) - Number(area.communities)) / Number(area.communities)).toBeLessThan(1e-5); // coordinates travel with 7 decimals (≈1 cm)
  });

  it('names each building as people do (compound and building: 星河城1栋) and each beat by its name, for the lists', async () => {
    const street = smallestStreet();
    const units = (await (await planner.request(`/api/planner/units?street=${street.code}`)).json()) as PlannerUnits;
    const named = await queryRows<{ code: string; label: string; compound: string }>(
      db,
      sql`SELECT b.code, k.name || b.name AS label, k.name AS compound FROM buildings b JOIN compounds k ON k.code = b.compound_code
          JOIN communities c ON c.code = k.community_code WHERE c.street_code = ${street.code}`,
    );
    const expected = new Map(named.map((r) => [r.code, r]));
    for (const f of units.units.features) {
      expect(f.properties.label, f.properties.code).toBe(expected.get(f.properties.code)?.label);
      expect(f.properties.compoundName, f.properties.code).toBe(expected.get(f.properties.code)?.compound);
      expect(f.properties.label).not.toContain(f.properties.code);
    }
    const beats = new Set(units.units.features.map((f) => f.properties.beatCode).filter((b): b is string => b !== null));
    expect(beats.size).toBeGreaterThan(0);
    const beatNames = new Map(units.beats.features.map((f) => [f.properties.code, f.properties.name]));
    for (const b of beats) expect(beatNames.get(b), b).toMatch(/派出所第\d+警格$/);
  });

  it('counts each grid’s 户数 and 实有人口 as the map does, by its buildings and by the grid itself', async () => {
    const street = smallestStreet();
    const units = (await (await planner.request(`/api/planner/units?street=${street.code}`)).json()) as PlannerUnits;
    const map = (await (await planner.request('/api/grids')).json()) as { features: { properties: { code: string; households: number; residents: number } }[] };
    const measured = new Map(map.features.map((f) => [f.properties.code, f.properties]));
    const byBuildings = new Map<string, { households: number; residents: number }>();
    for (const { properties: u } of units.units.features) {
      if (!u.gridCode) continue;
      const sum = byBuildings.get(u.gridCode) ?? { households: 0, residents: 0 };
      byBuildings.set(u.gridCode, { households: sum.households + u.households, residents: sum.residents + u.residents });
    }
    expect(units.grids.features.length).toBeGreaterThan(0);
    for (const { properties: grid } of units.grids.features) {
      const shown = { households: measured.get(grid.code)!.households, residents: measured.get(grid.code)!.residents };
      expect({ households: grid.households, residents: grid.residents }, grid.name).toEqual(shown);
      expect(byBuildings.get(grid.code), grid.name).toEqual(shown);
    }
  });

  it('previews the largest street as published with no problem: hair-thin slivers where two communities’ territories meet are not overlaps', async () => {
    const street = [...areas.streets].sort((a, b) => b.communities.length - a.communities.length)[0];
    expect(street.communities.length).toBeGreaterThan(1);
    const units = (await (await planner.request(`/api/planner/units?street=${street.code}`)).json()) as PlannerUnits;
    const assignment = Object.fromEntries(units.units.features.map((f) => [f.properties.code, f.properties.gridCode!]));
    // One grid docked onto another beat: the plan in force itself is refused as having nothing to publish.
    const [redocked] = await queryRows<{ grid: string; beat: string }>(db, sql`SELECT bg.grid_code AS grid, (SELECT min(code) FROM beats WHERE code <> bg.beat_code) AS beat
      FROM beat_grids bg JOIN grids g ON g.code = bg.grid_code WHERE g.street_code = ${street.code} ORDER BY bg.grid_code LIMIT 1`);
    const docking = { [redocked.grid]: redocked.beat };
    const res = await planner.request('/api/planner/preview', json({ name: '原样', areaKind: 'street', areaCode: street.code, band: [1, 100000], assignment, docking }));
    const body = (await res.json()) as { problems?: { kind: string; message: string }[] };
    expect(body.problems?.map((p) => p.message) ?? [], JSON.stringify(body).slice(0, 400)).toEqual([]);
    expect(res.status).toBe(200);
  }, 60_000);

  it('answers 400 naming the parameter for a malformed or missing area, and 404 for an unknown one', async () => {
    for (const q of ['', '?street=abc', '?street=511703001&community=511703001001']) {
      const res = await planner.request(`/api/planner/units${q}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toMatch(/^街道：/);
    }
    expect((await planner.request('/api/planner/units?street=999999999')).status).toBe(404);
  });

  it('is closed to roles that do not plan grids', async () => {
    for (const username of ['commander', 'officer01', 'patrol', 'viewer']) {
      const client = await loginAs(username);
      expect((await client.request('/api/planner/areas')).status).toBe(403);
      expect((await client.request('/api/planner/drafts', json({}))).status).toBe(403);
    }
  });
});

describe('a planner with a narrower jurisdiction', () => {
  const message = async (res: Response) => ((await res.json()) as { message: string }).message;
  /** A planner account over `scope`, added straight to the database (用户管理 is tested elsewhere). */
  async function plannerOver(username: string, kind: string, codes: string[]): Promise<TestClient> {
    await db.execute(sql`INSERT INTO users (username, display_name, role, scope_kind, scope_codes, password_hash)
      VALUES (${username}, ${username}, 'planner', ${kind}, ${JSON.stringify(codes)}::jsonb, ${await hashPassword(testPassword)}) ON CONFLICT (username) DO NOTHING`);
    return loginAs(username);
  }

  it('sees only the streets and communities wholly inside it, and is refused the rest in Chinese, changing nothing', async () => {
    const mine = smallestStreet();
    const other = areas.streets.find((s) => s.code !== mine.code)!;
    const client = await plannerOver('planner.street', 'street', [mine.code]);
    const listed = (await (await client.request('/api/planner/areas')).json()) as PlannerAreas;
    expect(listed.jurisdiction).toEqual([mine.name]);
    expect(listed.streets.map((s) => [s.code, s.plannable, s.communities.length])).toEqual([[mine.code, true, mine.communities.length]]);
    expect((await client.request(`/api/planner/units?street=${mine.code}`)).status).toBe(200);

    // A draft of the other street, saved by the district's planner: the street planner may not open, change or publish it.
    const units = (await (await planner.request(`/api/planner/units?street=${other.code}`)).json()) as PlannerUnits;
    const assignment = Object.fromEntries(units.units.features.map((f) => [f.properties.code, f.properties.gridCode]));
    const input = { name: '他街草案', areaKind: 'street', areaCode: other.code, band: [300, 500], assignment, locked: [], docking: {} };
    const draft = (await (await planner.request('/api/planner/drafts', json(input))).json()) as PlanDraft;
    const plans = async () => (await queryRows<{ id: string; name: string; status: string }>(db, sql`SELECT id, name, status FROM grid_plans ORDER BY id`));
    const before = await plans();
    const refusals: [string, RequestInit | undefined][] = [
      [`/api/planner/units?street=${other.code}`, undefined],
      [`/api/planner/units?community=${other.communities[0].code}`, undefined],
      [`/api/planner/drafts?area=${other.code}`, undefined],
      ['/api/planner/drafts', json(input)],
      ['/api/planner/preview', json(input)],
      [`/api/planner/drafts/${draft.id}`, undefined],
      [`/api/planner/drafts/${draft.id}`, { ...json({ ...input, name: '改名' }), method: 'PUT' }],
      [`/api/planner/drafts/${draft.id}`, { method: 'DELETE' }],
      [`/api/planner/drafts/${draft.id}/publish`, { method: 'POST' }],
    ];
    for (const [path, init] of refusals) {
      const res = await client.request(path, init);
      expect(res.status, `${init?.method ?? 'GET'} ${path}`).toBe(403);
      expect(await message(res)).toMatch(new RegExp(`^(${other.name}|${other.communities[0].name})有网格不在您的辖区（${mine.name}）内`));
    }
    expect(await plans()).toEqual(before);
    // Its own street it plans as any planner does; a draft of it cannot be moved over to the other street.
    const mineUnits = (await (await client.request(`/api/planner/units?street=${mine.code}`)).json()) as PlannerUnits;
    const mineInput = { ...input, name: '本街草案', areaCode: mine.code, assignment: Object.fromEntries(mineUnits.units.features.map((f) => [f.properties.code, f.properties.gridCode])) };
    const saved = await client.request('/api/planner/drafts', json(mineInput));
    expect(saved.status).toBe(201);
    const ownDraft = (await saved.json()) as PlanDraft;
    expect((await client.request(`/api/planner/drafts/${ownDraft.id}`, { ...json(input), method: 'PUT' })).status).toBe(403);
    expect((await client.request(`/api/planner/drafts/${ownDraft.id}`, { method: 'DELETE' })).status).toBe(204);
  });

  it('lists a street part of which lies outside only community by community, and not as a whole', async () => {
    const [station] = await queryRows<{ code: string }>(db, sql`SELECT code FROM stations ORDER BY code LIMIT 1`);
    const client = await plannerOver('planner.station', 'station', [station.code]);
    const listed = (await (await client.request('/api/planner/areas')).json()) as PlannerAreas;
    const communities = listed.streets.flatMap((s) => s.communities.map((c) => c.code));
    expect(communities.length).toBeGreaterThan(0);
    // Every listed community has all its grids in the station's beats; every other community has one outside.
    const inside = await queryRows<{ code: string; whole: boolean }>(db, sql`SELECT g.community_code AS code,
        bool_and(EXISTS (SELECT 1 FROM beat_grids bg JOIN beats b ON b.code = bg.beat_code WHERE bg.grid_code = g.code AND b.station_code = ${station.code})) AS whole
      FROM grids g GROUP BY g.community_code`);
    expect(communities.sort()).toEqual(inside.filter((r) => r.whole).map((r) => r.code).sort());
    for (const s of listed.streets) {
      const all = areas.streets.find((a) => a.code === s.code)!;
      expect(s.plannable, s.name).toBe(s.communities.length === all.communities.length);
      if (!s.plannable) expect((await client.request(`/api/planner/units?street=${s.code}`)).status).toBe(403);
    }
  });
});

describe('planner drafts', () => {
  it('saves, lists, reopens, updates and deletes a draft, and refuses malformed ones with 400', async () => {
    const street = smallestStreet();
    const units = (await (await planner.request(`/api/planner/units?street=${street.code}`)).json()) as PlannerUnits;
    const assignment = Object.fromEntries(units.units.features.map((f) => [f.properties.code, f.properties.gridCode]));
    const input = { name: '测试草案', areaKind: 'street', areaCode: street.code, band: [300, 500], assignment, locked: [], docking: {} };
    const created = await planner.request('/api/planner/drafts', json(input));
    expect(created.status).toBe(201);
    const draft = (await created.json()) as PlanDraft;
    // The author by the account's display name, as other lists name authors (the list showed the login name).
    const [{ name: plannerName }] = await queryRows<{ name: string }>(db, sql`SELECT display_name AS name FROM users WHERE username = 'planner'`);
    expect(plannerName).not.toBe('planner');
    expect(draft).toMatchObject({ status: 'draft', createdBy: 'planner', createdByName: plannerName, band: [300, 500] });
    const listed = (await (await planner.request(`/api/planner/drafts?area=${street.code}`)).json()) as { id: string; createdByName: string }[];
    expect(listed.map((p) => p.id)).toContain(draft.id);
    expect(listed.find((p) => p.id === draft.id)!.createdByName).toBe(plannerName);
    const updated = await planner.request(`/api/planner/drafts/${draft.id}`, { ...json({ ...input, name: '改名', locked: ['x1'] }), method: 'PUT' });
    expect(updated.status).toBe(200);
    const reopened = (await (await planner.request(`/api/planner/drafts/${draft.id}`)).json()) as PlanDraft;
    expect(reopened).toMatchObject({ name: '改名', locked: ['x1'], assignment });
    expect((await planner.request(`/api/planner/drafts/${draft.id}`, { ...json({ ...input, name: '名'.repeat(60) }), method: 'PUT' })).status).toBe(200);
    for (const bad of [{ ...input, band: [500, 300] }, { ...input, assignment: {} }, { ...input, name: '' }, { ...input, name: '名'.repeat(61) }, { ...input, areaCode: 'x' }]) {
      expect((await planner.request('/api/planner/drafts', json(bad))).status).toBe(400);
    }
    expect((await planner.request(`/api/planner/drafts/${draft.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await planner.request(`/api/planner/drafts/${draft.id}`)).status).toBe(404);
    expect((await planner.request('/api/planner/drafts/not-a-uuid')).status).toBe(400);
  });

  it('never saves over a draft saved since the editor opened it: the later save is refused with 409 and the earlier kept', async () => {
    const street = smallestStreet();
    const units = (await (await planner.request(`/api/planner/units?street=${street.code}`)).json()) as PlannerUnits;
    const assignment = Object.fromEntries(units.units.features.map((f) => [f.properties.code, f.properties.gridCode]));
    const input = { name: '两个窗口', areaKind: 'street', areaCode: street.code, band: [300, 500], assignment, locked: [], docking: {} };
    const opened = (await (await planner.request('/api/planner/drafts', json(input))).json()) as PlanDraft;
    const put = (body: object) => planner.request(`/api/planner/drafts/${opened.id}`, { ...json(body), method: 'PUT' });
    // Two tabs opened the same draft; the first saves, then the second, both from what they opened.
    const first = await put({ ...input, name: '第一个窗口', locked: ['a'], baseUpdatedAt: opened.updatedAt });
    expect(first.status).toBe(200);
    const firstSaved = (await first.json()) as PlanDraft;
    const second = await put({ ...input, name: '第二个窗口', locked: ['b'], baseUpdatedAt: opened.updatedAt });
    expect(second.status).toBe(409);
    const refusal = (await second.json()) as { error: string; message: string };
    expect(refusal.error).toBe('draft_changed');
    expect(refusal.message).toContain('另存为新草稿');
    expect(await (await planner.request(`/api/planner/drafts/${opened.id}`)).json()).toMatchObject({ name: '第一个窗口', locked: ['a'], updatedAt: firstSaved.updatedAt });
    // The first tab saves again from what it saved: that is still the draft, so it is written.
    expect((await put({ ...input, name: '第一个窗口再存', baseUpdatedAt: firstSaved.updatedAt })).status).toBe(200);
    expect((await put({ ...input, baseUpdatedAt: 'yesterday' })).status).toBe(400);
    expect((await planner.request(`/api/planner/drafts/${opened.id}`, { method: 'DELETE' })).status).toBe(204);
  });
});
