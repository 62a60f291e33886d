import type { FeatureCollection } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DecodedFile } from '../../core/contracts/feature-file';
import type { OgcException, OgcFeatureCollection } from '../../core/contracts/ogc';
import { readGeoPackage } from '../../server/files/read-geopackage';
import { readShapefileZip } from '../../server/files/read-shapefile-zip';
import { readZip, writeZip } from '../../server/files/zip-archive';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../server/db/engine';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

// Files in and out (issue 14, item 4): exports of /ogc collections. GDAL reads them in files-gdal.test.ts.
let commander: TestClient;
let leader: TestClient;
let planner: TestClient;

beforeAll(async () => {
  [commander, leader, planner] = await Promise.all([loginAs('commander'), loginAs('grid001'), loginAs('planner')]);
});

const bytesOf = async (res: Response) => Buffer.from(await res.arrayBuffer());
async function itemIds(client: TestClient, collection: string): Promise<string[]> {
  const res = await client.request(`/ogc/collections/${collection}/items?limit=10000`);
  const body = (await res.json()) as OgcFeatureCollection;
  return body.features.map((f) => String(f.id)).sort();
}

describe('GET /ogc/collections/{id}/export', () => {
  it('exports the commander’s 208 grids as GeoJSON, named 网格.geojson with an ASCII fallback', async () => {
    const res = await commander.request('/ogc/collections/grids/export?f=geojson');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="grids.geojson"; filename*=UTF-8''${encodeURIComponent('网格')}.geojson`);
    const body = (await res.json()) as FeatureCollection;
    expect(body.features).toHaveLength(208);
    expect(body.features.map((f) => String(f.id)).sort()).toEqual(await itemIds(commander, 'grids'));
  });

  it('exports the grids as CSV with a BOM, one line a grid and its geometry as WKT', async () => {
    const res = await commander.request('/ogc/collections/grids/export?f=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.startsWith('\uFEFFid,')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 208);
    expect(lines[0].split(',')).toContain('wkt');
    expect(lines[1]).toMatch(/"MULTIPOLYGON|"POLYGON/);
  });

  it('exports the grids as a zipped Shapefile that reads back with their Chinese names', async () => {
    const res = await commander.request('/ogc/collections/grids/export?f=shp');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('网格')}.zip`);
    const back = readShapefileZip(await bytesOf(res));
    expect(back.encoding).toBe('utf-8');
    expect(back.features).toHaveLength(208);
    const json = (await (await commander.request('/ogc/collections/grids/items?limit=1000')).json()) as OgcFeatureCollection;
    const names = json.features.map((f) => String(f.properties.name)).sort();
    expect(back.features.map((f) => String(f.properties!.name)).sort()).toEqual(names);
    expect(names.some((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
  });

  it('exports the grids as a GeoPackage that reads back with every grid and name', async () => {
    const res = await commander.request('/ogc/collections/grids/export?f=gpkg');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/geopackage+sqlite3');
    const back = readGeoPackage(await bytesOf(res));
    expect(back.layer).toBe('grids');
    expect(back.features).toHaveLength(208);
    expect(back.features.map((f) => String(f.properties!.code)).sort()).toEqual(await itemIds(commander, 'grids'));
  });

  it('exports a grid leader’s incidents only from their grid, in every format', async () => {
    const ids = await itemIds(leader, 'incidents');
    expect(ids.length).toBeGreaterThan(0);
    const all = await itemIds(commander, 'incidents');
    expect(ids.length).toBeLessThan(all.length);
    const geojson = (await (await leader.request('/ogc/collections/incidents/export?f=geojson')).json()) as FeatureCollection;
    expect(geojson.features.map((f) => String(f.id)).sort()).toEqual(ids);
    const gridCodes = new Set(geojson.features.map((f) => f.properties!.gridCode));
    expect(gridCodes.size).toBe(1);
    const gpkg = readGeoPackage(await bytesOf(await leader.request('/ogc/collections/incidents/export?f=gpkg')));
    expect(gpkg.features.map((f) => String(f.properties!.id)).sort()).toEqual(ids);
    const shp = readShapefileZip(await bytesOf(await leader.request('/ogc/collections/incidents/export?f=shp')));
    expect(shp.features).toHaveLength(ids.length);
    const csv = await (await leader.request('/ogc/collections/incidents/export?f=csv')).text();
    expect(csv.trim().split('\r\n')).toHaveLength(1 + ids.length);
  });

  it('keeps the features inside a bbox, as /items does', async () => {
    const bbox = '107.3,31.1,107.5,31.25';
    const items = (await (await commander.request(`/ogc/collections/grids/items?limit=1000&bbox=${bbox}`)).json()) as OgcFeatureCollection;
    const body = (await (await commander.request(`/ogc/collections/grids/export?f=geojson&bbox=${bbox}`)).json()) as FeatureCollection;
    expect(body.features.length).toBe(items.numberMatched);
    expect(body.features.length).toBeLessThan(208);
  });

  it('answers 400 naming the formats when f is not one of them', async () => {
    const res = await commander.request('/ogc/collections/grids/export?f=kml');
    expect(res.status).toBe(400);
    const body = (await res.json()) as OgcException;
    expect(body).toEqual({ code: 'InvalidParameterValue', description: '导出格式 f 须为 geojson、csv、shp、gpkg 之一；收到 kml' });
  });

  it('refuses a collection the role may not read (403), as /items does, and audits an export of disputes', async () => {
    const viewer = await loginAs('viewer');
    const refused = await viewer.request('/ogc/collections/disputes/export?f=csv');
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as OgcException).code).toBe('Forbidden');
    const { db } = await getTestDatabase();
    const res = await leader.request('/ogc/collections/disputes/export?f=geojson');
    expect(res.status).toBe(200);
    const file = JSON.parse((await bytesOf(res)).toString('utf8')) as FeatureCollection;
    expect(file.features.length).toBeGreaterThan(0);
    expect(file.features.every((f) => f.properties?.masked === true)).toBe(true);
    const [audit] = await queryRows<{ action: string; username: string; records: string[] }>(
      db, sql`SELECT action, username, records FROM audit_log ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toEqual({ action: 'ogc_read_disputes', username: 'grid001', records: ['collection:disputes', ...file.features.map((f) => String(f.id))] });
  });

  it('filters by a queryable as /items does, and refuses paging and crs, which a file has no use for', async () => {
    const all = await itemIds(commander, 'grids');
    const community = ((await (await commander.request('/ogc/collections/grids/items?limit=1')).json()) as OgcFeatureCollection).features[0].properties!.communityCode as string;
    const res = await commander.request(`/ogc/collections/grids/export?f=geojson&communityCode=${community}`);
    const file = JSON.parse((await bytesOf(res)).toString('utf8')) as FeatureCollection;
    expect(file.features.length).toBeGreaterThan(0);
    expect(file.features.length).toBeLessThan(all.length);
    expect(file.features.every((f) => f.properties?.communityCode === community)).toBe(true);
    for (const q of ['limit=5', 'offset=1', 'crs=http://www.opengis.net/def/crs/EPSG/0/4490']) {
      const bad = await commander.request(`/ogc/collections/grids/export?f=csv&${q}`);
      expect(bad.status, q).toBe(400);
      expect(((await bad.json()) as OgcException).description, q).toContain(q.split('=')[0]);
    }
  });

  it('answers 404 for a collection there is not, and 401 without a session', async () => {
    expect((await commander.request('/ogc/collections/residents/export?f=csv')).status).toBe(404);
    const { getTestApp } = await import('../support/test-database');
    expect((await (await getTestApp()).request('/ogc/collections/grids/export?f=csv')).status).toBe(401);
  });
});

describe('POST /api/planner/plan-file', () => {
  const postPlanFile = (client: TestClient, bytes: Buffer, type: string) =>
    client.request('/api/planner/plan-file', { method: 'POST', headers: { 'content-type': type }, body: new Uint8Array(bytes) });

  it('reads an exported grids Shapefile back as CRS84 GeoJSON with its codes, saying what it read', async () => {
    const zip = await bytesOf(await commander.request('/ogc/collections/grids/export?f=shp'));
    const res = await postPlanFile(planner, zip, 'application/zip');
    expect(res.status).toBe(200);
    const body = (await res.json()) as DecodedFile;
    expect(body.file).toEqual({ type: 'shp', layer: 'grids', crs: 'GCS_WGS_1984', encoding: 'utf-8', detectedEncoding: 'utf-8', warnings: [] });
    expect(body.features.map((f) => String(f.properties!.code)).sort()).toEqual(await itemIds(commander, 'grids'));
    expect((body.features[0].geometry as { type: string }).type).toMatch(/Polygon$/);
  });

  it('reads an exported GeoPackage the same way', async () => {
    const gpkg = await bytesOf(await commander.request('/ogc/collections/grids/export?f=gpkg'));
    const body = (await (await postPlanFile(planner, gpkg, 'application/geopackage+sqlite3')).json()) as DecodedFile;
    expect(body.file).toMatchObject({ type: 'gpkg', layer: 'grids', crs: 'EPSG:4326' });
    expect(body.features).toHaveLength(208);
  });

  it('answers 400 naming the .dbf a zip lacks, 415 for another type, and 403 to a role that does not plan', async () => {
    const zip = await bytesOf(await commander.request('/ogc/collections/grids/export?f=shp'));
    const noDbf = writeZip([...readZip(zip)].filter(([n]) => !n.endsWith('.dbf')).map(([name, data]) => ({ name, data })));
    const res = await postPlanFile(planner, noDbf, 'application/zip');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { issues: { field: string }[] }).issues[0].field).toBe('.dbf');
    expect((await postPlanFile(planner, zip, 'text/csv')).status).toBe(415);
    expect((await postPlanFile(leader, zip, 'application/zip')).status).toBe(403);
  });
});
