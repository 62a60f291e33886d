import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Me } from '../../core/contracts/auth';
import { queryRows, type Db } from '../../server/db/engine';
import type { TestClient } from './test-database';

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
