import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IssuedApiToken } from '../../core/contracts/admin';
import type { Scope } from '../../core/contracts/auth';
import type { OgcFeatureCollection } from '../../core/contracts/ogc';
import { tileLayerIds, type TileAddress, type TileJson, type TileLayerId } from '../../core/contracts/tiles';
import { queryRows, type Db } from '../../server/db/engine';
import { canEncodeMvt, findDataVersion } from '../../server/db/repos/tiles.repo';
import { buildTileInNode } from '../../server/services/tiles.service';
import { getTestApp, getTestDatabase, loginAs, type TestApp, type TestClient } from '../support/test-database';
import { bufferedBbox, decodeLayer, tileAt, type DecodedFeature } from '../support/vector-tiles';

// Vector tiles under /tiles (issue 14, item 2) through in-process requests; GDAL reads one in tiles-gdal.test.ts.
let app: TestApp;
let commander: TestClient;
let leader: TestClient;
let dense: TileAddress; // the z14 tile with the most incidents
const district: Scope = { kind: 'district', codes: [] };

beforeAll(async () => {
  app = await getTestApp();
  [commander, leader] = await Promise.all([loginAs('commander'), loginAs('grid001')]);
  const { db } = await getTestDatabase();
  const [row] = await queryRows<{ x: number; y: number }>(
    db,
    sql`SELECT floor((ST_X(geom) + 180) / 360 * 16384)::int AS x,
        floor((1 - ln(tan(radians(ST_Y(geom))) + 1 / cos(radians(ST_Y(geom)))) / pi()) / 2 * 16384)::int AS y
      FROM incidents GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
  );
  dense = { z: 14, x: Number(row.x), y: Number(row.y) };
});

const path = (layer: string, { z, x, y }: TileAddress) => `/tiles/${layer}/${z}/${x}/${y}.mvt`;
const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());

/** How many incidents /ogc matches for the client in the tile's buffered box: the count its tile must hold. */
async function ogcCount(client: TestClient, tile: TileAddress): Promise<number> {
  const res = await client.request(`/ogc/collections/incidents/items?limit=1&bbox=${bufferedBbox(tile).join(',')}`);
  return ((await res.json()) as OgcFeatureCollection).numberMatched;
}

describe('GET /tiles/{layer}.json', () => {
  it('describes each layer as TileJSON 3.0.0 with an absolute, versioned tile URL and its fields', async () => {
    for (const layer of tileLayerIds) {
      const res = await commander.request(`/tiles/${layer}.json`);
      expect(res.status, layer).toBe(200);
      const body = (await res.json()) as TileJson;
      // Buildings stop at z16 (clients overzoom them); points and grids go to z22.
      expect(body).toMatchObject({ tilejson: '3.0.0', scheme: 'xyz', maxzoom: layer === 'buildings' ? 16 : 22 });
      expect(body.tiles).toHaveLength(1);
      expect(body.tiles[0]).toMatch(new RegExp(`^http://localhost/tiles/${layer}/\\{z\\}/\\{x\\}/\\{y\\}\\.mvt\\?v=[\\w%-]+$`));
      expect(body.vector_layers.map((l) => l.id)).toEqual([layer]);
      const [w, s, e, n] = body.bounds;
      expect(w).toBeGreaterThan(107);
      expect(e).toBeLessThan(108);
      expect(s).toBeLessThan(n);
      expect(body.center[0]).toBeGreaterThan(w);
      expect(body.center[0]).toBeLessThan(e);
    }
    const incidents = (await (await commander.request('/tiles/incidents.json')).json()) as TileJson;
    expect(Object.keys(incidents.vector_layers[0].fields).sort()).toEqual(['categoryCode', 'categoryName', 'gridCode', 'occurredAt']);
    expect(incidents.name).toBe('警情');
  });
});

describe('GET /tiles/{layer}/{z}/{x}/{y}.mvt', () => {
  it('answers a dense z14 incidents tile holding every incident /ogc finds in its buffered box, ids and properties included', async () => {
    const res = await commander.request(path('incidents', dense));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
    const features = decodeLayer(await bytesOf(res), 'incidents');
    const expected = await ogcCount(commander, dense);
    expect(expected).toBeGreaterThan(500);
    expect(features).toHaveLength(expected);
    expect(new Set(features.map((f) => f.id)).size).toBe(expected);
    const sample = features[0];
    expect(sample.type).toBe(1);
    expect(Object.keys(sample.properties).sort()).toEqual(['categoryCode', 'categoryName', 'gridCode', 'occurredAt']);
    expect(String(sample.properties.occurredAt)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const { body: one } = await getOgcIncident(sample.id!);
    expect(one.properties).toMatchObject({ categoryCode: sample.properties.categoryCode, gridCode: sample.properties.gridCode });
    expect(new Date(String(one.properties.occurredAt)).getTime()).toBe(new Date(String(sample.properties.occurredAt)).getTime());
  });

  it('answers 204 with no body for a tile with no feature (the Gulf of Guinea)', async () => {
    const res = await commander.request(path('incidents', { z: 14, x: 8192, y: 8192 }));
    expect(res.status).toBe(204);
    expect((await bytesOf(res)).length).toBe(0);
  });

  it('shows a grid leader only the incidents of their own grid', async () => {
    const own = (await (await leader.request('/ogc/collections/incidents/items?limit=1')).json()) as OgcFeatureCollection;
    const [lng, lat] = (own.features[0].geometry as unknown as { coordinates: [number, number] }).coordinates;
    const tile = tileAt(lng, lat, 14);
    const mine = decodeLayer(await bytesOf(await leader.request(path('incidents', tile))), 'incidents');
    const all = decodeLayer(await bytesOf(await commander.request(path('incidents', tile))), 'incidents');
    expect(mine.length).toBe(await ogcCount(leader, tile));
    expect(mine.length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(mine.length);
    expect(new Set(mine.map((f) => f.properties.gridCode))).toEqual(new Set([own.features[0].properties.gridCode]));
  });

  it('serves every building with code and address, and households only for the caller\'s grids', async () => {
    const { db } = await getTestDatabase();
    const [b] = await queryRows<{ lng: number; lat: number; grid: string }>(
      db,
      sql`SELECT ST_X(ST_PointOnSurface(b.geom)) AS lng, ST_Y(ST_PointOnSurface(b.geom)) AS lat, b.grid_code AS grid
        FROM buildings b JOIN users u ON u.username = 'grid001' WHERE b.grid_code = u.scope_codes->>0 LIMIT 1`,
    );
    const tile = tileAt(Number(b.lng), Number(b.lat), 14);
    const all = decodeLayer(await bytesOf(await commander.request(path('buildings', tile))), 'buildings');
    const mine = decodeLayer(await bytesOf(await leader.request(path('buildings', tile))), 'buildings');
    expect(all[0].type).toBe(3);
    expect(Object.keys(all[0].properties).sort()).toEqual(['address', 'code', 'floors', 'gridCode', 'households', 'name']);
    expect(String(all[0].properties.address)).toMatch(/^四川省达州市达川区/);
    // The base map shows a leader every building; only their own grid's buildings say how many households live there.
    expect(mine.map((f) => f.properties.code).sort()).toEqual(all.map((f) => f.properties.code).sort());
    const counted = mine.filter((f) => f.properties.households !== undefined);
    expect(counted.length).toBeGreaterThan(0);
    expect(counted.length).toBeLessThan(mine.length);
    expect(new Set(counted.map((f) => f.properties.gridCode))).toEqual(new Set([b.grid]));
    expect(all.every((f) => f.properties.households !== undefined)).toBe(true);
  });

  it('gives grids their numeric code as the feature id', async () => {
    const features = decodeLayer(await bytesOf(await commander.request(path('grids', { ...dense, z: 12, x: dense.x >> 2, y: dense.y >> 2 }))), 'grids');
    expect(features.length).toBeGreaterThan(1);
    for (const f of features) expect(f.id).toBe(Number(f.properties.code));
  });

  it('answers 400 naming z, x or y outside the tile matrix, in Chinese first', async () => {
    const cases: [string, string][] = [
      ['/tiles/incidents/23/0/0.mvt', '缩放级别 z 须为 0 到 22 之间的整数；收到 23'],
      ['/tiles/incidents/-1/0/0.mvt', '缩放级别 z 须为 0 到 22 之间的整数；收到 -1'],
      ['/tiles/incidents/14/16384/0.mvt', '瓦片列号 x 在第 14 级须为 0 到 16383 之间的整数；收到 16384'],
      ['/tiles/incidents/2/1/4.mvt', '瓦片行号 y 在第 2 级须为 0 到 3 之间的整数；收到 4'],
      ['/tiles/incidents/2/1/1.5.mvt', '瓦片行号 y 在第 2 级须为 0 到 3 之间的整数；收到 1.5'],
    ];
    for (const [p, message] of cases) {
      const res = await commander.request(p);
      expect(res.status, p).toBe(400);
      expect(await res.json(), p).toEqual({ error: 'bad_request', message });
    }
    const english = await commander.request('/tiles/incidents/2/9/0.mvt', { headers: { 'accept-language': 'en' } });
    expect(((await english.json()) as { message: string }).message).toBe('tile column x must be a whole number from 0 to 3 at zoom 2; got 9');
  });

  it('answers 404 listing the layers for an unknown layer, on tiles and TileJSON alike', async () => {
    for (const p of ['/tiles/residents/14/0/0.mvt', '/tiles/residents.json']) {
      const res = await commander.request(p);
      expect(res.status, p).toBe(404);
      expect(await res.json(), p).toEqual({ error: 'not_found', message: '没有瓦片图层 residents；现有图层：incidents、buildings、grids' });
    }
  });

  it('answers 401 without a session or token', async () => {
    const res = await app.request(path('incidents', dense));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'unauthenticated', message: '请先登录' });
  });
});

describe('machine tokens on /tiles', () => {
  it('reads a tile with a grid leader’s Bearer token, scoped as the leader, and answers 401 once it is revoked', async () => {
    const admin = await loginAs('admin');
    const res = await admin.request('/api/admin/api-tokens', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'QGIS 瓦片', username: 'grid001', expiresInDays: 7 }),
    });
    expect(res.status).toBe(201);
    const issued = (await res.json()) as IssuedApiToken;
    const auth = { headers: { authorization: `Bearer ${issued.token}` } };
    const byToken = decodeLayer(await bytesOf(await app.request(path('incidents', dense), auth)), 'incidents');
    const bySession = decodeLayer(await bytesOf(await leader.request(path('incidents', dense))), 'incidents');
    expect(byToken.map((f) => f.id).sort()).toEqual(bySession.map((f) => f.id).sort());
    expect((await app.request('/tiles/incidents.json', auth)).status).toBe(200);
    expect((await admin.request(`/api/admin/api-tokens/${issued.id}`, { method: 'DELETE' })).status).toBe(200);
    const refused = await app.request(path('incidents', dense), auth);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: 'token_revoked', message: '令牌已吊销' });
  });
});

describe('tile caching by data version', () => {
  const versionOf = async (layer: TileLayerId) => {
    const { tiles } = (await (await commander.request(`/tiles/${layer}.json`)).json()) as TileJson;
    return new URL(tiles[0].replace(/[{}]/g, '')).searchParams.get('v')!;
  };

  it('lets a tile at the current version be kept as immutable (privately), and revalidates any other', async () => {
    const v = await versionOf('incidents');
    const current = await commander.request(`${path('incidents', dense)}?v=${encodeURIComponent(v)}`);
    expect(current.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(current.headers.get('vary')).toBe('Cookie, Authorization');
    const stale = await commander.request(`${path('incidents', dense)}?v=0-old`);
    expect(stale.headers.get('cache-control')).toBe('no-cache');
    expect((await commander.request(path('incidents', dense))).headers.get('cache-control')).toBe('no-cache');
  });

  it('moves the incidents version, and only it, when an incident is posted', async () => {
    const before = { incidents: await versionOf('incidents'), buildings: await versionOf('buildings'), grids: await versionOf('grids') };
    const { db } = await getTestDatabase();
    const [p] = await queryRows<{ lng: number; lat: number }>(
      db,
      sql`SELECT ST_X(ST_PointOnSurface(g.geom)) AS lng, ST_Y(ST_PointOnSurface(g.geom)) AS lat
        FROM grids g JOIN users u ON u.username = 'grid001' WHERE g.code = u.scope_codes->>0`,
    );
    const posted = await commander.request('/api/incidents', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ categoryCode: 'NOISE', source: '110', lng: Number(p.lng), lat: Number(p.lat) }),
    });
    expect(posted.status).toBe(201);
    expect(await versionOf('incidents')).not.toBe(before.incidents);
    expect(await versionOf('buildings')).toBe(before.buildings);
    expect(await versionOf('grids')).toBe(before.grids);
    const res = await commander.request(`${path('incidents', dense)}?v=${encodeURIComponent(before.incidents)}`);
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('moves every layer’s version when a plan is published, seen inside a transaction that is then rolled back', async () => {
    const { db } = await getTestDatabase();
    const versions = async (on: Db) => ({ incidents: await findDataVersion(on, 'incidents'), buildings: await findDataVersion(on, 'buildings'), grids: await findDataVersion(on, 'grids') });
    const before = await versions(db);
    let during: typeof before | undefined;
    // A plan published (the rest of a publication rewrites grids and codes, which no version reads), then undone.
    await expect(db.transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO grid_plans (name, status, published_at) VALUES ('瓦片版本测试', 'published', now())`);
      during = await versions(tx as unknown as Db);
      tx.rollback();
    })).rejects.toThrow();
    for (const layer of tileLayerIds) expect(during![layer], layer).not.toBe(before[layer]);
    expect(await versions(db)).toEqual(before);
  });
});

async function getOgcIncident(id: number) {
  const res = await commander.request(`/ogc/collections/incidents/items/${id}`);
  return { status: res.status, body: (await res.json()) as { properties: Record<string, unknown> } };
}

/**
 * The tile as the route answers it against the same tile encoded in Node from the same rows. On PostgreSQL the route
 * is ST_AsMVT, so this compares the two encoders; on PGlite the route is the Node path, and must be it exactly.
 * Tolerance between the encoders: ids and properties equal; a point within one tile unit on each axis; a polygon's
 * bounding box within one unit on each side, and its area within what moving every vertex by half a unit on each
 * axis can change (perimeter × √2/2): both round to whole units and clip at the buffer, but ST_AsMVTGeom also drops
 * repeated and collinear vertices after rounding, so their vertex lists differ.
 */
describe('the same tile from PostGIS and from Node', () => {
  it('is encoded by ST_AsMVT where the database has it (PostgreSQL) and in Node where it lacks it (PGlite)', async () => {
    const database = await getTestDatabase();
    const hasMvt = await canEncodeMvt(database.db);
    expect(hasMvt).toBe(database.engine === 'postgres');
    const res = await commander.request(path('incidents', dense));
    expect(res.headers.get('x-tile-engine')).toBe(hasMvt ? 'postgis' : 'node');
  });

  const cases: [TileLayerId, () => TileAddress][] = [
    ['incidents', () => dense],
    ['buildings', () => ({ z: 15, x: dense.x * 2, y: dense.y * 2 })],
    ['grids', () => ({ z: 12, x: dense.x >> 2, y: dense.y >> 2 })],
  ];
  for (const [layer, tileOf] of cases) {
    it(`gives the same ${layer} ids, properties and geometries`, async () => {
      const database = await getTestDatabase();
      const tile = tileOf();
      const res = await commander.request(path(layer, tile));
      expect(res.status).toBe(200);
      const routed = await bytesOf(res);
      const node = await buildTileInNode(database.db, layer, tile, district);
      if (res.headers.get('x-tile-engine') === 'node') {
        expect(Buffer.from(routed).equals(Buffer.from(node))).toBe(true);
        return;
      }
      const keyOf = (f: DecodedFeature) => String(f.id ?? f.properties.code);
      const a = new Map(decodeLayer(routed, layer).map((f) => [keyOf(f), f]));
      const b = new Map(decodeLayer(node, layer).map((f) => [keyOf(f), f]));
      expect(a.size).toBeGreaterThan(0);
      expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
      for (const [key, fa] of a) {
        const fb = b.get(key)!;
        expect(fb.properties, key).toEqual(fa.properties);
        expect(fb.type, key).toBe(fa.type);
        if (fa.type === 1) {
          expect(Math.abs(fa.rings[0][0].x - fb.rings[0][0].x), key).toBeLessThanOrEqual(1);
          expect(Math.abs(fa.rings[0][0].y - fb.rings[0][0].y), key).toBeLessThanOrEqual(1);
        } else {
          const [ba, bb] = [boxOf(fa), boxOf(fb)];
          for (let k = 0; k < 4; k++) expect(Math.abs(ba[k] - bb[k]), `${key} box ${k}`).toBeLessThanOrEqual(1);
          expect(Math.abs(areaOf(fa) - areaOf(fb)), key).toBeLessThanOrEqual(perimeterOf(fa) * Math.SQRT1_2);
        }
      }
    });
  }
});

function boxOf(f: DecodedFeature): number[] {
  const points = f.rings.flat();
  return [Math.min(...points.map((p) => p.x)), Math.min(...points.map((p) => p.y)), Math.max(...points.map((p) => p.x)), Math.max(...points.map((p) => p.y))];
}

function perimeterOf(f: DecodedFeature): number {
  return f.rings.reduce((sum, r) => sum + r.reduce((s, p, i) => {
    const q = r[(i + 1) % r.length];
    return s + Math.hypot(q.x - p.x, q.y - p.y);
  }, 0), 0);
}

/** Signed shoelace sum over every ring: outer rings and holes wind oppositely in an MVT, so holes subtract. */
function areaOf(f: DecodedFeature): number {
  return Math.abs(f.rings.reduce((sum, r) => sum + r.reduce((s, p, i) => {
    const q = r[(i + 1) % r.length];
    return s + p.x * q.y - q.x * p.y;
  }, 0) / 2, 0));
}
