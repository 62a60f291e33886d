import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Compression, TileType } from 'pmtiles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BasemapSettings } from '../../core/contracts/basemap';
import { blockOfTiles, dachuanZ12, fixtureVectorLayers, gzipTiles, makePng, makeVectorTile, mbtilesMetadata, tileBounds, writeMbtiles, writeXyzFolder } from '../../test/support/basemap-fixtures';
import { writePmtiles } from '../../test/support/pmtiles-writer';
import { BasemapError } from './basemap-error';
import { basemapSettingsOfEnv, openBasemap } from './open-basemap';
import { readEnv } from '../env';

let dir: string;
const { x, y } = dachuanZ12;
const pngTiles = blockOfTiles(10, 13, makePng);
const vectorTiles = gzipTiles(blockOfTiles(10, 12, makeVectorTile));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jingwang-basemap-unit-'));
  writeXyzFolder(join(dir, 'xyz'), pngTiles);
  writeMbtiles(join(dir, 'raster.mbtiles'), pngTiles, mbtilesMetadata(pngTiles, { name: '达川影像', format: 'png', attribution: '测绘院' }));
  writeMbtiles(join(dir, 'bare.mbtiles'), pngTiles, {}); // no metadata at all: everything read from the tiles
  writeFileSync(
    join(dir, 'vector.pmtiles'),
    writePmtiles(vectorTiles, { tileType: TileType.Mvt, tileCompression: Compression.Gzip, bounds: tileBounds(12, x, y), metadata: { name: '达川矢量', vector_layers: fixtureVectorLayers } }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const settings = (s: Partial<BasemapSettings>): BasemapSettings => ({ kind: 'builtin', crs: 'wgs84', ...s });

async function refusal(s: BasemapSettings): Promise<BasemapError> {
  const err = await openBasemap(s).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BasemapError);
  expect((err as Error).message).not.toContain('\n');
  return err as BasemapError;
}

describe('opening a base map', () => {
  it('describes an xyz folder from its files: format, zoom range and the deepest zoom’s bounds', async () => {
    const pkg = await openBasemap(settings({ kind: 'xyz', path: join(dir, 'xyz'), crs: 'gcj02' }));
    const d = pkg.describe();
    expect(d).toMatchObject({ kind: 'xyz', crs: 'gcj02', name: 'xyz', tileType: 'raster', format: 'png', minzoom: 10, maxzoom: 13, tileSize: 256 });
    const [w, s, e, n] = tileBounds(12, x, y);
    expect(d.bounds![0]).toBeCloseTo(w, 9);
    expect(d.bounds![1]).toBeCloseTo(s, 9);
    expect(d.bounds![2]).toBeCloseTo(e, 9);
    expect(d.bounds![3]).toBeCloseTo(n, 9);
    expect((await pkg.getTile(12, x, y))?.bytes).toEqual(Buffer.from(pngTiles.find((t) => t.z === 12)!.bytes));
    expect(await pkg.getTile(12, x + 1, y)).toBeNull();
  });

  it('reads an MBTiles file’s metadata and flips its TMS rows', async () => {
    const pkg = await openBasemap(settings({ kind: 'mbtiles', path: join(dir, 'raster.mbtiles') }));
    expect(pkg.describe()).toMatchObject({ name: '达川影像', format: 'png', minzoom: 10, maxzoom: 13, attribution: '测绘院' });
    const tile = await pkg.getTile(13, 2 * x + 1, 2 * y);
    expect(Buffer.from(tile!.bytes)).toEqual(Buffer.from(pngTiles.find((t) => t.z === 13 && t.x === 2 * x + 1 && t.y === 2 * y)!.bytes));
    await pkg.close();
  });

  it('reads what an MBTiles file’s metadata lacks from its tiles', async () => {
    const pkg = await openBasemap(settings({ kind: 'mbtiles', path: join(dir, 'bare.mbtiles') }));
    expect(pkg.describe()).toMatchObject({ name: 'bare.mbtiles', format: 'png', minzoom: 10, maxzoom: 13 });
    expect(pkg.describe().bounds![0]).toBeCloseTo(tileBounds(12, x, y)[0], 9);
    await pkg.close();
  });

  it('reads a PMTiles header and metadata, and keeps the tiles’ gzip', async () => {
    const pkg = await openBasemap(settings({ kind: 'pmtiles', path: join(dir, 'vector.pmtiles'), attribution: '© 达川区' }));
    expect(pkg.describe()).toMatchObject({
      name: '达川矢量', tileType: 'vector', format: 'pbf', minzoom: 10, maxzoom: 12, pmtilesUrl: '/basemap/package.pmtiles',
      vectorSchema: 'openmaptiles', vectorLayers: ['transportation', 'water', 'place'], attribution: '© 达川区', tileSize: 512,
    });
    const tile = await pkg.getTile(12, x, y);
    expect(tile?.contentEncoding).toBe('gzip');
    expect(Buffer.from(tile!.bytes)).toEqual(Buffer.from(vectorTiles.find((t) => t.z === 12)!.bytes));
    await pkg.close();
  });

  it('describes the built-in base map as drawn by the client, in WGS 84', async () => {
    const d = (await openBasemap(settings({ kind: 'builtin', crs: 'gcj02' }))).describe();
    expect(d).toMatchObject({ kind: 'builtin', crs: 'wgs84', name: '内置底图（演示数据）', tileType: null, format: null, tiles: [], pmtilesUrl: null });
  });

  it('takes its settings from the BASEMAP_* variables', () => {
    const env = readEnv({ BASEMAP_KIND: 'wmts', BASEMAP_URL: 'http://tiles.intranet/{z}/{x}/{y}.png', BASEMAP_TOKEN: 'k', BASEMAP_CRS: 'cgcs2000', BASEMAP_PATH: '' });
    expect(basemapSettingsOfEnv(env)).toEqual({ kind: 'wmts', crs: 'cgcs2000', url: 'http://tiles.intranet/{z}/{x}/{y}.png', token: 'k' });
  });
});

describe('a base map that cannot work', () => {
  it('names BASEMAP_PATH and the file when the file is missing', async () => {
    const missing = join(dir, 'no-such.mbtiles');
    expect((await refusal(settings({ kind: 'mbtiles', path: missing }))).message).toBe(`BASEMAP_PATH：找不到文件 ${missing}`);
  });

  it('refuses a file that is not SQLite', async () => {
    const garbage = join(dir, 'garbage.mbtiles');
    writeFileSync(garbage, Buffer.alloc(4096, 0x5a));
    expect((await refusal(settings({ kind: 'mbtiles', path: garbage }))).message).toContain('不是 SQLite 数据库');
  });

  it('refuses an SQLite file without a tiles table', async () => {
    const other = join(dir, 'other.sqlite');
    const db = new Database(other);
    db.exec('CREATE TABLE t (a INTEGER)');
    db.close();
    expect((await refusal(settings({ kind: 'mbtiles', path: other }))).message).toContain('没有 tiles 表');
  });

  it('refuses a file that is not a PMTiles archive', async () => {
    const garbage = join(dir, 'garbage.pmtiles');
    writeFileSync(garbage, Buffer.alloc(4096, 0x5a));
    expect((await refusal(settings({ kind: 'pmtiles', path: garbage }))).message).toContain('不是 PMTiles 文件');
  });

  it('refuses a PMTiles archive whose directory is cut off', async () => {
    const cut = join(dir, 'cut.pmtiles');
    writeFileSync(cut, writePmtiles(vectorTiles, { tileType: TileType.Mvt, tileCompression: Compression.Gzip, bounds: tileBounds(12, x, y), metadata: {} }).subarray(0, 140));
    expect((await refusal(settings({ kind: 'pmtiles', path: cut }))).setting).toBe('path');
  });

  it('refuses an xyz folder without tiles', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(join(empty, '3', '1'), { recursive: true });
    expect((await refusal(settings({ kind: 'xyz', path: empty }))).message).toContain('没有 {z}/{x}/{y}');
  });

  it('refuses a folder where a file is wanted', async () => {
    expect((await refusal(settings({ kind: 'mbtiles', path: join(dir, 'xyz') }))).message).toContain('不是文件');
  });

  it('refuses an unknown crs and a wmts kind without a URL, naming each', async () => {
    expect((await refusal({ kind: 'builtin', crs: 'bd09' as 'wgs84' })).message).toMatch(/^BASEMAP_CRS：/);
    expect((await refusal(settings({ kind: 'wmts' }))).message).toMatch(/^BASEMAP_URL：/);
  });
});
