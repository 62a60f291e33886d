import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Me } from '../../core/contracts/auth';
import type { FieldPatrol } from '../../core/contracts/field';
import { queryRows, type Db } from '../../server/db/engine';
import { loginAs, type TestClient } from './test-database';

/**
 * Signs in as a copy of a demo account (same role, jurisdiction and password) named `<username>-<suffix>`. A person
 * walks one patrol at a time, and the API test files share one database: a file that starts patrols under the demo
 * account's own name would end, or be refused by, another file's open patrol. The copy has no staff record: a person
 * has one account (users_person_idx), and the demo account keeps it.
 */
export async function loginAsCopyOf(db: Db, username: string, suffix: string): Promise<TestClient> {
  const copy = `${username}-${suffix}`;
  // Not demo (is_demo false): the seed's own accounts are counted by tests of the seed (demo-field-seed).
  await db.execute(sql`INSERT INTO users (username, display_name, role, scope_kind, scope_codes, password_hash)
    SELECT ${copy}, display_name, role, scope_kind, scope_codes, password_hash FROM users WHERE username = ${username}
    ON CONFLICT (username) DO NOTHING`);
  return loginAs(copy);
}

/** A POST of JSON through a test client. */
export const postJson = (client: TestClient, path: string, body: unknown) =>
  client.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export const newId = () => randomUUID();

/** The first scope code of an account (its grid, beat or station). */
export async function scopeCodeOf(client: TestClient): Promise<string> {
  return ((await (await client.request('/api/auth/me')).json()) as Me).scope.codes[0];
}

/** A point inside the grid `code` (on its surface, so inside whatever its shape). */
export async function pointInGrid(db: Db, code: string): Promise<[number, number]> {
  const [p] = await queryRows<{ lng: number; lat: number }>(db, sql`SELECT ST_X(p) AS lng, ST_Y(p) AS lat FROM (SELECT ST_PointOnSurface(geom) AS p FROM grids WHERE code = ${code}) x`);
  return [Number(p.lng), Number(p.lat)];
}

/** `point` moved `eastM` metres east (near enough at Dachuan's latitude for tests of tens of metres). */
export function eastOf(point: [number, number], eastM: number): [number, number] {
  return [point[0] + eastM / (111_320 * Math.cos((point[1] * Math.PI) / 180)), point[1]];
}

/** Bytes that open as a JPEG (SOI, an APP0 segment, EOI): what the server checks is the magic number. */
export const tinyJpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]);

export const isoAgo = (ms: number, now = Date.now()) => new Date(now - ms).toISOString();

/** The caller's open patrol (GET /api/field/patrols/current), or null. */
export const currentPatrolOf = async (client: TestClient) => ((await (await client.request('/api/field/patrols/current')).json()) as { patrol: FieldPatrol | null }).patrol;

/**
 * Ends the caller's open patrol, if any. A person walks one patrol at a time (onePatrolAtATime), and the API tests
 * share one database, so a test that starts one first ends whatever another file left open.
 */
export async function endOpenPatrol(client: TestClient): Promise<void> {
  const open = await currentPatrolOf(client);
  if (open) expect((await postJson(client, `/api/field/patrols/${open.id}/end`, { endedAt: new Date().toISOString() })).status).toBe(200);
}

/** Starts a patrol for the caller (after ending any open one), expecting 201. */
export async function startPatrolOf(client: TestClient, startedAt: string): Promise<FieldPatrol> {
  await endOpenPatrol(client);
  const res = await postJson(client, '/api/field/patrols', { id: newId(), startedAt });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as FieldPatrol;
}
