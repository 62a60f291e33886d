import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import type { Feature } from 'geojson';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../core/contracts/auth';
import type { OgcFeatureCollection } from '../../core/contracts/ogc';
import type { PlaceImportRefusal, PlaceImportResult } from '../../core/contracts/registry';
import { queryRows, type Db } from '../../server/db/engine';
import { writeGeoPackage } from '../../server/files/write-geopackage';
import { writeShapefileZip } from '../../server/files/write-shapefile-zip';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

// Buildings and key places from feature files (issue 14, item 4). Every place these tests import has a code starting
// with T-P and is removed after each test.
const run = promisify(execFile);
let db: Db;
let grid001: TestClient;
let dir: string;
let gridCode: string;
let compound: string; // a compound of grid001's grid
let centre: [number, number]; // a point in that compound
let otherCentre: [number, number]; // a point in a compound of another grid
let takenCode: string; // a building the seed has

beforeAll(async () => {
  db = (await getTestDatabase()).db;
  grid001 = await loginAs('grid001');
  dir = mkdtempSync(join(tmpdir(), 'jingwang-place-import-'));
  gridCode = ((await (await grid001.request('/api/auth/me')).json()) as Me).scope.codes[0];
  const at = sql`ST_X(ST_PointOnSurface(geom)) AS lng, ST_Y(ST_PointOnSurface(geom)) AS lat`;
  const [mine] = await queryRows<{ code: string; lng: number; lat: number }>(db, sql`SELECT code, ${at} FROM compounds WHERE grid_code = ${gridCode} ORDER BY code LIMIT 1`);
  const [other] = await queryRows<{ lng: number; lat: number }>(db, sql`SELECT ${at} FROM compounds WHERE grid_code <> ${gridCode} ORDER BY code LIMIT 1`);
  compound = mine.code;
  centre = [Number(mine.lng), Number(mine.lat)];
  otherCentre = [Number(other.lng), Number(other.lat)];
  [{ code: takenCode }] = await queryRows<{ code: string }>(db, sql`SELECT code FROM buildings ORDER BY code LIMIT 1`);
});
const removeTestRows = async () => {
  await db.execute(sql`DELETE FROM buildings WHERE code LIKE 'T-P%'`);
  await db.execute(sql`DELETE FROM key_places WHERE code LIKE 'T-P%'`);
};
afterEach(removeTestRows);
afterAll(async () => {
  await removeTestRows();
  rmSync(dir, { recursive: true, force: true });
});

/** A square footprint about 4 m across around [lng, lat]. */
function square([lng, lat]: [number, number]) {
  const d = 0.00002;
  return { type: 'Polygon' as const, coordinates: [[[lng - d, lat - d], [lng + d, lat - d], [lng + d, lat + d], [lng - d, lat + d], [lng - d, lat - d]]] };
}
const building = (code: string, geometry: Feature['geometry'], properties: Record<string, unknown> = {}): Feature => ({
  type: 'Feature', geometry, properties: { code, name: `测试楼${code}`, floors: 6, households: 24, ...properties },
});
const fc = (features: Feature[]) => JSON.stringify({ type: 'FeatureCollection', features });
const post = (client: TestClient, kind: string, body: BodyInit, type: string, query = '') =>
  client.request(`/api/registry/import?kind=${kind}${query}`, { method: 'POST', headers: { 'content-type': type }, body });
const count = async (table: 'buildings' | 'key_places') =>
  Number((await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${sql.raw(table)} WHERE code LIKE 'T-P%'`))[0].n);
const near = ([lng, lat]: [number, number]): [number, number] => [lng + 0.00005, lat + 0.00005];

describe('importing buildings', () => {
  it('imports a zipped Shapefile of two buildings into the grid they lie in, shown by /ogc with it', async () => {
    const zip = writeShapefileZip([building('T-P1', square(centre)), building('T-P2', square(near(centre)))], 'buildings');
    const res = await post(grid001, 'buildings', new Uint8Array(zip), 'application/zip');
    expect(res.status).toBe(201);
    expect((await res.json()) as PlaceImportResult).toMatchObject({ kind: 'buildings', rows: 2, written: 2, dryRun: false, file: { type: 'shp' } });
    const items = (await (await grid001.request('/ogc/collections/buildings/items?limit=10000')).json()) as OgcFeatureCollection;
    const mine = items.features.filter((f) => String(f.id).startsWith('T-P')).map((f) => [f.id, f.properties.gridCode, f.properties.compoundCode, f.properties.floors]);
    expect(mine.sort()).toEqual([['T-P1', gridCode, compound, 6], ['T-P2', gridCode, compound, 6]]);
    const [audit] = await queryRows<{ records: string[] }>(db, sql`SELECT records FROM audit_log WHERE action = 'registry_import' ORDER BY id DESC LIMIT 1`);
    expect(audit.records).toEqual(['kind:buildings', 'format:shp', 'rows:2', 'written:2']);
  });

  it('refuses a file with bad rows, naming each row and its reason in Chinese, and writes none of it', async () => {
    const features = [
      building('T-P1', square(centre)),
      building('T-P2', square([100, 20])), // far from the district
      building('T-P3', { type: 'Point', coordinates: centre }),
      building('T-P1', square(near(centre))),
      building(takenCode, square(near(centre))),
      building('T-P4', square(otherCentre)),
      building('T-P5', square(near(centre)), { floors: 0 }),
    ];
    const res = await post(grid001, 'buildings', fc(features), 'application/geo+json');
    expect(res.status).toBe(422);
    const body = (await res.json()) as PlaceImportRefusal;
    expect(body.message).toBe('7 行中有 6 行不合格，未导入任何数据');
    const [{ grid: otherGrid }] = await queryRows<{ grid: string }>(db, sql`SELECT grid_code AS grid FROM compounds WHERE grid_code <> ${gridCode} ORDER BY code LIMIT 1`);
    expect(body.rejected).toEqual([
      { row: 2, field: 'geometry', reason: '位置不在已发布方案的任何网格内' },
      { row: 3, field: 'geometry', reason: '楼栋的几何须为面（Polygon，或只有一个部分的 MultiPolygon）' },
      { row: 4, field: 'code', reason: '编码 T-P1 与第 1 行重复' },
      { row: 5, field: 'code', reason: `编码 ${takenCode} 已存在，导入只新增，不修改已有数据` },
      { row: 6, field: 'geometry', reason: `位置在网格 ${otherGrid} 内，不在您的辖区内` },
      { row: 7, field: 'floors', reason: '层数须为 1 到 200 的整数' },
    ]);
    expect(await count('buildings')).toBe(0);
  });

  it('checks without writing on a dry run, and refuses CSV, which cannot say where a building is', async () => {
    const res = await post(grid001, 'buildings', fc([building('T-P1', square(centre))]), 'application/geo+json', '&dryRun=true');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ written: 1, dryRun: true });
    expect(await count('buildings')).toBe(0);
    const csv = await post(grid001, 'buildings', 'code,name,floors\nT-P1,测试楼,6\n', 'text/csv');
    expect(csv.status).toBe(400);
    expect(((await csv.json()) as { message: string }).message).toMatch(/楼栋和重点场所须以带几何的文件导入/);
  });

  it('lets a grid worker import, not a viewer', async () => {
    expect((await post(await loginAs('viewer'), 'buildings', fc([building('T-P1', square(centre))]), 'application/geo+json')).status).toBe(403);
    expect((await post(await loginAs('worker001'), 'buildings', fc([building('T-P1', square(centre))]), 'application/geo+json')).status).toBe(201);
  });
});

describe('importing key places', () => {
  it('imports a GeoPackage in CGCS2000 GK zone 36 (EPSG:4524) at the place it was drawn', async () => {
    const place = (code: string, kind: string, lngLat: [number, number]): Feature => ({ type: 'Feature', properties: { code, name: `测试场所${code}`, kind }, geometry: { type: 'Point', coordinates: lngLat } });
    const source = join(dir, 'places.gpkg');
    writeFileSync(source, writeGeoPackage([place('T-P1', 'school', centre), place('T-P2', 'mall', near(centre))], 'key_places', '重点场所'));
    const projected = join(dir, 'places-4524.gpkg');
    await run('ogr2ogr', ['-f', 'GPKG', '-t_srs', 'EPSG:4524', '-nln', 'key_places', projected, source]);
    const res = await post(grid001, 'key_places', new Uint8Array(readFileSync(projected)), 'application/geopackage+sqlite3');
    expect(res.status).toBe(201);
    expect((await res.json()) as PlaceImportResult).toMatchObject({ kind: 'key_places', written: 2, file: { type: 'gpkg', crs: 'EPSG:4524' } });
    const stored = await queryRows<{ code: string; kind: string; grid: string; metres: number }>(db, sql`SELECT code, kind, grid_code AS grid,
      ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint(${centre[0]}, ${centre[1]}), 4326)::geography) AS metres FROM key_places WHERE code LIKE 'T-P%' ORDER BY code`);
    expect(stored.map((s) => [s.code, s.kind, s.grid])).toEqual([['T-P1', 'school', gridCode], ['T-P2', 'mall', gridCode]]);
    expect(Number(stored[0].metres)).toBeLessThan(1);
  });

  it('refuses a key place drawn as a polygon or of an unknown kind', async () => {
    const res = await post(grid001, 'key_places', fc([
      { type: 'Feature', properties: { code: 'T-P1', name: '测试场所', kind: 'school' }, geometry: square(centre) },
      { type: 'Feature', properties: { code: 'T-P2', name: '测试场所', kind: 'zoo' }, geometry: { type: 'Point', coordinates: centre } },
    ]), 'application/geo+json');
    expect(res.status).toBe(422);
    expect(((await res.json()) as PlaceImportRefusal).rejected).toEqual([
      { row: 1, field: 'geometry', reason: '重点场所的几何须为点（Point）' },
      { row: 2, field: 'kind', reason: '类别须为以下之一：government, school, mall, hospital, construction, nightlife, transport' },
    ]);
    expect(await count('key_places')).toBe(0);
  });
});
