import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { serve, type ServerType } from '@hono/node-server';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { Compression, PMTiles, TileType } from 'pmtiles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BasemapDescription, BasemapSettings } from '../../core/contracts/basemap';
import { createApp } from '../../server/app';
import { ActiveBasemap } from '../../server/basemap/active-basemap';
import { PmtilesFileSource } from '../../server/basemap/pmtiles-file-source';
import { readEnv } from '../../server/env';
import type { AdminBasemap } from '../../core/contracts/admin';
import {
  blockOfTiles, dachuanZ12, fixtureVectorLayers, gzipTiles, makePng, makeVectorTile, mbtilesMetadata, tileBounds, writeMbtiles, writeXyzFolder,
  type FixtureTile,
} from '../support/basemap-fixtures';
import { writePmtiles } from '../support/pmtiles-writer';
import { getTestDatabase, loginAs, type TestApp, type TestClient } from '../support/test-database';

const run = promisify(execFile);
const { x, y } = dachuanZ12;
// One tile of the deepest zoom is left out of every package: in range, inside the bounds, and lacking.
const lacking = { z: 13, x: 2 * x + 1, y: 2 * y + 1 };
const withoutLacking = (tiles: FixtureTile[]) => tiles.filter((t) => !(t.z === lacking.z && t.x === lacking.x && t.y === lacking.y));
const pngTiles = withoutLacking(blockOfTiles(10, 13, makePng));
const mvtTiles = withoutLacking(blockOfTiles(10, 13, makeVectorTile));
const gzippedMvtTiles = gzipTiles(mvtTiles);
const token = 'secret-tk-7f3a9c';

let dir: string;
const file = (name: string) => join(dir, name);
let admin: TestClient;
let viewer: TestClient;
let upstream: Server;
let upstreamUrl: string;
const upstreamSaw: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jingwang-basemap-api-'));
  writeXyzFolder(file('xyz'), pngTiles);
  writeMbtiles(file('raster.mbtiles'), pngTiles, mbtilesMetadata(pngTiles, { name: '达川影像', format: 'png', attribution: '达川区测绘' }));
  writeMbtiles(file('vector.mbtiles'), gzippedMvtTiles, mbtilesMetadata(pngTiles, { name: '达川矢量', format: 'pbf', json: JSON.stringify({ vector_layers: fixtureVectorLayers }) }));
  writeFileSync(file('garbage.mbtiles'), Buffer.alloc(8192, 0x42));
  writeFileSync(
    file('vector.pmtiles'),
    writePmtiles(gzippedMvtTiles, { tileType: TileType.Mvt, tileCompression: Compression.Gzip, bounds: tileBounds(12, x, y), metadata: { name: '达川矢量 PMTiles', vector_layers: fixtureVectorLayers } }),
  );
  writeFileSync(file('raster.pmtiles'), writePmtiles(pngTiles, { tileType: TileType.Png, tileCompression: Compression.None, bounds: tileBounds(12, x, y), metadata: {} }));
  upstream = createServer((req, res) => {
    upstreamSaw.push(req.url!);
    const q = new URL(req.url!, 'http://upstream').searchParams;
    const z = Number(q.get('TILEMATRIX'));
    if (z === 5) return void res.writeHead(500).end('boom');
    if (z === 6) return void res.writeHead(404).end();
    if (z === 7) return void res.writeHead(200, { 'content-type': 'text/xml' }).end('<ExceptionReport/>');
    res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from(`${req.url!.split('?')[0]}:${z}/${q.get('TILECOL')}/${q.get('TILEROW')}`));
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  [admin, viewer] = await Promise.all([loginAs('admin'), loginAs('viewer')]);
});
afterAll(async () => {
  await new Promise((resolve) => upstream?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const wmtsSettings = (): BasemapSettings => ({
  kind: 'wmts',
  crs: 'cgcs2000',
  url: `${upstreamUrl}/vec_w/wmts?SERVICE=WMTS&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={token}`,
  labelUrl: `${upstreamUrl}/cva_w/wmts?SERVICE=WMTS&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={token}`,
  token,
});

/** An app over the shared test database serving the given base map. */
async function appServing(settings: BasemapSettings): Promise<TestApp> {
  const env = readEnv({ ...process.env, PORT: '8787', TRUST_PROXY: 'true' });
  return createApp({ database: await getTestDatabase(), env, basemap: await ActiveBasemap.open(settings) });
}

/** A signed-in user's requests to another app over the same database (the session lives there). */
function as(client: TestClient, app: TestApp) {
  return (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', client.cookie);
    if (init.method && init.method !== 'GET') headers.set('x-csrf-token', client.csrfToken);
    return app.request(path, { ...init, headers });
  };
}
/** Runs `use` with the app listening on a loopback port, for clients that speak HTTP (GDAL, the pmtiles reader). */
async function withServer(app: TestApp, use: (origin: string) => Promise<void>) {
  let server: ServerType | undefined;
  try {
    const port = await new Promise<number>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
    });
    await use(`http://127.0.0.1:${port}`);
  } finally {
    await new Promise((resolve) => server?.close(resolve));
  }
}
const putJson = (body: unknown): RequestInit => ({ method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const bytesOf = async (res: Response) => Buffer.from(await res.arrayBuffer());
const stored = (tiles: FixtureTile[], z: number, tx: number, ty: number) => Buffer.from(tiles.find((t) => t.z === z && t.x === tx && t.y === ty)!.bytes);

describe('the test PMTiles writer', () => {
  it('writes an archive that the pmtiles package’s own reader opens, with its header, metadata and tiles', async () => {
    const source = await PmtilesFileSource.open(file('vector.pmtiles'));
    try {
      const archive = new PMTiles(source); // the reader's default decompression, as in a browser
      const header = await archive.getHeader();
      expect(header).toMatchObject({ specVersion: 3, tileType: TileType.Mvt, tileCompression: Compression.Gzip, minZoom: 10, maxZoom: 13, numAddressedTiles: mvtTiles.length });
      expect(header.minLon).toBeCloseTo(tileBounds(12, x, y)[0], 6);
      expect(await archive.getMetadata()).toMatchObject({ name: '达川矢量 PMTiles' });
      for (const t of [mvtTiles[0], mvtTiles[mvtTiles.length - 1], mvtTiles.find((m) => m.z === 12)!]) {
        expect(Buffer.from((await archive.getZxy(t.z, t.x, t.y))!.data)).toEqual(Buffer.from(t.bytes));
      }
      expect(await archive.getZxy(lacking.z, lacking.x, lacking.y)).toBeUndefined();
    } finally {
      await source.close();
    }
  });
});

describe.each([
  ['an xyz folder', { kind: 'xyz', path: 'xyz' }],
  ['a raster MBTiles file', { kind: 'mbtiles', path: 'raster.mbtiles' }],
  ['a raster PMTiles file', { kind: 'pmtiles', path: 'raster.pmtiles' }],
] as const)('raster tiles from %s', (_name, s) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await appServing({ kind: s.kind, path: file(s.path), crs: 'wgs84' });
  });

  it('serves a tile as stored, image/png, cached for a day, with no session', async () => {
    const res = await app.request(`/basemap/tiles/12/${x}/${y}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(await bytesOf(res)).toEqual(stored(pngTiles, 12, x, y));
  });

  it('takes an extension on y', async () => {
    const res = await app.request(`/basemap/tiles/13/${2 * x}/${2 * y}.png`);
    expect(await bytesOf(res)).toEqual(stored(pngTiles, 13, 2 * x, 2 * y));
  });

  it('answers 204 for a tile in range that the package lacks', async () => {
    const res = await app.request(`/basemap/tiles/${lacking.z}/${lacking.x}/${lacking.y}`);
    expect(res.status).toBe(204);
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  it('answers 404 outside the zoom range and outside the bounds', async () => {
    expect((await app.request(`/basemap/tiles/14/${4 * x}/${4 * y}`)).status).toBe(404);
    expect((await app.request(`/basemap/tiles/9/${x >> 3}/${y >> 3}`)).status).toBe(404);
    const outside = await app.request(`/basemap/tiles/12/${x + 3}/${y}`);
    expect(outside.status).toBe(404);
    expect(((await outside.json()) as { message: string }).message).toContain('范围之外');
  });

  it.each([['a word', '12/abc/1'], ['x past the grid', '2/4/0'], ['a zoom past 24', '25/0/0'], ['a fraction', '12/1.5/2']])('answers 400 for %s', async (_c, zxy) => {
    expect((await app.request(`/basemap/tiles/${zxy}`)).status).toBe(400);
  });
});

describe('vector tiles', () => {
  it.each([
    ['an MBTiles file', { kind: 'mbtiles', path: 'vector.mbtiles' }],
    ['a PMTiles file', { kind: 'pmtiles', path: 'vector.pmtiles' }],
  ] as const)('come from %s gzip’ed as stored, and decode to the layers put in', async (_name, s) => {
    const app = await appServing({ kind: s.kind, path: file(s.path), crs: 'gcj02' });
    const res = await app.request(`/basemap/tiles/12/${x}/${y}.pbf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-protobuf');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const body = await bytesOf(res);
    expect(body).toEqual(stored(gzippedMvtTiles, 12, x, y));
    const tile = new VectorTile(new PbfReader(gunzipSync(body)));
    expect(Object.keys(tile.layers).sort()).toEqual(['place', 'transportation', 'water']);
    expect(tile.layers.place.feature(0).properties.name).toBe('达川');
    const described = (await (await as(viewer, app)('/api/basemap')).json()) as BasemapDescription;
    expect(described).toMatchObject({ tileType: 'vector', format: 'pbf', crs: 'gcj02', vectorSchema: 'openmaptiles', vectorLayers: ['transportation', 'water', 'place'] });
  });

  it('are decoded for a client that refuses gzip', async () => {
    const app = await appServing({ kind: 'mbtiles', path: file('vector.mbtiles'), crs: 'wgs84' });
    const res = await app.request(`/basemap/tiles/12/${x}/${y}`, { headers: { 'accept-encoding': 'identity' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await bytesOf(res)).toEqual(Buffer.from(mvtTiles.find((t) => t.z === 12 && t.x === x && t.y === y)!.bytes));
  });

  it('are in a vector MBTiles file that GDAL reads, listing its layers and their features', async () => {
    const { stdout } = await run('ogrinfo', ['-ro', '-so', file('vector.mbtiles')]);
    for (const layer of ['transportation', 'water', 'place']) expect(stdout).toMatch(new RegExp(`\\d+: ${layer}\\b`));
    const place = await run('ogrinfo', ['-ro', '-so', file('vector.mbtiles'), 'place']);
    expect(place.stdout).toMatch(/Feature Count: [1-9]/);
  });

  it('are read by GDAL over HTTP from the tile route', async () => {
    const app = await appServing({ kind: 'mbtiles', path: file('vector.mbtiles'), crs: 'wgs84' });
    await withServer(app, async (origin) => {
      const { stdout } = await run('ogrinfo', ['-ro', '-so', `MVT:/vsicurl/${origin}/basemap/tiles/12/${x}/${y}.pbf`]);
      expect(stdout).toContain('1: transportation (Line String)');
      expect(stdout).toContain('3: place (Point)');
    });
  });
});

describe('the PMTiles archive for the browser', () => {
  let app: TestApp;
  const archive = () => readFileSync(file('vector.pmtiles'));
  beforeAll(async () => {
    app = await appServing({ kind: 'pmtiles', path: file('vector.pmtiles'), crs: 'wgs84' });
  });

  it('answers a Range request with 206 and exactly those bytes', async () => {
    const res = await app.request('/basemap/package.pmtiles', { headers: { range: 'bytes=0-126' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('content-range')).toBe(`bytes 0-126/${archive().length}`);
    expect(await bytesOf(res)).toEqual(archive().subarray(0, 127));
    const tail = await app.request('/basemap/package.pmtiles', { headers: { range: 'bytes=-50' } });
    expect(await bytesOf(tail)).toEqual(archive().subarray(archive().length - 50));
  });

  it('answers 416 for a range past the end, and 200 with the whole file without a range', async () => {
    const size = archive().length;
    const past = await app.request('/basemap/package.pmtiles', { headers: { range: `bytes=${size}-` } });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${size}`);
    const whole = await app.request('/basemap/package.pmtiles');
    expect(whole.status).toBe(200);
    expect(await bytesOf(whole)).toEqual(archive());
  });

  it('is read by the pmtiles package over HTTP, as the browser reads it', async () => {
    await withServer(app, async (origin) => {
      const remote = new PMTiles(`${origin}/basemap/package.pmtiles`);
      expect((await remote.getHeader()).maxZoom).toBe(13);
      expect(Buffer.from((await remote.getZxy(12, x, y))!.data)).toEqual(Buffer.from(mvtTiles.find((t) => t.z === 12 && t.x === x && t.y === y)!.bytes));
    });
  });

  it('is not there when the active base map is no PMTiles archive', async () => {
    const mbtiles = await appServing({ kind: 'mbtiles', path: file('raster.mbtiles'), crs: 'wgs84' });
    expect((await mbtiles.request('/basemap/package.pmtiles')).status).toBe(404);
  });
});

describe('an intranet WMTS service, proxied', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await appServing(wmtsSettings());
  });

  it('fetches the tile upstream with the token and passes it on', async () => {
    const res = await app.request(`/basemap/tiles/12/${x}/${y}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect((await bytesOf(res)).toString()).toBe(`/vec_w/wmts:12/${x}/${y}`);
    expect(upstreamSaw).toContain(`/vec_w/wmts?SERVICE=WMTS&TILEMATRIX=12&TILEROW=${y}&TILECOL=${x}&tk=${token}`);
  });

  it('fetches the label layer from its own URL', async () => {
    const res = await app.request(`/basemap/labels/12/${x}/${y}.png`);
    expect((await bytesOf(res)).toString()).toBe(`/cva_w/wmts:12/${x}/${y}`);
  });

  it('answers 502 in Chinese when the service fails or answers no tile, without the token', async () => {
    for (const z of [5, 7]) {
      const res = await app.request(`/basemap/tiles/${z}/0/0`);
      expect(res.status).toBe(502);
      const { message } = (await res.json()) as { message: string };
      expect(message).toMatch(/^底图服务/);
      expect(message).not.toContain(token);
    }
  });

  it('answers 204 where the service has no tile', async () => {
    expect((await app.request('/basemap/tiles/6/0/0')).status).toBe(204);
  });

  it('answers 502 when the service cannot be reached', async () => {
    const closed = await appServing({ ...wmtsSettings(), url: 'http://127.0.0.1:9/vec/{z}/{x}/{y}.png', labelUrl: undefined });
    const res = await closed.request('/basemap/tiles/3/1/1');
    expect(res.status).toBe(502);
  });

  it('never shows the token, in /api/basemap or /api/admin/basemap', async () => {
    const described = await (await as(viewer, app)('/api/basemap')).text();
    const adminView = await (await as(admin, app)('/api/admin/basemap')).text();
    for (const text of [described, adminView]) expect(text).not.toContain(token);
    const d = JSON.parse(described) as BasemapDescription;
    expect(d).toMatchObject({ kind: 'wmts', crs: 'cgcs2000', tiles: ['/basemap/tiles/{z}/{x}/{y}'], labelTiles: ['/basemap/labels/{z}/{x}/{y}'] });
    expect((JSON.parse(adminView) as AdminBasemap).settings.token).toBe('••••');
  });

  it('keeps the token when an administrator sends the masked settings back', async () => {
    const own = await appServing(wmtsSettings());
    const shown = ((await (await as(admin, own)('/api/admin/basemap')).json()) as AdminBasemap).settings;
    expect((await as(admin, own)('/api/admin/basemap', putJson({ ...shown, attribution: '天地图' }))).status).toBe(200);
    upstreamSaw.length = 0;
    await own.request(`/basemap/tiles/11/${x >> 1}/${y >> 1}`);
    expect(upstreamSaw[0]).toContain(`tk=${token}`);
  });
});

describe('switching the base map', () => {
  it('swaps in a new package for an administrator, and audits it', async () => {
    const app = await appServing({ kind: 'builtin', crs: 'wgs84' });
    const res = await as(admin, app)('/api/admin/basemap', putJson({ kind: 'mbtiles', path: file('raster.mbtiles'), crs: 'cgcs2000' }));
    expect(res.status).toBe(200);
    expect((await res.json()) as BasemapDescription).toMatchObject({ kind: 'mbtiles', name: '达川影像', crs: 'cgcs2000', minzoom: 10, maxzoom: 13 });
    // Tile URLs name the swap, so a browser does not show its cached tiles of the previous base map.
    expect(((await (await as(viewer, app)('/api/basemap')).json()) as BasemapDescription).tiles).toEqual(['/basemap/tiles/{z}/{x}/{y}?v=1']);
    expect(await bytesOf(await app.request(`/basemap/tiles/12/${x}/${y}`))).toEqual(stored(pngTiles, 12, x, y));
    const audit = (await (await admin.request('/api/admin/audit?action=basemap_switch&limit=1')).json()) as { records: string[]; outcome: string }[];
    expect(audit[0]).toMatchObject({ records: ['mbtiles'], outcome: 'success' });
  });

  it.each([
    ['a missing file', () => ({ kind: 'mbtiles', path: file('no-such.mbtiles'), crs: 'wgs84' }), `文件路径：找不到文件 ${join(tmpdir(), '')}`],
    ['a corrupt MBTiles file', () => ({ kind: 'mbtiles', path: file('garbage.mbtiles'), crs: 'wgs84' }), '不是 SQLite 数据库'],
    ['an unknown crs', () => ({ kind: 'mbtiles', path: file('raster.mbtiles'), crs: 'bd09' }), '坐标系：只能是以下之一'],
    ['a wmts kind without a URL', () => ({ kind: 'wmts', crs: 'wgs84' }), '地址：未设置'],
  ])('refuses %s with 400, leaving the base map as it was', async (_c, body, reason) => {
    const app = await appServing({ kind: 'xyz', path: file('xyz'), crs: 'wgs84' });
    const before = await (await as(viewer, app)('/api/basemap')).json();
    const res = await as(admin, app)('/api/admin/basemap', putJson(body()));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toContain(reason);
    expect(await (await as(viewer, app)('/api/basemap')).json()).toEqual(before);
    expect((await app.request(`/basemap/tiles/12/${x}/${y}`)).status).toBe(200);
  });

  it('refuses a non-administrator with 403, and lets every signed-in user read the description', async () => {
    const app = await appServing({ kind: 'builtin', crs: 'wgs84' });
    expect((await as(viewer, app)('/api/admin/basemap', putJson({ kind: 'builtin', crs: 'wgs84' }))).status).toBe(403);
    expect((await as(viewer, app)('/api/admin/basemap')).status).toBe(403);
    expect((await as(viewer, app)('/api/basemap')).status).toBe(200);
    expect((await app.request('/api/basemap')).status).toBe(401);
  });
});

describe('the built-in base map', () => {
  it('is described as drawn by the client, and has no tiles here', async () => {
    const app = await appServing({ kind: 'builtin', crs: 'wgs84' });
    expect(await (await as(viewer, app)('/api/basemap')).json()).toMatchObject({ kind: 'builtin', name: '内置底图（演示数据）', tileType: null, tiles: [] });
    const res = await app.request(`/basemap/tiles/12/${x}/${y}`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { message: string }).message).toMatch(/^当前为内置底图/);
  });
});

describe('starting the server with a base map that cannot work', () => {
  const start = (env: Record<string, string>) => {
    const { DATABASE_URL: _db, ...inherited } = process.env;
    return run('npx', ['tsx', 'server/index.ts'], { env: { ...inherited, DATA_DIR: file('data'), DEMO_REPLAY: 'off', ...env }, timeout: 60_000 }).then(
      () => ({ code: 0, stderr: '' }),
      (err: { code: number; stderr: string }) => ({ code: err.code, stderr: err.stderr }),
    );
  };

  it('stops before opening the database, printing one line that names the setting', async () => {
    const missing = file('missing.mbtiles');
    const [badPath, badCrs] = await Promise.all([
      start({ BASEMAP_KIND: 'mbtiles', BASEMAP_PATH: missing }),
      start({ BASEMAP_KIND: 'mbtiles', BASEMAP_PATH: file('raster.mbtiles'), BASEMAP_CRS: 'bd09' }),
    ]);
    expect(badPath.code).not.toBe(0);
    expect(badPath.stderr.trim()).toBe(`BASEMAP_PATH：找不到文件 ${missing}`);
    expect(badCrs.code).not.toBe(0);
    expect(badCrs.stderr.trim()).toMatch(/^环境变量有误（invalid environment）：BASEMAP_CRS：必须是 wgs84、cgcs2000 或 gcj02[^\n]*$/);
    expect(existsSync(file('data'))).toBe(false);
  });
});
