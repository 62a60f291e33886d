import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import Database from 'better-sqlite3';
import { Compression, TileType } from 'pmtiles';
import { createApp } from '../../server/app';
import { ActiveBasemap } from '../../server/basemap/active-basemap';
import type { Database as AppDatabase } from '../../server/db/engine';
import { readEnv } from '../../server/env';
import { dachuanZ12, tileBounds, writeMbtiles, type FixtureTile } from '../support/basemap-fixtures';
import { layOutPmtiles } from '../support/pmtiles-writer';
import { median, timeInterleaved } from './measure';

// Issue 11, part 3: base-map tiles served by the app (GET /basemap/tiles/z/x/y) against reading the same bytes
// straight from the package in the same run — a better-sqlite3 SELECT for MBTiles, a read at the tile's known
// offset for PMTiles. 320 tiles of 20–50 KB (random bytes behind a PNG signature, incompressible like imagery),
// zooms 13 and 14 over central Dachuan, each run reading every tile once in a shuffled order.
// Through the app twice: in-process (app.request) and over HTTP on loopback with 8 requests in flight.

const runs = 5;
const concurrency = 8;

function makeTiles(): FixtureTile[] {
  const tiles: FixtureTile[] = [];
  for (const z of [13, 14]) {
    const scale = 2 ** (z - dachuanZ12.z);
    const side = z === 13 ? 8 : 16; // 64 + 256 tiles
    const x0 = dachuanZ12.x * scale - side / 2 + scale / 2;
    const y0 = dachuanZ12.y * scale - side / 2 + scale / 2;
    for (let dx = 0; dx < side; dx++) {
      for (let dy = 0; dy < side; dy++) {
        const bytes = randomBytes(20_000 + Math.floor(Math.random() * 30_000));
        bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        tiles.push({ z, x: x0 + dx, y: y0 + dy, bytes });
      }
    }
  }
  return tiles.sort(() => Math.random() - 0.5);
}

async function readAll(tiles: FixtureTile[], read: (t: FixtureTile) => Promise<number>, inFlight = 1): Promise<void> {
  let next = 0;
  let bytes = 0;
  const worker = async () => {
    while (next < tiles.length) bytes += await read(tiles[next++]);
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  if (bytes === 0) throw new Error('no tile bytes read');
}

export async function runBasemapBench(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'jingwang-basemap-bench-'));
  const servers: ServerType[] = [];
  try {
    const tiles = makeTiles();
    const megabytes = tiles.reduce((n, t) => n + t.bytes.length, 0) / 1024 / 1024;
    const mbtilesPath = join(dir, 'bench.mbtiles');
    writeMbtiles(mbtilesPath, tiles, { name: 'bench', format: 'png', minzoom: '13', maxzoom: '14' });
    const pmtilesPath = join(dir, 'bench.pmtiles');
    const laidOut = layOutPmtiles(tiles, { tileType: TileType.Png, tileCompression: Compression.None, bounds: tileBounds(12, dachuanZ12.x, dachuanZ12.y), metadata: {}, gzipInternal: true });
    writeFileSync(pmtilesPath, laidOut.bytes);
    const offsetOf = new Map(laidOut.placed.map((p) => [`${p.z}/${p.x}/${p.y}`, p.fileOffset]));

    // The tile routes never touch the database: the app is built without one.
    const env = readEnv({ ...process.env, BASEMAP_KIND: 'builtin' });
    const appOf = async (kind: 'mbtiles' | 'pmtiles', path: string) =>
      createApp({ database: {} as AppDatabase, env, basemap: await ActiveBasemap.open({ kind, path, crs: 'wgs84' }) });
    const listen = (app: Awaited<ReturnType<typeof appOf>>) =>
      new Promise<string>((resolve) => {
        servers.push(serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(`http://127.0.0.1:${info.port}`)));
      });
    const mbtilesApp = await appOf('mbtiles', mbtilesPath);
    const pmtilesApp = await appOf('pmtiles', pmtilesPath);
    const [mbtilesOrigin, pmtilesOrigin] = [await listen(mbtilesApp), await listen(pmtilesApp)];

    const db = new Database(mbtilesPath, { readonly: true });
    const select = db.prepare('SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?').pluck();
    const file = await open(pmtilesPath, 'r');
    const sizeOf = new Map(tiles.map((t) => [`${t.z}/${t.x}/${t.y}`, t.bytes.length]));
    const path = (t: FixtureTile) => `/basemap/tiles/${t.z}/${t.x}/${t.y}`;
    const viaApp = (app: typeof mbtilesApp) => async (t: FixtureTile) => (await (await app.request(path(t))).arrayBuffer()).byteLength;
    const viaHttp = (origin: string) => async (t: FixtureTile) => (await (await fetch(origin + path(t))).arrayBuffer()).byteLength;

    const timings = await timeInterleaved(
      [
        { label: 'MBTiles: SELECT straight from the file', run: () => readAll(tiles, async (t) => (select.get(t.z, t.x, 2 ** t.z - 1 - t.y) as Buffer).length) },
        { label: 'MBTiles: through the app (app.request)', run: () => readAll(tiles, viaApp(mbtilesApp)) },
        { label: `MBTiles: over HTTP on loopback (${concurrency} in flight)`, run: () => readAll(tiles, viaHttp(mbtilesOrigin), concurrency) },
        {
          label: 'PMTiles: read at the known offset',
          run: () =>
            readAll(tiles, async (t) => {
              const key = `${t.z}/${t.x}/${t.y}`;
              const buffer = Buffer.alloc(sizeOf.get(key)!);
              return (await file.read(buffer, 0, buffer.length, offsetOf.get(key)!)).bytesRead;
            }),
        },
        { label: 'PMTiles: through the app (app.request)', run: () => readAll(tiles, viaApp(pmtilesApp)) },
        { label: `PMTiles: over HTTP on loopback (${concurrency} in flight)`, run: () => readAll(tiles, viaHttp(pmtilesOrigin), concurrency) },
      ],
      runs,
    );
    db.close();
    await file.close();

    const lines = [`Base-map tiles (issue 11): ${tiles.length} tiles, ${megabytes.toFixed(1)} MiB, each run reads every tile once; median of ${runs} runs`];
    const width = Math.max(...timings.map((t) => t.label.length));
    for (const [k, t] of timings.entries()) {
      const base = timings[k < 3 ? 0 : 3];
      const ms = median(t.runsMs);
      const perSecond = (tiles.length / ms) * 1000;
      const ratio = t === base ? 'baseline' : `×${(median(base.runsMs) / ms).toFixed(2)} of direct (${(ms / median(base.runsMs)).toFixed(1)}× the time)`;
      lines.push(`  ${t.label.padEnd(width)}  ${perSecond.toFixed(0).padStart(7)} tiles/s  ${ms.toFixed(0).padStart(5)} ms  ${ratio}`);
    }
    return lines;
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    rmSync(dir, { recursive: true, force: true });
  }
}
