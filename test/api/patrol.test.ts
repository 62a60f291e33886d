import { booleanPointInPolygon, point, polygon } from '@turf/turf';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ForecastMethodSchema } from '../../core/contracts/analysis';
import type { PatrolAssignee, PatrolCandidates, PatrolPlanAnswer, SavedPatrolRoute } from '../../core/contracts/patrol';
import { localDateKey, localIsoWeekday, startOfLocalDay } from '../../core/time';
import { queryRows, type Database, type Db } from '../../server/db/engine';
import { findTravelMatrix } from '../../server/db/repos/roads.repo';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

let database: Database;
let db: Db;
let admin: TestClient;
let patrol: TestClient;
let station: [number, number];
let ownStation = '';
let otherStation = '';
let evening: PatrolPlanAnswer;

const post = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const base = { stationCode: 'PS01', window: { start: '19:00', end: '23:00' }, weekdays: [1, 2, 3, 4, 5], mode: 'foot', budgetMin: 90, dwellMin: 5 };
const plan = async (client: TestClient, body: unknown) => {
  const res = await client.request('/api/patrol/plan', post(body));
  return { status: res.status, body: (await res.json()) as PatrolPlanAnswer & { message: string; stopIds?: string[]; issues?: { field: string }[] } };
};

beforeAll(async () => {
  database = await getTestDatabase();
  db = database.db;
  admin = await loginAs('admin');
  patrol = await loginAs('patrol');
  const [s] = await queryRows<{ lng: number; lat: number }>(db, sql`SELECT ST_X(geom) AS lng, ST_Y(geom) AS lat FROM stations WHERE code = 'PS01'`);
  station = [Number(s.lng), Number(s.lat)];
  const [u] = await queryRows<{ code: string }>(db, sql`SELECT scope_codes->>0 AS code FROM users WHERE username = 'patrol'`);
  ownStation = u.code;
  const [o] = await queryRows<{ code: string }>(db, sql`SELECT code FROM stations WHERE code <> ${ownStation} ORDER BY code LIMIT 1`);
  otherStation = o.code;
  const r = await plan(admin, base);
  expect(r.status).toBe(200);
  evening = r.body;
});

describe('POST /api/patrol/plan', () => {
  it('plans a timed foot route from PS01, 19:00–23:00 on weekdays, within 90 minutes including the return', () => {
    const stops = evening.stops;
    expect(stops.length).toBeGreaterThan(2);
    stops.forEach((s, k) => {
      expect(s.arrivalMin).toBeLessThan(s.departureMin);
      expect(s.departureMin - s.arrivalMin - s.waitMin).toBeCloseTo(5, 6);
      if (k > 0) expect(s.arrivalMin).toBeGreaterThan(stops[k - 1].departureMin);
      expect(s.arrival).toMatch(/^(19|20):[0-5]\d$/);
    });
    expect(stops[0].arrival >= '19:00').toBe(true);
    expect(evening.minutes).toBeGreaterThan(stops[stops.length - 1].departureMin);
    expect(evening.minutes).toBeLessThanOrEqual(90);
    expect(evening.coveredRisk).toBeCloseTo(stops.reduce((sum, s) => sum + s.risk, 0), 2);
    expect(evening.distanceKm).toBeGreaterThan(1);
  });

  it('routes on the road network: pgRouting on PostgreSQL, the TypeScript Dijkstra on PGlite', () => {
    expect(evening.method).toBe(database.routing === 'pgrouting' ? 'road network (pgRouting)' : 'road network (TypeScript Dijkstra)');
  });

  it('starts and ends at the station, and between them follows road_edges (only the station and the stops lie off them)', async () => {
    const coords = evening.geometry.coordinates;
    expect(coords[0]).toEqual(station);
    expect(coords[coords.length - 1]).toEqual(station);
    const offRoad = await queryRows<{ lng: number; lat: number }>(
      db,
      sql`SELECT p.lng, p.lat FROM json_to_recordset(${JSON.stringify(coords.map(([lng, lat]) => ({ lng, lat })))}::json) AS p(lng float8, lat float8)
          WHERE NOT EXISTS (SELECT 1 FROM road_edges e WHERE ST_DWithin(e.geom::geography, ST_SetSRID(ST_MakePoint(p.lng, p.lat), 4326)::geography, 2))`,
    );
    const allowed = [station, ...evening.stops.map((s) => s.lngLat)].map((p) => p.join(','));
    expect(offRoad.map((p) => `${p.lng},${p.lat}`).filter((p) => !allowed.includes(p))).toEqual([]);
    expect(coords.length).toBeGreaterThan(evening.stops.length * 3);
  });

  it('chooses from hotspot cells and key places at their peak, best first', () => {
    const kinds = new Set(evening.candidates.map((c) => c.kind));
    expect(kinds).toEqual(new Set(['hotspot', 'key_place']));
    const risks = evening.candidates.map((c) => c.risk);
    expect(risks).toEqual([...risks].sort((a, b) => b - a));
    expect(evening.candidates.length).toBeLessThanOrEqual(50);
  });

  it('visits a key place marked mandatory, and flags it', async () => {
    const visited = new Set(evening.stops.map((s) => s.id));
    const near = await queryRows<{ code: string }>(db, sql`SELECT code FROM key_places ORDER BY geom <-> ST_SetSRID(ST_MakePoint(${station[0]}, ${station[1]}), 4326) LIMIT 6`);
    const code = near.map((k) => k.code).find((c) => !visited.has(c))!;
    const r = await plan(admin, { ...base, mandatory: [code] });
    expect(r.status).toBe(200);
    expect(r.body.stops.find((s) => s.id === code)).toMatchObject({ mandatory: true, kind: 'key_place' });
    expect(r.body.minutes).toBeLessThanOrEqual(90);
  });

  it('answers 422 naming the mandatory stops when they cannot all be visited within the budget', async () => {
    const far = await queryRows<{ code: string; name: string }>(db, sql`SELECT code, name FROM key_places ORDER BY geom <-> ST_SetSRID(ST_MakePoint(${station[0]}, ${station[1]}), 4326) DESC LIMIT 2`);
    const codes = far.map((k) => k.code);
    const r = await plan(admin, { ...base, budgetMin: 30, mandatory: codes });
    expect(r.status).toBe(422);
    expect(r.body.stopIds!.sort()).toEqual([...codes].sort());
    // Named as people know them, in the language asked for (Chinese by default).
    for (const k of far) expect(r.body.message).toContain(`「${k.name}」`);
    expect(r.body.message).toMatch(/^必到点位.*无法在 30 分钟内全部到达/);
  });

  it('says when a 必到 place’s peak opens after the window starts: the wait breaks the budget, and a later start fixes it', async () => {
    // A nightlife place opens at 20:00; from 19:00 by car with 30 minutes, most of the tour is waiting for it.
    const [night] = await queryRows<{ code: string; name: string }>(db, sql`SELECT code, name FROM key_places
      WHERE kind = 'nightlife' AND peak_windows->0->>'from' = '20:00'
      ORDER BY geom <-> ST_SetSRID(ST_MakePoint(${station[0]}, ${station[1]}), 4326) LIMIT 1`);
    const r = await plan(admin, { ...base, mode: 'car', budgetMin: 30, mandatory: [night.code] });
    expect(r.status).toBe(422);
    expect(r.body.stopIds).toEqual([night.code]);
    const match = /最短路线需 ([\d.]+) 分钟，其中 ([\d.]+) 分钟是在等「(.+)」的到访时段（20:00 起）。可把时段改为从 20:00 开始，或增加时间预算$/.exec(r.body.message);
    expect(match, r.body.message).not.toBeNull();
    expect(match![3]).toBe(night.name);
    expect(Number(match![2])).toBeGreaterThan(30);
    expect(Number(match![2])).toBeLessThan(Number(match![1]));
    // Started at 20:00 as the message says, the same place fits the same 30 minutes.
    const later = await plan(admin, { ...base, window: { start: '20:00', end: '23:00' }, mode: 'car', budgetMin: 30, mandatory: [night.code] });
    expect(later.status).toBe(200);
    expect(later.body.stops.map((s) => s.id)).toContain(night.code);
  });

  it('plans within the window when the budget is longer: back at the station when the slot ends', async () => {
    const r = await plan(admin, { ...base, window: { start: '19:00', end: '20:00' }, budgetMin: 600 });
    expect(r.status).toBe(200);
    expect(r.body.budgetMin).toBe(60);
    expect(r.body.stops.length).toBeGreaterThan(0);
    expect(r.body.minutes).toBeLessThanOrEqual(60);
    for (const s of r.body.stops) expect(s.departure <= '20:00', s.departure).toBe(true);
  });

  it('falls back to straight lines where there is no road data, and says so', async () => {
    const rural = await plan(admin, { ...base, stationCode: undefined, start: [107.62, 31.05] });
    expect(rural.status).toBe(200);
    expect(rural.body.method).toBe('straight-line (no road data)');
    expect(rural.body.geometry.coordinates).toEqual([[107.62, 31.05], [107.62, 31.05]]);
  });

  it.each([
    ['window.start', { ...base, window: { start: '25:00', end: '23:00' } }],
    ['window.end', { ...base, window: { start: '19:00', end: '19:00' } }],
    ['mode', { ...base, mode: 'bike' }],
    ['budgetMin', { ...base, budgetMin: 5 }],
    ['budgetMin', { ...base, budgetMin: 601 }],
    ['dwellMin', { ...base, dwellMin: 61 }],
    ['weekdays', { ...base, weekdays: [0] }],
    ['stationCode', { ...base, start: [107.5, 31.2] }],
  ])('answers 400 naming %s', async (field, body) => {
    const r = await plan(admin, body);
    expect(r.status).toBe(400);
    expect(r.body.issues?.map((i) => i.field.replace(/\.\d+$/, ''))).toContain(field);
  });

  it('answers 400 for a mandatory code that is no key place, and 404 for an unknown station', async () => {
    expect((await plan(admin, { ...base, mandatory: ['KP999'] })).body.message).toBe('必到点位：您的辖区内没有必到点位 KP999');
    expect((await plan(admin, { ...base, stationCode: 'PS99' })).status).toBe(404);
  });
});

describe('scope and roles', () => {
  it('lets a patrol leader plan from their own station and answers 403 for another', async () => {
    expect((await plan(patrol, { ...base, stationCode: ownStation, budgetMin: 30 })).status).toBe(200);
    const r = await plan(patrol, { ...base, stationCode: otherStation });
    expect(r.status).toBe(403);
    const [{ name: otherName }] = await queryRows<{ name: string }>(db, sql`SELECT name FROM stations WHERE code = ${otherStation}`);
    expect(r.body.message).toContain(`${otherName}不在您的辖区内`);
    expect((await patrol.request(`/api/patrol/candidates?station=${otherStation}&start=19:00&end=23:00`)).status).toBe(403);
  });

  it('refuses the viewer (403)', async () => {
    const viewer = await loginAs('viewer');
    expect((await viewer.request('/api/patrol/plan', post(base))).status).toBe(403);
    expect((await viewer.request('/api/patrol/routes')).status).toBe(403);
  });
});

describe('GET /api/patrol/candidates', () => {
  it('lists a key place standing in a hot cell once, as the key place carrying the cell’s incidents', async () => {
    let merged = 0;
    for (const station of ['PS01', 'PS02', 'PS03', 'PS04']) {
      for (const hotspots of ['gi', 'forecast']) {
        const res = await admin.request(`/api/patrol/candidates?station=${station}&start=19:00&end=23:00&mode=car&hotspots=${hotspots}`);
        expect(res.status).toBe(200);
        const { candidates } = (await res.json()) as PatrolCandidates;
        const cells = candidates.filter((c) => c.kind === 'hotspot' && c.polygon);
        for (const k of candidates.filter((c) => c.kind === 'key_place')) {
          const inside = cells.filter((h) => booleanPointInPolygon(point(k.lngLat), polygon([h.polygon!])));
          expect(inside.map((h) => h.name), `${station} ${hotspots} ${k.name}`).toEqual([]);
          if (k.incidents !== undefined) merged += 1;
        }
      }
    }
    expect(merged).toBeGreaterThan(0);
  });

  it('lists hot cells (hot-90 or better, incidents a week as risk) and key places at their peak, within the radius', async () => {
    const res = await admin.request('/api/patrol/candidates?station=PS01&start=19:00&end=23:00&weekdays=1,2,3,4,5&mode=foot');
    expect(res.status).toBe(200);
    const body = (await res.json()) as PatrolCandidates;
    expect(body).toMatchObject({ radiusM: 1500, cellSizeM: 150, weeks: 8, weekdays: [1, 2, 3, 4, 5], start: { stationCode: 'PS01', lngLat: station } });
    const cells = body.candidates.filter((c) => c.kind === 'hotspot');
    expect(cells.length).toBeGreaterThan(5);
    for (const c of cells) {
      expect(c.hotspotClass).toMatch(/^hot-(90|95|99)$/);
      expect(c.risk).toBeCloseTo(c.incidents! / 8, 3);
      expect(c.polygon).toHaveLength(5);
    }
    const places = body.candidates.filter((c) => c.kind === 'key_place');
    expect(places.every((p) => p.peakOverlapMin! > 0 && p.window !== undefined)).toBe(true);
  });

  it('takes a point instead of a station (at=lng,lat), with the radius asked for', async () => {
    const res = await admin.request(`/api/patrol/candidates?at=${station.join(',')}&start=22:00&end=02:00&radiusM=800`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as PatrolCandidates;
    expect(body).toMatchObject({ radiusM: 800, weekdays: [1, 2, 3, 4, 5, 6, 7], start: { stationCode: null, lngLat: station } });
    // A picked point is named as people name places, not left as coordinates.
    expect(body.start.name).toMatch(/附近$|[东南西北]+约\d+米$/);
  });

  it('takes its hot cells from the shift’s validated forecast on request, naming the model that won', async () => {
    const res = await admin.request('/api/patrol/candidates?station=PS01&start=19:00&end=23:00&weekdays=1,2,3,4,5&mode=foot&hotspots=forecast');
    expect(res.status).toBe(200);
    const body = (await res.json()) as PatrolCandidates;
    expect(body.hotspots).toBe('forecast');
    expect(body.forecast!.folds).toBeGreaterThan(0);
    expect(ForecastMethodSchema.options).toContain(body.forecast!.chosen.method);
    expect(body.forecast!.chosen.pai).toBeGreaterThanOrEqual(body.forecast!.priorCounts.pai!);
    const cells = body.candidates.filter((c) => c.kind === 'hotspot');
    expect(cells.length).toBeGreaterThan(5);
    for (const c of cells) {
      expect(c.risk, c.name ?? c.id).toBeGreaterThanOrEqual(0.005); // never a 0.00 stop
      expect(c.hotspotClass).toBeUndefined();
      expect(c.name).not.toBe('');
      expect(c.polygon).toHaveLength(5);
    }
    // The night shift, for the station's own planner: where the window's incidents are few the forecast's share of
    // cells can reach ones it expects almost nothing in (a tester saw 0.00 stops); none of them is a stop.
    const sparse = (await (await patrol.request('/api/patrol/candidates?station=PS01&start=23:00&end=03:00&weekdays=1,2,3,4,5&mode=foot&hotspots=forecast')).json()) as PatrolCandidates;
    const sparseCells = sparse.candidates.filter((c) => c.kind === 'hotspot');
    expect(sparseCells.length).toBeGreaterThan(0);
    for (const c of sparseCells) expect(c.risk, c.name ?? c.id).toBeGreaterThanOrEqual(0.005);
    // Gi* stays the default, so existing clients see the same candidates.
    const plain = (await (await admin.request('/api/patrol/candidates?station=PS01&start=19:00&end=23:00&weekdays=1,2,3,4,5&mode=foot')).json()) as PatrolCandidates;
    expect(plain.hotspots).toBe('gi');
    expect(plain.forecast).toBeUndefined();
  });

  it('answers 400 naming hotspots for a source it does not know', async () => {
    const res = await admin.request('/api/patrol/candidates?station=PS01&start=19:00&end=23:00&hotspots=etas');
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('hotspots');
  });

  it('answers 400 for a missing window end', async () => {
    expect((await admin.request('/api/patrol/candidates?station=PS01&start=19:00')).status).toBe(400);
  });
});

describe('saved patrol routes', () => {
  const save = (client: TestClient, stationCode: string, p: PatrolPlanAnswer) =>
    client.request('/api/patrol/routes', post({ ...base, stationCode, name: '夜巡一线', assignedTo: `beat:${stationCode}-J01`, plan: p }));

  it('names a start picked on the map, in the plan and in the route saved from it', async () => {
    const { stationCode: _station, ...fromPoint } = base;
    const planned = await plan(admin, { ...fromPoint, start: station, budgetMin: 30 });
    expect(planned.status).toBe(200);
    expect(planned.body.start).toMatchObject({ stationCode: null, name: expect.stringMatching(/附近$|[东南西北]+约\d+米$/) });
    const { candidates: _c, start: _s, window: _w, weekdays: _d, mode: _m, budgetMin: _b, dwellMin: _dw, ...kept } = planned.body;
    const saved = await admin.request('/api/patrol/routes', post({ ...fromPoint, start: station, name: '自选起点巡线', assignedTo: 'beat:PS01-J01', plan: kept }));
    expect(saved.status).toBe(201);
    const { id } = (await saved.json()) as SavedPatrolRoute;
    const reopened = (await (await admin.request(`/api/patrol/routes/${id}`)).json()) as SavedPatrolRoute;
    expect(reopened.plan?.startName).toBe(planned.body.start.name);
    expect((await admin.request(`/api/patrol/routes/${id}`, { method: 'DELETE' })).status).toBe(204);
  });

  it('refuses to save a route without stops, or one longer than its window, naming why (400, nothing saved)', async () => {
    const before = (await (await admin.request('/api/patrol/routes')).json()) as SavedPatrolRoute[];
    const empty = await save(admin, 'PS01', { ...evening, stops: [], minutes: 0, coveredRisk: 0 });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { message: string }).message).toContain('路线没有停靠点，不能保存');
    const long = await admin.request('/api/patrol/routes', post({ ...base, window: { start: '19:00', end: '20:00' }, name: '超时路线', assignedTo: 'beat:PS01-J01', plan: { ...evening, minutes: 88.4 } }));
    expect(long.status).toBe(400);
    expect(((await long.json()) as { message: string }).message).toContain('路线需 89 分钟，超出时段的 60 分钟');
    expect(((await (await admin.request('/api/patrol/routes')).json()) as SavedPatrolRoute[]).length).toBe(before.length);
  });

  it('round-trips a saved route, lists it, and deletes it (audited)', async () => {
    const res = await save(admin, 'PS01', evening);
    expect(res.status).toBe(201);
    const saved = (await res.json()) as SavedPatrolRoute;
    expect(saved).toMatchObject({ name: '夜巡一线', assignedTo: 'beat:PS01-J01', assignedName: expect.stringMatching(/派出所第1警格$/), stationCode: 'PS01', mode: 'foot', window: base.window, weekdays: base.weekdays, budgetMin: 90, dwellMin: 5, createdBy: 'admin', createdByName: '系统管理员（演示）' });
    const list = (await (await admin.request('/api/patrol/routes')).json()) as SavedPatrolRoute[];
    expect(list.find((r) => r.id === saved.id)).not.toHaveProperty('plan');
    // The route ends when its plan does (a 90-minute budget in 19:00–23:00), in the list and in the answer alike.
    expect(evening.minutes).toBeLessThanOrEqual(90);
    const end = 19 * 60 + Math.ceil(evening.minutes - 1e-9);
    expect(saved.plannedEnd).toBe(`${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`);
    expect(list.find((r) => r.id === saved.id)!.plannedEnd).toBe(saved.plannedEnd);
    const one = (await (await admin.request(`/api/patrol/routes/${saved.id}`)).json()) as SavedPatrolRoute;
    expect(one.plan!.geometry).toEqual(evening.geometry);
    expect(one.plan!.stops.map((s) => s.id)).toEqual(evening.stops.map((s) => s.id));
    expect((await admin.request(`/api/patrol/routes/${saved.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await admin.request(`/api/patrol/routes/${saved.id}`)).status).toBe(404);
    const audit = await queryRows<{ action: string }>(db, sql`SELECT action FROM audit_log WHERE records @> ${JSON.stringify([`patrol_route:${saved.id}`])}::jsonb ORDER BY id`);
    expect(audit.map((a) => a.action)).toEqual(['save_patrol_route', 'delete_patrol_route']);
  });

  it('says from which day a saved route is on its crew’s 今日: today when it runs today, else its next weekday', async () => {
    const now = Date.now();
    const today = localIsoWeekday(now);
    const tomorrow = (today % 7) + 1;
    const saveOn = async (weekdays: number[]) => {
      const res = await admin.request('/api/patrol/routes', post({ ...base, weekdays, name: '执行日', assignedTo: 'beat:PS01-J01', plan: evening }));
      expect(res.status).toBe(201);
      return (await res.json()) as SavedPatrolRoute;
    };
    const everyDay = await saveOn([1, 2, 3, 4, 5, 6, 7]);
    const fromTomorrow = await saveOn([tomorrow]);
    expect(everyDay.firstOnToday).toBe(localDateKey(now));
    expect(fromTomorrow.firstOnToday).toBe(localDateKey(startOfLocalDay(now) + 36 * 3600_000)); // noon tomorrow, local
    const listed = (await (await admin.request('/api/patrol/routes')).json()) as SavedPatrolRoute[];
    expect(listed.find((r) => r.id === fromTomorrow.id)!.firstOnToday).toBe(fromTomorrow.firstOnToday);
    for (const r of [everyDay, fromTomorrow]) expect((await admin.request(`/api/patrol/routes/${r.id}`, { method: 'DELETE' })).status).toBe(204);
  });

  it('keeps where a plan’s hotspots came from, so a route opened again says it and plans anew from it', async () => {
    expect(evening.hotspots).toBe('gi');
    const forecast = await plan(admin, { ...base, hotspots: 'forecast' });
    expect(forecast.status).toBe(200);
    expect(forecast.body.hotspots).toBe('forecast');
    const saved = (await (await save(admin, 'PS01', forecast.body)).json()) as SavedPatrolRoute;
    const one = (await (await admin.request(`/api/patrol/routes/${saved.id}`)).json()) as SavedPatrolRoute;
    expect(one.plan!.hotspots).toBe('forecast');
    const [row] = await queryRows<{ hotspots: string }>(db, sql`SELECT plan->>'hotspots' AS hotspots FROM patrol_routes WHERE id = ${saved.id}`);
    expect(row.hotspots).toBe('forecast');
    const bad = await admin.request('/api/patrol/routes', post({ ...base, name: '夜巡', assignedTo: 'beat:PS01-J01', plan: { ...forecast.body, hotspots: 'etas' } }));
    expect(bad.status).toBe(400);
    await admin.request(`/api/patrol/routes/${saved.id}`, { method: 'DELETE' });
  });

  it('shows a patrol leader only the routes of their station', async () => {
    const mine = (await (await save(patrol, ownStation, evening)).json()) as SavedPatrolRoute;
    const theirs = (await (await save(admin, otherStation, evening)).json()) as SavedPatrolRoute;
    const ids = ((await (await patrol.request('/api/patrol/routes')).json()) as SavedPatrolRoute[]).map((r) => r.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect((await patrol.request(`/api/patrol/routes/${theirs.id}`)).status).toBe(404);
    expect((await patrol.request(`/api/patrol/routes/${theirs.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await save(patrol, otherStation, evening)).status).toBe(403);
    for (const id of [mine.id, theirs.id]) await admin.request(`/api/patrol/routes/${id}`, { method: 'DELETE' });
  });

  it('offers a patrol leader their station, its beats and its beats’ officers by name, and no one else', async () => {
    const list = (await (await patrol.request('/api/patrol/assignees')).json()) as PatrolAssignee[];
    const [beats] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM beats WHERE station_code = ${ownStation} AND officer_id IS NOT NULL`);
    expect(list.filter((a) => a.kind === 'station').map((a) => a.id)).toEqual([`station:${ownStation}`]);
    expect(list.filter((a) => a.kind === 'officer')).toHaveLength(beats.n);
    expect(list.every((a) => a.stationCode === ownStation)).toBe(true);
    const officer = list.find((a) => a.kind === 'officer')!;
    expect(officer.name).toMatch(/^\S+（.+第\d+警格 社区民警）$/);
    const all = (await (await admin.request('/api/patrol/assignees')).json()) as PatrolAssignee[];
    expect(all.length).toBeGreaterThan(list.length);
  });

  it('stores an officer by id and shows their name; refuses an assignee no one has or outside the scope', async () => {
    const list = (await (await patrol.request('/api/patrol/assignees')).json()) as PatrolAssignee[];
    const officer = list.find((a) => a.kind === 'officer')!;
    const res = await patrol.request('/api/patrol/routes', post({ ...base, stationCode: ownStation, name: '夜巡二线', assignedTo: officer.id, plan: evening }));
    expect(res.status).toBe(201);
    const saved = (await res.json()) as SavedPatrolRoute;
    expect(saved).toMatchObject({ assignedTo: officer.id, assignedName: officer.name });
    const [row] = await queryRows<{ assigned_to: string }>(db, sql`SELECT assigned_to FROM patrol_routes WHERE id = ${saved.id}`);
    expect(row.assigned_to).toBe(officer.id);
    const listed = ((await (await patrol.request('/api/patrol/routes')).json()) as SavedPatrolRoute[]).find((r) => r.id === saved.id)!;
    expect(listed.assignedName).toBe(officer.name);
    await admin.request(`/api/patrol/routes/${saved.id}`, { method: 'DELETE' });

    const attempt = (assignedTo: string) => patrol.request('/api/patrol/routes', post({ ...base, stationCode: ownStation, name: '夜巡', assignedTo, plan: evening }));
    expect((await attempt('beat:PS99-J99')).status).toBe(404);
    const outside = await attempt(`station:${otherStation}`);
    expect(outside.status).toBe(403);
    // Named as people know it, with what to do: the refusal read 'station:PS02 不在您的辖区内'.
    const [{ name: otherName }] = await queryRows<{ name: string }>(db, sql`SELECT name FROM stations WHERE code = ${otherStation}`);
    expect(((await outside.json()) as { message: string }).message).toBe(`分配给：${otherName}不在您的辖区内：请从“分配给”列表中选择辖区内的警格、派出所或民警`);
    const free = await attempt('张三的班组');
    expect(free.status).toBe(400);
    expect(((await free.json()) as { issues: { field: string }[] }).issues.map((i) => i.field)).toContain('assignedTo');
  });

  it('answers 400 for a route without a name or a plan', async () => {
    const res = await admin.request('/api/patrol/routes', post({ ...base, assignedTo: 'x', plan: { stops: [] } }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { issues: { field: string }[] }).issues.map((i) => i.field)).toContain('name');
  });
});

describe('travel matrices', () => {
  it('come from pgRouting on PostgreSQL (the TypeScript Dijkstra on PGlite) and agree with the TypeScript Dijkstra on the same road_edges', async () => {
    const points: [number, number][] = [station, ...evening.candidates.map((c) => c.lngLat)];
    for (const mode of ['foot', 'car'] as const) {
      const ts = await findTravelMatrix(database, points, mode, { routing: 'typescript' });
      expect(ts.method).toBe('road network (TypeScript Dijkstra)');
      if (database.engine === 'pglite') {
        // PGlite has no pgRouting: the embedded engine always routes in TypeScript.
        expect(database.routing).toBe('typescript');
        continue;
      }
      expect(database.routing).toBe('pgrouting'); // the server has postgresql-15-pgrouting (README, .ci/run)
      const pg = await findTravelMatrix(database, points, mode, { routing: 'pgrouting' });
      expect(pg.method).toBe('road network (pgRouting)');
      pg.minutes.forEach((row, i) => row.forEach((m, j) => expect(Math.abs(m - ts.minutes[i][j])).toBeLessThanOrEqual(0.01 * ts.minutes[i][j])));
    }
  });
});
