import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FieldCheckInResult, KeyPlaceQr } from '../../core/contracts/field';
import { queryRows, type Db } from '../../server/db/engine';
import { eastOf, isoAgo, loginAsCopyOf, newId, postJson, startPatrolOf } from '../support/field-fixtures';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

let db: Db;
let admin: TestClient, officer: TestClient, worker: TestClient;
let place: { code: string; name: string; at: [number, number] };
let other: { code: string };
let sheet: KeyPlaceQr[];
let patrolId: string;
beforeAll(async () => {
  db = (await getTestDatabase()).db;
  // A copy of the officer's account: field-patrols starts and ends patrols as officer01 meanwhile.
  [admin, worker] = await Promise.all(['admin', 'worker001'].map((u) => loginAs(u)));
  officer = await loginAsCopyOf(db, 'officer01', 'check-ins');
  const rows = await queryRows<{ code: string; name: string; lng: number; lat: number }>(db, sql`SELECT code, name, ST_X(geom) AS lng, ST_Y(geom) AS lat FROM key_places ORDER BY code LIMIT 2`);
  place = { code: rows[0].code, name: rows[0].name, at: [Number(rows[0].lng), Number(rows[0].lat)] };
  other = { code: rows[1].code };
  const res = await admin.request('/api/admin/key-places/qr?format=json');
  expect(res.status).toBe(200);
  sheet = (await res.json()) as KeyPlaceQr[];
  patrolId = (await startPatrolOf(officer, isoAgo(20 * 60_000))).id;
});

const checkInsWith = async (id: string) => Number((await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM field_check_ins WHERE id = ${id}`))[0].n);
const payloadOf = (code: string) => sheet.find((s) => s.code === code)!.payload;

describe('check-in by geofence', () => {
  it('inside the radius (distance plus accuracy within 50 m) is stored once, however often it is sent', async () => {
    const body = { id: newId(), patrolId, method: 'geofence', keyPlaceCode: place.code, at: isoAgo(60_000), position: eastOf(place.at, 20), accuracyM: 10 };
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await postJson(officer, '/api/field/check-ins', body));
    expect(answers.map((r) => r.status)).toEqual([201, 200, 200]);
    const first = (await answers[0].json()) as FieldCheckInResult;
    expect(first.placeName).toBe(place.name);
    expect(first.distanceM).toBeGreaterThan(18);
    expect(first.distanceM).toBeLessThan(22);
    expect(((await answers[2].json()) as FieldCheckInResult)).toMatchObject({ replayed: true, placeName: place.name });
    expect(await checkInsWith(body.id)).toBe(1);
  });

  it('outside the radius is refused, saying how far the phone was, and nothing is stored', async () => {
    const body = { id: newId(), method: 'geofence', keyPlaceCode: place.code, at: isoAgo(0), position: eastOf(place.at, 80), accuracyM: 5 };
    const res = await postJson(worker, '/api/field/check-ins', body);
    expect(res.status).toBe(422);
    const { message } = (await res.json()) as { message: string };
    expect(message).toContain(place.name);
    expect(message).toContain('超出签到范围 50 米');
    const metres = Number(/ (\d+) 米（定位精度/.exec(message)?.[1]);
    expect(metres).toBeGreaterThanOrEqual(78);
    expect(metres).toBeLessThanOrEqual(82);
    expect(await checkInsWith(body.id)).toBe(0);
  });

  it('a fix whose accuracy circle reaches past the radius does not count (40 m away, ±15 m)', async () => {
    const body = { id: newId(), method: 'geofence', keyPlaceCode: place.code, at: isoAgo(0), position: eastOf(place.at, 40), accuracyM: 15 };
    expect((await postJson(worker, '/api/field/check-ins', body)).status).toBe(422);
  });

  it('naming neither a key place nor a stop is refused in plain Chinese, the fields’ names only in parentheses at the end', async () => {
    // What the phone sent for a route's stop with no patrol running: the stop exists only as a stop of a patrol's route.
    const body = { id: newId(), method: 'geofence', at: isoAgo(0), position: place.at, accuracyM: 5 };
    const res = await postJson(worker, '/api/field/check-ins', body);
    expect(res.status).toBe(400);
    const { message } = (await res.json()) as { message: string };
    // It read "必到点：请指明签到的必到点（keyPlaceCode）或巡逻路线上的站点（stopIndex）".
    expect(message).toBe('必到点：没有指明在哪里签到。必到点随时可以签到；巡逻路线上的其他站点，须先按该路线开始巡逻才能签到（keyPlaceCode 或 stopIndex）');
    expect(await checkInsWith(body.id)).toBe(0);
  });
});

describe('check-in by QR code', () => {
  it('the payload printed on the admin’s sheet checks in at its key place', async () => {
    const body = { id: newId(), method: 'qr', qrPayload: payloadOf(place.code), at: isoAgo(0) };
    const res = await postJson(worker, '/api/field/check-ins', body);
    expect(res.status).toBe(201);
    expect(((await res.json()) as FieldCheckInResult).placeName).toBe(place.name);
    const [row] = await queryRows<{ key_place_code: string }>(db, sql`SELECT key_place_code FROM field_check_ins WHERE id = ${body.id}`);
    expect(row.key_place_code).toBe(place.code);
  });

  it('refuses a forged payload and one altered to name another place, storing nothing', async () => {
    const valid = payloadOf(place.code);
    const signature = valid.split('.')[2];
    const forged = `JW1.${place.code}.${'A'.repeat(22)}`;
    const altered = `JW1.${other.code}.${signature}`;
    for (const qrPayload of [forged, altered, 'https://example.com/not-ours', valid.slice(0, -1)]) {
      const id = newId();
      const res = await postJson(worker, '/api/field/check-ins', { id, method: 'qr', qrPayload, at: isoAgo(0) });
      expect(res.status, qrPayload).toBe(422);
      // One sentence naming the field in Chinese (it read "qrPayload：二维码无效：…").
      expect(((await res.json()) as { message: string }).message).toBe('二维码：不是本系统打印的必到点二维码，或内容已被改动，无法签到');
      expect(await checkInsWith(id)).toBe(0);
    }
  });
});

describe('the QR sheet', () => {
  it('prints one code a key place, with its name under it, for the admin only', async () => {
    const res = await admin.request('/api/admin/key-places/qr');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html.match(/<svg/g)?.length).toBe(sheet.length);
    expect(html).toContain(place.name);
    expect((await worker.request('/api/admin/key-places/qr')).status).toBe(403);
  });
});
