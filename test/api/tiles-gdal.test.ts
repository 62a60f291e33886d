import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IssuedApiToken } from '../../core/contracts/admin';
import type { OgcFeatureCollection } from '../../core/contracts/ogc';
import type { TileAddress } from '../../core/contracts/tiles';
import { useLoopbackApp } from '../support/loopback-app';
import { loginAs, type TestClient } from '../support/test-database';
import { bufferedBbox, tileAt } from '../support/vector-tiles';

// GDAL's MVT driver reading a tile downloaded from /tiles (issue 14, item 2) over a loopback port.
const run = promisify(execFile);
const loopback = useLoopbackApp('tiles-gdal');
let commander: TestClient;

beforeAll(async () => {
  commander = await loginAs('commander');
});

/** Downloads a tile over HTTP into <dir>/<label>/z/x/y.mvt, the layout GDAL's MVT driver reads z, x and y from. */
async function download(tile: TileAddress, headers: Record<string, string>, label: string): Promise<string> {
  const res = await fetch(`${loopback.origin}/tiles/incidents/${tile.z}/${tile.x}/${tile.y}.mvt`, { headers });
  expect(res.status).toBe(200);
  const folder = join(loopback.dir, label, String(tile.z), String(tile.x));
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${tile.y}.mvt`);
  writeFileSync(file, new Uint8Array(await res.arrayBuffer()));
  return file;
}

/** ogrinfo's feature count of the incidents layer; CLIP=NO keeps the points in the tile's buffer, which the tile holds. */
async function ogrCount(file: string): Promise<number> {
  const { stdout } = await run('ogrinfo', ['-ro', '-al', '-so', '-oo', 'CLIP=NO', file]);
  expect(stdout).toMatch(/^Layer name: incidents$/m);
  return Number(/^Feature Count: (\d+)$/m.exec(stdout)?.[1]);
}

async function ogcCount(client: TestClient, tile: TileAddress): Promise<number> {
  const res = await client.request(`/ogc/collections/incidents/items?limit=1&bbox=${bufferedBbox(tile).join(',')}`);
  return ((await res.json()) as OgcFeatureCollection).numberMatched;
}

describe('GDAL reading a tile of /tiles', { timeout: 120_000 }, () => {
  it('lists layer incidents with as many features as /ogc finds in the tile’s buffered box', async () => {
    const tile = tileAt(107.5047, 31.1895, 14); // the middle of the incidents
    const file = await download(tile, { cookie: commander.cookie }, 'commander');
    const expected = await ogcCount(commander, tile);
    expect(expected).toBeGreaterThan(100);
    expect(await ogrCount(file)).toBe(expected);
  });

  it('counts only a grid leader’s incidents in a tile fetched with their machine token', async () => {
    const admin = await loginAs('admin');
    const res = await admin.request('/api/admin/api-tokens', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'GDAL 瓦片', username: 'grid001', expiresInDays: 7 }),
    });
    const { token } = (await res.json()) as IssuedApiToken;
    const leader = await loginAs('grid001');
    const own = (await (await leader.request('/ogc/collections/incidents/items?limit=1')).json()) as OgcFeatureCollection;
    const [lng, lat] = (own.features[0].geometry as unknown as { coordinates: [number, number] }).coordinates;
    const tile = tileAt(lng, lat, 14);
    const file = await download(tile, { authorization: `Bearer ${token}` }, 'leader');
    const mine = await ogcCount(leader, tile);
    expect(mine).toBeGreaterThan(0);
    expect(mine).toBeLessThan(await ogcCount(commander, tile));
    expect(await ogrCount(file)).toBe(mine);
  });
});
