import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ogcCollectionIds, ogcMayOpen, type OgcFeatureCollection } from '../../core/contracts/ogc';
import { queryRows } from '../../server/db/engine';
import { disputeEvents, disputes } from '../../server/db/schema';
import { useLoopbackApp } from '../support/loopback-app';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

// GDAL's OAPIF driver as the client of /ogc (issue 14, item 1), over a loopback port with the commander's session.
const run = promisify(execFile);
const loopback = useLoopbackApp('ogc-gdal');
let commander: TestClient;

beforeAll(async () => {
  commander = await loginAs('commander');
});

// The session travels as a cookie; GDAL_HTTP_COOKIE is GDAL's own option for it.
const gdal = (command: string, args: string[]) =>
  run(command, args, { env: { ...process.env, GDAL_HTTP_COOKIE: commander.cookie, CPL_VSIL_CURL_USE_CACHE: 'NO' }, maxBuffer: 64 * 1024 * 1024 });

// GDAL's child processes walk the landing page, every collection and its queryables before they read: 10–20 s idle,
// over 30 s while the other engine's suite runs beside this one (as CI runs them).
describe('GDAL reading /ogc', { timeout: 120_000 }, () => {
  it('lists every collection with ogrinfo', async () => {
    const { stdout } = await gdal('ogrinfo', ['-ro', '-so', `OAPIF:${loopback.origin}/ogc`]);
    for (const id of ogcCollectionIds) expect(stdout, id).toMatch(new RegExp(`^\\d+: ${id}\\b`, 'm'));
  });

  it('copies the grids into a GeoPackage: 208 valid polygons whose codes and areas are the API’s', async () => {
    const gpkg = join(loopback.dir, 'grids.gpkg');
    await gdal('ogr2ogr', ['-f', 'GPKG', gpkg, `OAPIF:${loopback.origin}/ogc`, 'grids']);
    const summary = await run('ogrinfo', ['-ro', '-so', gpkg, 'grids']);
    expect(summary.stdout).toMatch(/^Feature Count: 208$/m);
    const { stdout } = await run('ogrinfo', [
      '-ro', '-q', gpkg, '-dialect', 'SQLite', '-sql',
      'SELECT code, ST_Area(geom) AS area, ST_IsValid(geom) AS valid, ST_GeometryType(geom) AS kind FROM grids ORDER BY code',
    ]);
    const copied = [...stdout.matchAll(/code \(String\) = (\S+)\s+area \(Real\) = (\S+)\s+valid \(Integer\) = (\d)\s+kind \(String\) = (\S+)/g)].map((m) => ({
      code: m[1], area: Number(m[2]), valid: m[3], kind: m[4],
    }));
    expect(copied).toHaveLength(208);
    expect(copied.filter((g) => g.valid !== '1' || !/POLYGON$/.test(g.kind))).toEqual([]);
    // The API's own areas in the same unit (square degrees of CRS84), from the same 6-decimal coordinates.
    const res = await commander.request('/ogc/collections/grids/items?limit=1000');
    const api = (await res.json()) as OgcFeatureCollection;
    expect(copied.map((g) => g.code)).toEqual(api.features.map((f) => String(f.id)).sort());
    const apiArea = new Map(api.features.map((f) => [String(f.id), planarArea(f.geometry as unknown as Polygonal)]));
    for (const g of copied) expect(g.area, g.code).toBeCloseTo(apiArea.get(g.code)!, 10);
  });

  it('filters the grids on a queryable with -where: as many as /ogc finds with ?communityCode=', async () => {
    const first = (await (await commander.request('/ogc/collections/grids/items?limit=1')).json()) as OgcFeatureCollection;
    const community = String(first.features[0].properties.communityCode);
    const api = (await (await commander.request(`/ogc/collections/grids/items?communityCode=${community}`)).json()) as OgcFeatureCollection;
    expect(api.numberMatched).toBeLessThan(208);
    const { stdout } = await gdal('ogrinfo', ['-ro', '-q', `OAPIF:${loopback.origin}/ogc`, 'grids', '-where', `communityCode = '${community}'`, '-fields=YES', '-geom=NO']);
    const codes = [...stdout.matchAll(/^\s+code \(String\) = (\S+)$/gm)].map((m) => m[1]).sort();
    expect(codes).toEqual(api.features.map((f) => String(f.id)).sort());
  });

  it('reads the disputes with their parties masked', async () => {
    // The seed's disputes have no parties: one registered here has, and is removed after (the API deletes none).
    const building = ((await (await commander.request('/ogc/collections/buildings/items?limit=1')).json()) as OgcFeatureCollection).features[0].id;
    const registered = await commander.request('/api/disputes', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'debt', source: 'grid_worker', summary: 'GDAL 脱敏检查（测试）', buildingCode: building, parties: [{ role: 'applicant', name: '欧阳娜娜', phone: '13812345678' }] }),
    });
    expect(registered.status).toBe(201);
    const { code } = (await registered.json()) as { code: string };
    try {
      const api = (await (await commander.request('/ogc/collections/disputes/items?limit=1')).json()) as OgcFeatureCollection;
      const { stdout } = await gdal('ogrinfo', ['-ro', '-so', `OAPIF:${loopback.origin}/ogc`, 'disputes']);
      expect(stdout).toMatch(new RegExp(`^Feature Count: ${api.numberMatched}$`, 'm'));
      const one = await gdal('ogrinfo', ['-ro', '-q', `OAPIF:${loopback.origin}/ogc`, 'disputes', '-where', `code = '${code}'`, '-geom=NO']);
      const parties = /^\s+parties \(\S+\) = (.+)$/m.exec(one.stdout)?.[1];
      expect(parties).toContain('欧***');
      expect(parties).toContain('138****5678');
      expect(one.stdout).not.toMatch(/欧阳娜娜|13812345678/);
    } finally {
      const { db } = await getTestDatabase();
      await db.execute(sql`DELETE FROM ${disputeEvents} WHERE ${disputeEvents.disputeCode} = ${code}`);
      await db.execute(sql`DELETE FROM ${disputes} WHERE ${disputes.code} = ${code}`);
    }
  });

  it('pages through the incidents in a box: exactly numberMatched features, no id twice', async () => {
    // The box of a street with a few thousand incidents, so that several pages follow; the whole district (60,000)
    // took 90 s of paging on PGlite beside CI's other suites and proved no more.
    const { db } = await getTestDatabase();
    const [box] = await queryRows<{ w: number; s: number; e: number; n: number }>(
      db,
      sql`WITH busiest AS (SELECT g.street_code FROM incidents i JOIN grids g ON g.code = i.grid_code GROUP BY g.street_code ORDER BY abs(count(*) - 3000), g.street_code LIMIT 1)
          SELECT ST_XMin(b) AS w, ST_YMin(b) AS s, ST_XMax(b) AS e, ST_YMax(b) AS n
          FROM (SELECT ST_Extent(g.geom)::geometry AS b FROM grids g JOIN busiest USING (street_code)) x`,
    );
    const bbox = [box.w, box.s, box.e, box.n].map(Number);
    const res = await commander.request(`/ogc/collections/incidents/items?limit=1&bbox=${bbox.join(',')}`);
    const { numberMatched } = (await res.json()) as OgcFeatureCollection;
    const gpkg = join(loopback.dir, 'incidents.gpkg');
    // A page size well below the total, so that GDAL follows next links (one page would prove nothing).
    const pageSize = 1000;
    expect(numberMatched).toBeGreaterThan(2 * pageSize);
    await gdal('ogr2ogr', ['-f', 'GPKG', gpkg, `OAPIF:${loopback.origin}/ogc`, 'incidents', '-spat', ...bbox.map(String), '-oo', `PAGE_SIZE=${pageSize}`]);
    const { stdout } = await run('ogrinfo', ['-ro', '-q', gpkg, '-sql', 'SELECT count(*) AS n, count(DISTINCT id) AS ids FROM incidents']);
    expect(stdout).toMatch(new RegExp(`n \\(Integer\\) = ${numberMatched}\\s+ids \\(Integer\\) = ${numberMatched}\\b`));
  }, 180_000);

  it('reads with a grid leader\'s machine token (Authorization: Bearer): every collection it may open, and only that grid\'s incidents', async () => {
    const admin = await loginAs('admin');
    const issued = await admin.request('/api/admin/api-tokens', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'QGIS 桌面', username: 'grid001', expiresInDays: 7 }),
    });
    expect(issued.status).toBe(201);
    const { token } = (await issued.json()) as { token: string };
    const env = { ...process.env, GDAL_HTTP_HEADERS: `Authorization: Bearer ${token}`, CPL_VSIL_CURL_USE_CACHE: 'NO' };
    const listed = await run('ogrinfo', ['-ro', '-so', `OAPIF:${loopback.origin}/ogc`], { env });
    // A grid leader reads no saved patrol routes (as on /api), so that collection is not listed to it.
    for (const id of ogcCollectionIds) {
      const line = new RegExp(`^\\d+: ${id}\\b`, 'm');
      if (ogcMayOpen('grid_leader', id)) expect(listed.stdout, id).toMatch(line);
      else expect(listed.stdout, id).not.toMatch(line);
    }
    const own = (await (await (await loginAs('grid001')).request('/ogc/collections/incidents/items?limit=1')).json()) as OgcFeatureCollection;
    const all = (await (await commander.request('/ogc/collections/incidents/items?limit=1')).json()) as OgcFeatureCollection;
    expect(own.numberMatched).toBeGreaterThan(0);
    expect(own.numberMatched).toBeLessThan(all.numberMatched!);
    const incidents = await run('ogrinfo', ['-ro', '-so', `OAPIF:${loopback.origin}/ogc`, 'incidents'], { env });
    expect(incidents.stdout).toMatch(new RegExp(`^Feature Count: ${own.numberMatched}$`, 'm'));
  });
});

type Polygonal = { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** Planar (shoelace) area in the coordinates' own unit, holes subtracted: what SpatiaLite's ST_Area gives in CRS84. */
function planarArea(g: Polygonal): number {
  const ring = (r: number[][]) => Math.abs(r.reduce((sum, [x, y], i) => {
    const [nx, ny] = r[(i + 1) % r.length];
    return sum + x * ny - nx * y;
  }, 0)) / 2;
  const polygon = (p: number[][][]) => ring(p[0]) - p.slice(1).reduce((s, h) => s + ring(h), 0);
  return g.type === 'Polygon' ? polygon(g.coordinates) : g.coordinates.reduce((s, p) => s + polygon(p), 0);
}
