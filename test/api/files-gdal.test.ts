import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import type { Point } from 'geojson';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../core/contracts/auth';
import { ogcCollectionIds, type OgcFeatureCollection } from '../../core/contracts/ogc';
import type { ImportRefusal, ImportResult } from '../../core/contracts/registry';
import { queryRows, type Db } from '../../server/db/engine';
import { readGeoPackage } from '../../server/files/read-geopackage';
import { readZip, writeZip } from '../../server/files/zip-archive';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

// Files in and out (issue 14, item 4) with GDAL as the other side: it reads our exports and writes the files we import.
// Every address these tests import has a code starting with T-G and is removed after each test.
const run = promisify(execFile);
let db: Db;
let commander: TestClient;
let grid001: TestClient;
let dir: string;
let building: string; // in grid001's grid
let otherBuilding: string; // in another grid
let inside: [number, number]; // a point in grid001's grid

beforeAll(async () => {
  db = (await getTestDatabase()).db;
  [commander, grid001] = await Promise.all([loginAs('commander'), loginAs('grid001')]);
  dir = mkdtempSync(join(tmpdir(), 'jingwang-files-gdal-'));
  const gridCode = ((await (await grid001.request('/api/auth/me')).json()) as Me).scope.codes[0];
  [{ code: building }] = await queryRows<{ code: string }>(db, sql`SELECT code FROM buildings WHERE grid_code = ${gridCode} ORDER BY code LIMIT 1`);
  [{ code: otherBuilding }] = await queryRows<{ code: string }>(db, sql`SELECT code FROM buildings WHERE grid_code <> ${gridCode} ORDER BY code LIMIT 1`);
  const [p] = await queryRows<{ lng: number; lat: number }>(db, sql`SELECT ST_X(ST_PointOnSurface(geom)) AS lng, ST_Y(ST_PointOnSurface(geom)) AS lat FROM buildings WHERE code = ${building}`);
  inside = [Number(p.lng), Number(p.lat)];
});
const removeTestRows = () => db.execute(sql`DELETE FROM addresses WHERE code LIKE 'T-G%'`);
afterEach(removeTestRows);
afterAll(async () => {
  await removeTestRows();
  rmSync(dir, { recursive: true, force: true });
});

const labels = ['四川省达州市达川区朝阳东路12号', '四川省达州市达川区西外镇金龙大道88号附3号', '四川省达州市达川区三里坪街道翠屏路（南段）7号'];
const addressesGeoJson = () => ({
  type: 'FeatureCollection',
  features: labels.map((label, i) => ({ type: 'Feature', properties: { code: `T-G${i + 1}`, building_code: building, label }, geometry: { type: 'Point', coordinates: inside } })),
});
const addressCount = async () => Number((await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM addresses`))[0].n);
const importFile = (bytes: Buffer, type: string, query = '') =>
  grid001.request(`/api/registry/import?kind=addresses${query}`, { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(bytes) });

/** A Shapefile of the addresses written by ogr2ogr in GBK (as Chinese desktop GIS writes them), zipped; `keep` filters its files. */
async function gbkShapefileZip(name: string, keep: (file: string) => boolean = () => true): Promise<{ zip: Buffer; files: string[] }> {
  const folder = join(dir, name);
  mkdirSync(folder);
  writeFileSync(join(folder, 'in.geojson'), JSON.stringify(addressesGeoJson()));
  await run('ogr2ogr', ['-f', 'ESRI Shapefile', '-lco', 'ENCODING=GBK', join(folder, 'addresses.shp'), join(folder, 'in.geojson')]);
  const files = readdirSync(folder).filter((f) => f.startsWith('addresses.'));
  const zip = writeZip(files.filter(keep).map((f) => ({ name: f, data: readFileSync(join(folder, f)) })));
  return { zip, files };
}

describe('GDAL reads our exports', { timeout: 120_000 }, () => {
  it('ogrinfo shows the Chinese grid names of an exported Shapefile, unzipped and through /vsizip/', async () => {
    const res = await commander.request('/ogc/collections/grids/export?f=shp');
    expect(res.status).toBe(200);
    const zip = join(dir, 'grids.zip');
    writeFileSync(zip, Buffer.from(await res.arrayBuffer()));
    const items = (await (await commander.request('/ogc/collections/grids/items?limit=1000')).json()) as OgcFeatureCollection;
    const names = items.features.map((f) => String(f.properties.name));
    expect(names.every((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
    const unzipped = join(dir, 'grids');
    mkdirSync(unzipped);
    await run('unzip', ['-q', zip, '-d', unzipped]);
    const { stdout } = await run('ogrinfo', ['-ro', '-al', join(unzipped, 'grids.shp')], { maxBuffer: 256 * 1024 * 1024 });
    expect(stdout).toMatch(/^Feature Count: 208$/m);
    expect(stdout).toMatch(/GEOGCRS\["WGS 84"|GEOGCS\["WGS 84"|GCS_WGS_1984/);
    const shown = [...stdout.matchAll(/^\s+name \(String\) = (.+)$/gm)].map((m) => m[1]);
    expect(shown.sort()).toEqual([...names].sort());
    const viaZip = await run('ogrinfo', ['-ro', '-al', '-so', `/vsizip/${zip}`], { maxBuffer: 64 * 1024 * 1024 });
    expect(viaZip.stdout).toMatch(/^Layer name: grids$/m);
    expect(viaZip.stdout).not.toMatch(/Layer name: grids\.fields/);
    expect(viaZip.stdout).toMatch(/^Feature Count: 208$/m);
  });
});

describe('the field types GDAL reads in our Shapefiles', { timeout: 120_000 }, () => {
  /** Each field of an unzipped export as ogrinfo -so lists it: name -> "Integer (4.0)". */
  async function fieldTypes(collection: string, query = ''): Promise<{ types: Map<string, string>; names: Map<string, string> }> {
    const res = await commander.request(`/ogc/collections/${collection}/export?f=shp${query}`);
    expect(res.status, collection).toBe(200);
    const folder = mkdtempSync(join(dir, `types-${collection}-`));
    const entries = readZip(Buffer.from(await res.arrayBuffer()));
    for (const [name, data] of entries) writeFileSync(join(folder, name), data);
    const { stdout } = await run('ogrinfo', ['-ro', '-so', '-al', folder]);
    const types = new Map([...stdout.matchAll(/^(\w+): (\w+ \(\d+\.\d+\))$/gm)].map((m) => [m[1], m[2]]));
    // The full property name of each cut field name, as the export lists them.
    const listed = [...entries].find(([n]) => n.endsWith('.fields.txt'))![1].toString().trim().split('\r\n').slice(1);
    return { types, names: new Map(listed.map((line) => line.split('\t') as [string, string])) };
  }

  it('reads the grids’ counts as Integer, not Real (18.3), and inScope as Integer 0/1', async () => {
    const { types } = await fieldTypes('grids');
    for (const field of ['households', 'residents', 'partyMembe', 'institutio']) expect(types.get(field), field).toMatch(/^Integer(64)? \(\d+\.0\)$/);
    expect(types.get('inScope')).toBe('Integer (1.0)');
    expect(types.get('name')).toMatch(/^String /);
  });

  it('types every field of every collection by its values: whole numbers Integer, booleans Integer (1), text String', async () => {
    const gridCode = ((await (await grid001.request('/api/auth/me')).json()) as Me).scope.codes[0];
    // The collections with thousands of rows are exported for one grid: the fields are the same.
    const byGrid = new Set<string>(['buildings', 'incidents', 'disputes']);
    for (const collection of ogcCollectionIds) {
      const query = byGrid.has(collection) ? `&gridCode=${gridCode}` : '';
      const geojson = (await (await commander.request(`/ogc/collections/${collection}/export?f=geojson${query}`)).json()) as OgcFeatureCollection;
      if (geojson.features.length === 0) continue; // a collection with no rows here (patrol routes, unseeded) has no file to read
      const { types, names } = await fieldTypes(collection, query);
      expect(types.size, collection).toBe(names.size);
      for (const [field, type] of types) {
        const values = geojson.features.map((f) => f.properties[names.get(field)!]).filter((v) => v !== null && v !== undefined);
        const expected = values.length === 0 ? /^String/
          : values.every((v) => typeof v === 'boolean') ? /^Integer \(1\.0\)$/
          : values.every((v) => Number.isInteger(v)) ? /^Integer(64)? \(\d+\.0\)$/
          : values.every((v) => typeof v === 'number') ? /^Real /
          : /^String /;
        expect(type, `${collection}.${names.get(field)}`).toMatch(expected);
      }
    }
  });
});

describe('importing Shapefiles GDAL writes', { timeout: 120_000 }, () => {
  it('GDAL writes GBK with a .cpg; without it, encoding=gbk imports the names intact', async () => {
    const { zip, files } = await gbkShapefileZip('gbk-no-cpg', (f) => !f.endsWith('.cpg'));
    expect(files).toContain('addresses.cpg'); // GDAL says GBK in a .cpg: the test drops it, as older tools never write one
    expect([...readZip(zip).keys()].some((n) => n.endsWith('.cpg'))).toBe(false);
    const res = await importFile(zip, 'application/zip', '&encoding=gbk');
    expect(res.status).toBe(201);
    const body = (await res.json()) as ImportResult;
    expect(body).toMatchObject({ kind: 'addresses', rows: 3, written: 3, file: { type: 'shp', layer: 'addresses', encoding: 'gbk', detectedEncoding: 'gbk' } });
    const stored = await queryRows<{ code: string; label: string; building_code: string }>(db, sql`SELECT code, label, building_code FROM addresses WHERE code LIKE 'T-G%' ORDER BY code`);
    expect(stored).toEqual(labels.map((label, i) => ({ code: `T-G${i + 1}`, label, building_code: building })));
  });

  it('without a .cpg or an encoding, refuses naming GBK as the likely encoding, and writes nothing', async () => {
    const { zip } = await gbkShapefileZip('gbk-detect', (f) => !f.endsWith('.cpg'));
    const before = await addressCount();
    const res = await importFile(zip, 'application/zip');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { message: string; issues: { field: string }[]; detectedEncoding: string };
    expect(body.detectedEncoding).toBe('gbk');
    expect(body.issues[0].field).toBe('encoding');
    expect(body.message).toContain('GBK'.toLowerCase());
    expect(await addressCount()).toBe(before);
  });

  it('reads the encoding from GDAL’s .cpg when there is one', async () => {
    const { zip } = await gbkShapefileZip('gbk-cpg');
    const res = await importFile(zip, 'application/zip', '&dryRun=true');
    expect(res.status).toBe(200);
    expect(((await res.json()) as ImportResult).file).toMatchObject({ encoding: 'gbk', detectedEncoding: 'gbk', warnings: [] });
  });

  it('refuses a zip without its .dbf, without its .shp, or with a .prj it cannot read, naming the part; nothing is written', async () => {
    const before = await addressCount();
    const cases: [string, (f: string) => boolean, string][] = [
      ['no-dbf', (f) => !f.endsWith('.dbf'), '.dbf'],
      ['no-shp', (f) => !f.endsWith('.shp'), '.shp'],
    ];
    for (const [name, keep, part] of cases) {
      const { zip } = await gbkShapefileZip(name, keep);
      const res = await importFile(zip, 'application/zip', '&encoding=gbk');
      expect(res.status, name).toBe(400);
      const body = (await res.json()) as { message: string; issues: { field: string }[] };
      expect(body.issues[0].field, name).toBe(part);
      expect(body.message, name).toContain(`缺少 ${part} 文件`);
    }
    const { zip } = await gbkShapefileZip('bad-prj');
    const broken = writeZip([...readZip(zip)].map(([n, data]) => ({ name: n, data: n.endsWith('.prj') ? Buffer.from('PROJCS["broken",GEOGCS[') : data })));
    const res = await importFile(broken, 'application/zip');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { message: string; issues: { field: string }[] };
    expect(body.issues[0].field).toBe('.prj');
    expect(body.message).toMatch(/^Shapefile 的 \.prj 坐标系文件：无法识别 Shapefile addresses 的 \.prj 坐标系/);
    expect(await addressCount()).toBe(before);
  });
});

describe('importing GeoPackages GDAL writes', { timeout: 120_000 }, () => {
  it('a CGCS2000 3-degree GK zone 36 (EPSG:4524) GeoPackage lands where it was, and imports', async () => {
    const source = join(dir, 'zone36.geojson');
    writeFileSync(source, JSON.stringify(addressesGeoJson()));
    const gpkg = join(dir, 'zone36.gpkg');
    await run('ogr2ogr', ['-f', 'GPKG', '-t_srs', 'EPSG:4524', '-nln', 'addresses', gpkg, source]);
    const { stdout } = await run('ogrinfo', ['-ro', '-al', '-so', gpkg]);
    expect(stdout).toMatch(/zone 36/);
    const bytes = readFileSync(gpkg);
    const decoded = readGeoPackage(bytes);
    expect(decoded.crs).toBe('EPSG:4524');
    for (const f of decoded.features) {
      const [lng, lat] = (f.geometry as Point).coordinates;
      const metres = Math.hypot((lng - inside[0]) * 111_320 * Math.cos((lat * Math.PI) / 180), (lat - inside[1]) * 110_540);
      expect(metres).toBeLessThan(1);
    }
    const res = await importFile(bytes, 'application/geopackage+sqlite3');
    expect(res.status).toBe(201);
    expect((await res.json()) as ImportResult).toMatchObject({ written: 3, file: { type: 'gpkg', layer: 'addresses', crs: 'EPSG:4524' } });
    const stored = await queryRows<{ label: string }>(db, sql`SELECT label FROM addresses WHERE code LIKE 'T-G%' ORDER BY code`);
    expect(stored.map((r) => r.label)).toEqual(labels);
  });

  it('a GeoJSON ogr2ogr writes in EPSG:4524 (with a crs member) imports at the right place too', async () => {
    const source = join(dir, 'plain.geojson');
    writeFileSync(source, JSON.stringify(addressesGeoJson()));
    const projected = join(dir, 'zone36.geojson');
    await run('ogr2ogr', ['-f', 'GeoJSON', '-t_srs', 'EPSG:4524', projected, source]);
    const text = readFileSync(projected, 'utf8');
    expect(text).toMatch(/EPSG::4524/);
    const res = await importFile(Buffer.from(text), 'application/geo+json', '&dryRun=true');
    expect(res.status).toBe(200);
    expect((await res.json()) as ImportResult).toMatchObject({ written: 3, dryRun: true, file: { type: 'geojson', crs: 'EPSG:4524' } });
  });

  it('refuses, row by row, a GK GeoPackage whose point lies in another building’s grid, and writes nothing', async () => {
    const fc = addressesGeoJson();
    fc.features[1].properties.building_code = otherBuilding;
    const source = join(dir, 'elsewhere.geojson');
    writeFileSync(source, JSON.stringify(fc));
    const gpkg = join(dir, 'elsewhere.gpkg');
    await run('ogr2ogr', ['-f', 'GPKG', '-t_srs', 'EPSG:4524', gpkg, source]);
    const before = await addressCount();
    const res = await importFile(readFileSync(gpkg), 'application/geopackage+sqlite3');
    expect(res.status).toBe(422);
    const body = (await res.json()) as ImportRefusal;
    expect(body.rejected.map((r) => r.row)).toEqual([2]);
    expect(body.file).toMatchObject({ type: 'gpkg', crs: 'EPSG:4524' });
    expect(await addressCount()).toBe(before);
    expect(existsSync(gpkg)).toBe(true);
    unlinkSync(gpkg);
  });
});
