import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PatrolAdherenceAnswer } from '../../core/contracts/dosage';
import { DAY_MS, localFields, localInstant, MINUTE_MS } from '../../core/time';
import { queryRows, type Db } from '../../server/db/engine';
import { fieldCheckIns, fieldPatrols, fieldPings, patrolRoutes, stations, users } from '../../server/db/schema';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

/*
 * A route with three stops 500 m apart, window from 08:00 (local), stops planned 08:10–08:20, 08:30–08:40 and
 * 08:50–09:00, so with the 10-minute grace they are on time 08:00–08:30, 08:20–08:50 and 08:40–09:10. The patrol
 * starts 07:58 five days back. By hand: stop 1 is reached 08:12 and left 08:24 (12 min over pings every 20 s, on time);
 * stop 2 reached 08:58 and left 09:03 (5 min, late); stop 3 never (skipped). → planned 3, reached 2, on time 1, skipped 1.
 */
let db: Db;
let commander: TestClient;
let patrolLeader: TestClient;
const day = localFields(Date.now() - 5 * DAY_MS);
const at = (h: number, m: number) => localInstant(day.year, day.month, day.day, h, m);
const from = new Date(at(0, 0)).toISOString();
const to = new Date(at(23, 0)).toISOString();
const routes: string[] = [];
const patrols: string[] = [];
let ownRoute = '';
let otherRoute = '';

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
const east = (origin: [number, number], m: number): [number, number] => [origin[0] + m / (111_320 * Math.cos((origin[1] * Math.PI) / 180)), origin[1]];

async function insertRoute(name: string, stationCode: string, origin: [number, number]): Promise<string> {
  const stops = [0, 1, 2].map((k) => ({
    id: `KP-T${k}`, kind: 'key_place', name: ['达川中学南门', '西外农贸市场', '凤凰山公园'][k], lngLat: east(origin, 500 * k),
    risk: 1, mandatory: false, arrival: '', departure: '', arrivalMin: 10 + 20 * k, departureMin: 20 + 20 * k, waitMin: 0,
  }));
  const line = [origin, east(origin, 1000)];
  const [row] = await db.insert(patrolRoutes).values({
    name, stationCode, assignedTo: `station:${stationCode}`, mode: 'foot', windowStart: '08:00', windowEnd: '10:00', weekdays: [1, 2, 3, 4, 5, 6, 7],
    budgetMin: 120, dwellMin: 10, plan: { stops, geometry: { type: 'LineString', coordinates: line }, distanceKm: 1, minutes: 60, coveredRisk: 3, method: 'test', dropped: [] },
    geom: sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify({ type: 'LineString', coordinates: line })}), 4326)`, createdBy: 'commander',
  }).returning({ id: patrolRoutes.id });
  routes.push(row.id);
  return row.id;
}

async function insertPatrol(routeId: string, username: string, startedMs: number): Promise<string> {
  const id = randomUUID();
  await db.insert(fieldPatrols).values({ id, username, force: 'police', routeId, startedAt: new Date(startedMs), endedAt: new Date(startedMs + 90 * MINUTE_MS) });
  patrols.push(id);
  return id;
}

async function insertPings(patrolId: string, fromMs: number, toMs: number, lngLat: [number, number]) {
  const rows = [];
  for (let t = fromMs; t <= toMs; t += 20_000) rows.push({ patrolId, at: new Date(t), geom: sql`ST_SetSRID(ST_MakePoint(${lngLat[0]}, ${lngLat[1]}), 4326)`, accuracyM: 6 });
  await db.insert(fieldPings).values(rows);
}

beforeAll(async () => {
  db = (await getTestDatabase()).db;
  commander = await loginAs('commander');
  patrolLeader = await loginAs('patrol');
  const [leader] = await db.select({ codes: users.scopeCodes }).from(users).where(sql`${users.username} = 'patrol'`);
  const own = leader.codes[0];
  const all = await db.select({ code: stations.code, lng: sql<number>`ST_X(${stations.geom})`, lat: sql<number>`ST_Y(${stations.geom})` }).from(stations).orderBy(stations.code);
  const ownStation = all.find((s) => s.code === own)!;
  const otherStation = all.find((s) => s.code !== own)!;
  const origin: [number, number] = [Number(ownStation.lng), Number(ownStation.lat)];
  ownRoute = await insertRoute('测试路线（本所）', ownStation.code, origin);
  otherRoute = await insertRoute('测试路线（他所）', otherStation.code, [Number(otherStation.lng), Number(otherStation.lat)]);
  const patrol = await insertPatrol(ownRoute, 'officer01', at(7, 58));
  await insertPings(patrol, at(8, 12), at(8, 24), east(origin, 5));
  await insertPings(patrol, at(8, 58), at(9, 3), east(origin, 503));
  // Far from every stop: walking between them.
  await insertPings(patrol, at(9, 4), at(9, 10), east(origin, 5000));
  await insertPatrol(otherRoute, 'commander', at(8, 0));
});

afterAll(async () => {
  await db.delete(fieldPatrols).where(inArray(fieldPatrols.id, patrols));
  await db.delete(patrolRoutes).where(inArray(patrolRoutes.id, routes));
});

async function adherence(client: TestClient, params: Record<string, string>): Promise<PatrolAdherenceAnswer> {
  const res = await client.request(`/api/dosage/patrols?${q(params)}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as PatrolAdherenceAnswer;
}

describe('GET /api/dosage/patrols', () => {
  it('answers one stop reached on time, one late and one skipped, by the stops’ names, with the dwell', async () => {
    const answer = await adherence(commander, { from, to, routeId: ownRoute });
    expect(answer.patrols).toHaveLength(1);
    const [p] = answer.patrols;
    expect(p).toMatchObject({ routeName: '测试路线（本所）', username: 'officer01', role: 'officer', planned: 3, reached: 2, onTime: 1, skipped: 1 });
    // The officer by name (the person the account belongs to), as the route's 分配给 names him; not the account's title.
    const [person] = await queryRows<{ name: string }>(db, sql`SELECT p.name FROM users u JOIN people p ON p.id = u.person_id WHERE u.username = 'officer01'`);
    expect(person?.name).toBeTruthy();
    expect(p.unitName).toBe(person.name);
    expect(p.stops.map((s) => [s.name, s.status, s.reached, s.onTime, s.dwellMin])).toEqual([
      ['达川中学南门', 'on_time', true, true, 12],
      ['西外农贸市场', 'late', true, false, 5],
      ['凤凰山公园', 'skipped', false, false, null],
    ]);
    expect(p.stops.map((s) => s.arrivedAt)).toEqual([new Date(at(8, 12)).toISOString(), new Date(at(8, 58)).toISOString(), null]);
    expect(p.stops[1]).toMatchObject({ plannedArrival: new Date(at(8, 30)).toISOString(), plannedDeparture: new Date(at(8, 40)).toISOString(), windowClose: new Date(at(8, 50)).toISOString() });
  });

  it('counts a check-in at a stop as reaching it', async () => {
    const patrol = await insertPatrol(ownRoute, 'officer01', at(13, 0));
    await db.insert(fieldCheckIns).values({ id: randomUUID(), patrolId: patrol, username: 'officer01', method: 'geofence', stopIndex: 2, at: new Date(at(8, 45)) });
    const answer = await adherence(commander, { from, to, routeId: ownRoute });
    const p = answer.patrols.find((x) => x.id === patrol)!;
    // The window belongs to the day's 08:00 nearest the start (13:00): that same morning, so 08:45 is on time at stop 3.
    expect(p.stops.map((s) => [s.status, s.evidence, s.dwellMin])).toEqual([['skipped', null, null], ['skipped', null, null], ['on_time', 'check_in', null]]);
    await db.delete(fieldPatrols).where(inArray(fieldPatrols.id, [patrol]));
  });

  it('keeps to the caller’s scope: the patrol leader sees their station’s route, not another station’s', async () => {
    const leader = await adherence(patrolLeader, { from, to });
    const ids = leader.patrols.map((p) => p.routeId);
    expect(ids).toContain(ownRoute);
    expect(ids).not.toContain(otherRoute);
    const all = await adherence(commander, { from, to });
    expect(all.patrols.map((p) => p.routeId)).toContain(otherRoute);
  });

  it('refuses viewers and grid workers with a Chinese 403, writing nothing', async () => {
    for (const who of ['viewer', 'worker001']) {
      const res = await (await loginAs(who)).request(`/api/dosage/patrols?${q({ from, to })}`, { headers: { 'accept-language': 'zh-CN' } });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { message: string }).message).toContain('巡逻执行情况');
    }
  });

  it('answers 400 naming routeId when it is not an id, and a period that runs backwards', async () => {
    const bad = await commander.request(`/api/dosage/patrols?${q({ routeId: 'route-1' })}`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('routeId');
    expect((await commander.request(`/api/dosage/patrols?${q({ from: to, to: from })}`)).status).toBe(400);
  });
});
