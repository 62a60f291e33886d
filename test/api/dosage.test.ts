import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DosageAnswer, DosageEffectAnswer, PlaceDosageView, WallDosage } from '../../core/contracts/dosage';
import { compareAfterVisits, computeDosage, measurePlaceDistanceM, type DosagePing, type DosagePlace } from '../../core/dosage';
import { queryRows, type Db } from '../../server/db/engine';
import { fieldCheckIns, fieldPatrols, fieldPings } from '../../server/db/schema';
import { answerWallDosage, forgetWallDosagePlaces } from '../../server/services/wall-dosage.service';
import { pointsInGrids } from '../support/incident-points';
import { clientOfSession, getTestApp, getTestDatabase, loginAs, type TestClient } from '../support/test-database';

const MIN = 60_000;
let db: Db;
let commander: TestClient;
let grid001: TestClient;
// Three days back, so the pings of other tests (taken now) do not mix with these.
const base = Math.floor((Date.now() - 3 * 86_400_000) / MIN) * MIN;
const from = new Date(base - 60 * MIN).toISOString();
const to = new Date(base + 180 * MIN).toISOString();
let hot: PlaceDosageView;
let keyPlace: PlaceDosageView;
const inserted: DosagePing[] = [];

const get = async <T>(client: TestClient, path: string): Promise<T> => {
  const res = await client.request(path);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
};
const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

async function insertPatrol(force: 'police' | 'grid', username: string, startedMs: number, endedMs: number | null): Promise<string> {
  const id = randomUUID();
  await db.insert(fieldPatrols).values({ id, username, force, startedAt: new Date(startedMs), endedAt: endedMs === null ? null : new Date(endedMs) });
  return id;
}

/** Pings every `stepS` seconds for `minutes` at `lngLat`, stored and remembered for the core computation. */
async function insertPings(patrolId: string, force: 'police' | 'grid', startMs: number, minutes: number, stepS: number, lngLat: [number, number]) {
  const rows: DosagePing[] = [];
  for (let t = startMs; t <= startMs + minutes * MIN; t += stepS * 1000) rows.push({ unitId: patrolId, force, atMs: t, lngLat, accuracyM: 6 });
  await db.insert(fieldPings).values(rows.map((p) => ({ patrolId, at: new Date(p.atMs), geom: sql`ST_SetSRID(ST_MakePoint(${p.lngLat[0]}, ${p.lngLat[1]}), 4326)`, accuracyM: p.accuracyM })));
  inserted.push(...rows);
}

const asCorePlace = (p: PlaceDosageView): DosagePlace => ({
  id: p.id,
  name: p.name,
  kind: p.kind,
  shape: p.polygon ? { kind: 'polygon', ring: p.polygon } : { kind: 'circle', center: p.lngLat, radiusM: p.radiusM! },
});

beforeAll(async () => {
  db = (await getTestDatabase()).db;
  commander = await loginAs('commander');
  grid001 = await loginAs('grid001');
  const before = await get<DosageAnswer>(commander, `/api/dosage?${q({ from, to })}`);
  hot = before.places.find((p) => p.kind === 'hotspot')!;
  keyPlace = before.places.find((p) => p.kind === 'key_place')!;
  // A police unit 12 minutes in the hot cell (Koper band), away, and back 4 minutes: two visits, a 50-minute gap.
  const police = await insertPatrol('police', 'officer01', base, base + 120 * MIN);
  await insertPings(police, 'police', base, 12, 30, hot.lngLat);
  await insertPings(police, 'police', base + 62 * MIN, 4, 30, hot.lngLat);
  // A grid worker 15 minutes at the key place, and a check-in there an hour later with no pings (a visit of no dwell).
  const grid = await insertPatrol('grid', 'worker001', base, base + 120 * MIN);
  await insertPings(grid, 'grid', base + 20 * MIN, 15, 20, keyPlace.lngLat);
  await db.insert(fieldCheckIns).values({ id: randomUUID(), username: 'worker001', method: 'qr', keyPlaceCode: keyPlace.id, at: new Date(base + 95 * MIN) });
});

describe('GET /api/dosage', () => {
  it('answers the figures core/dosage computes from the same pings and check-ins', async () => {
    const answer = await get<DosageAnswer>(commander, `/api/dosage?${q({ from, to })}`);
    const places = [answer.places.find((p) => p.id === hot.id)!, answer.places.find((p) => p.id === keyPlace.id)!];
    const checkIns = [{ unitId: 'user:worker001', force: 'grid' as const, atMs: base + 95 * MIN, placeId: keyPlace.id }];
    const core = computeDosage({ pings: inserted, checkIns, places: places.map(asCorePlace), periods: [{ startMs: Date.parse(from), endMs: Date.parse(to) }] });
    for (const [k, place] of places.entries()) {
      expect({ all: place.all, police: place.police, grid: place.grid }).toEqual({ all: core[k].all, police: core[k].police, grid: core[k].grid });
    }
    // And what that is, by hand: the cell 12 + 4 minutes, one of two visits in the band, 50 minutes between them.
    expect(places[0].police).toMatchObject({ visits: 2, dwellMin: 16, koperVisits: 1, koperShare: 0.5, longestGapMin: 50 });
    expect(places[0].grid.visits).toBe(0);
    expect(places[1].grid).toMatchObject({ visits: 2, checkInVisits: 1, dwellMin: 15, koperShare: 1, longestGapMin: 60 });
    expect(places[0].name.length).toBeGreaterThan(0);
  });

  it('counts only each day’s window when one is given', async () => {
    const startLocal = new Date(base + 8 * 3_600_000);
    const hhmm = (d: Date) => `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
    // The window opens 6 minutes into the police unit's first visit and closes an hour later, 4 minutes into its second
    // (which ends at 66): 6 + 3.5 minutes of dwell (the window's end is not in it, so the last ping counted is 65:30).
    const windowStart = hhmm(new Date(startLocal.getTime() + 6 * MIN));
    const windowEnd = hhmm(new Date(startLocal.getTime() + 66 * MIN));
    const answer = await get<DosageAnswer>(commander, `/api/dosage?${q({ from, to, windowStart, windowEnd })}`);
    const cell = answer.places.find((p) => p.id === hot.id)!;
    expect(answer.window).toEqual({ start: windowStart, end: windowEnd });
    expect(cell.police).toMatchObject({ visits: 2, dwellMin: 9.5, longestGapMin: 50 });
  });

  it('keeps to the caller’s scope: a grid leader sees no more places than the commander', async () => {
    const all = await get<DosageAnswer>(commander, `/api/dosage?${q({ from, to })}`);
    const own = await get<DosageAnswer>(grid001, `/api/dosage?${q({ from, to })}`);
    expect(own.places.length).toBeLessThan(all.places.length);
  });

  it('answers 400 in Chinese for a period that runs backwards, too long, or half a window', async () => {
    for (const bad of [q({ from: to, to: from }), q({ from: '2026-01-01', to: '2026-03-01' }), q({ from, to, windowStart: '08:00' })]) {
      const res = await commander.request(`/api/dosage?${bad}`, { headers: { 'accept-language': 'zh-CN' } });
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('GET /api/dosage/effect', () => {
  it('compares the hours after the visits with their sample sizes and says it is no causal claim', async () => {
    const answer = await get<DosageEffectAnswer>(commander, `/api/dosage/effect?${q({ from, to, hours: '2' })}`);
    const cell = answer.hotspots.find((h) => h.id === hot.id)!;
    const visits = [
      { unitId: 'p', force: 'police' as const, placeId: hot.id, startMs: base, endMs: base + 12 * MIN, dwellMin: 12, evidence: 'pings' as const },
      { unitId: 'p', force: 'police' as const, placeId: hot.id, startMs: base + 62 * MIN, endMs: base + 66 * MIN, dwellMin: 4, evidence: 'pings' as const },
    ];
    const expected = compareAfterVisits(visits, [], { startMs: Date.parse(from), endMs: Date.parse(to) }, 2);
    expect(cell.visits).toBe(2);
    expect(cell.comparison.visitHours).toBe(expected.visitHours);
    expect(cell.comparison.visitHours + cell.comparison.otherHours).toBeGreaterThan(0);
    expect(answer.caveat).toContain('不表明因果');
  });

  it('compares only the hours that have ended when the period runs on past now (the analysis’ 近N个自然日 end tonight)', async () => {
    // A week to come holds every clock hour on a workday and on a weekend day: a day to come held no hour of the visits'
    // strata when the visits fell on a weekend and the next day was a workday, and this test failed around midnight.
    const later = new Date(Date.now() + 7 * 24 * 3_600_000).toISOString();
    const before = Date.now();
    const answer = await get<DosageEffectAnswer>(commander, `/api/dosage/effect?${q({ from, to: later, hours: '2' })}`);
    const after = Date.now();
    const cell = answer.hotspots.find((h) => h.id === hot.id)!;
    const visits = [
      { unitId: 'p', force: 'police' as const, placeId: hot.id, startMs: base, endMs: base + 12 * MIN, dwellMin: 12, evidence: 'pings' as const },
      { unitId: 'p', force: 'police' as const, placeId: hot.id, startMs: base + 62 * MIN, endMs: base + 66 * MIN, dwellMin: 4, evidence: 'pings' as const },
    ];
    // Up to now, whichever side of an hour's turn the request fell on; the week to come would add its hours of the
    // visits' strata to the comparison.
    const upTo = (endMs: number) => compareAfterVisits(visits, [], { startMs: Date.parse(from), endMs }, 2).otherHours;
    expect([upTo(before), upTo(after)]).toContain(cell.comparison.otherHours);
    expect(cell.comparison.otherHours).toBeLessThan(upTo(Date.parse(later)));
  });
});

describe('GET /api/wall/dosage', () => {
  it('counts every unit on patrol in the jurisdiction, wherever it is, and no patrol silent for longer than 5 minutes', async () => {
    forgetWallDosagePlaces();
    const now = Date.now();
    const [own] = await queryRows<{ code: string }>(db, sql`SELECT scope_codes->>0 AS code FROM users WHERE username = 'grid001'`);
    const points = await pointsInGrids(1000);
    const [inOwn, elsewhere] = [points.find((p) => p.grid === own.code)!, points.find((p) => p.grid !== own.code)!].map((p): [number, number] => [p.lng, p.lat]);
    const counts = async () => [(await get<WallDosage>(commander, '/api/wall/dosage')).patrolling, (await get<WallDosage>(grid001, '/api/wall/dosage')).patrolling];
    const [districtBefore, gridBefore] = await counts();
    const ping = async (username: string, at: number, lngLat: [number, number]) => {
      const patrol = await insertPatrol('grid', username, now - 30 * MIN, null);
      await db.insert(fieldPings).values({ patrolId: patrol, at: new Date(at), geom: sql`ST_SetSRID(ST_MakePoint(${lngLat[0]}, ${lngLat[1]}), 4326)`, accuracyM: 8 });
    };
    await ping('worker001', now - MIN, inOwn);
    await ping('worker002', now - MIN, elsewhere);
    await ping('worker003', now - 12 * MIN, inOwn);
    const [district, grid] = await counts();
    expect(district).toEqual({ police: districtBefore.police, grid: districtBefore.grid + 2 });
    expect(grid).toEqual({ police: gridBefore.police, grid: gridBefore.grid + 1 });
  });


  it('shows a unit at a key place now, by the place’s name, to the wall display', async () => {
    forgetWallDosagePlaces();
    const now = Date.now();
    const patrol = await insertPatrol('police', 'officer01', now - 10 * MIN, null);
    await db.insert(fieldPings).values({ patrolId: patrol, at: new Date(now - MIN), geom: sql`ST_SetSRID(ST_MakePoint(${keyPlace.lngLat[0]}, ${keyPlace.lngLat[1]}), 4326)`, accuracyM: 5 });
    const admin = await loginAs('admin');
    const issued = (await (await admin.request('/api/admin/wall-tokens', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'dosage wall' }) })).json()) as { token: string };
    const app = await getTestApp();
    const login = await app.request('/api/auth/wall', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: issued.token }) });
    const wall = await clientOfSession(app, 'wall', login);
    const answer = await get<WallDosage>(wall, '/api/wall/dosage');
    const here = answer.present.find((p) => p.id === keyPlace.id);
    expect(here).toMatchObject({ name: keyPlace.name, police: 1, grid: 0 });
    expect(answer.uncovered.some((u) => u.id === keyPlace.id)).toBe(false);
    expect((await wall.request(`/api/dosage?${q({ from, to })}`)).status).toBe(403);
  });

  it('counts the places at their peak, so the wall can tell ‘none at its peak’ from ‘all at their peak covered’', async () => {
    forgetWallDosagePlaces();
    const district = { kind: 'district' as const, codes: [] };
    // The next weekday 07:30 in Beijing: every school's morning peak (07:20–08:20) is open.
    let morning = Date.parse(`${new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)}T07:30:00+08:00`) + 86_400_000;
    while ([0, 6].includes(new Date(morning + 8 * 3_600_000).getUTCDay())) morning += 86_400_000;
    const [schools] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM key_places WHERE kind = 'school'`);
    const atMorning = await answerWallDosage(db, district, morning);
    expect(Number(schools.n)).toBeGreaterThan(0);
    expect(atMorning.atPeak).toBeGreaterThanOrEqual(Number(schools.n));
    expect(atMorning.atPeak).toBeGreaterThanOrEqual(atMorning.uncovered.length);
  });

  it('counts a unit where a hot spot and a key place overlap once, though both places list it', async () => {
    forgetWallDosagePlaces();
    const now = Date.now();
    // A point well inside two of the places the wall measures now: a key place in a hot cell, or two cells' corner.
    const places = (await get<DosageAnswer>(commander, '/api/dosage')).places;
    const candidates = places.flatMap((p) => [p.lngLat, ...(p.polygon ?? [])]);
    let overlap: { at: [number, number]; both: PlaceDosageView[] } | undefined;
    for (const at of candidates) {
      const both = places.filter((p) => measurePlaceDistanceM(asCorePlace(p).shape, at) <= 5);
      if (both.length >= 2) overlap = { at, both };
      if (overlap) break;
    }
    expect(overlap, 'no two places of the demo data overlap').not.toBeUndefined();
    const { at, both } = overlap!;
    const before = await get<WallDosage>(commander, '/api/wall/dosage');
    // Not officer01, whose open patrol an earlier test left and the field tests end: a second open one they would not.
    const patrol = await insertPatrol('police', 'officer07', now - 10 * MIN, null);
    await db.insert(fieldPings).values({ patrolId: patrol, at: new Date(now - MIN), geom: sql`ST_SetSRID(ST_MakePoint(${at[0]}, ${at[1]}), 4326)`, accuracyM: 5 });
    const after = await get<WallDosage>(commander, '/api/wall/dosage');
    const policeAt = (a: WallDosage, id: string) => a.present.find((p) => p.id === id)?.police ?? 0;
    for (const p of both) expect(policeAt(after, p.id) - policeAt(before, p.id), p.name).toBe(1);
    expect(after.atPlaces).toEqual({ police: before.atPlaces.police + 1, grid: before.atPlaces.grid });
  });
});
