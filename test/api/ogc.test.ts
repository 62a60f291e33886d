import { beforeAll, describe, expect, it } from 'vitest';
import type { IssuedApiToken } from '../../core/contracts/admin';
import {
  ogcCollectionIds, ogcConformance, type OgcCollection, type OgcCollections, type OgcException, type OgcFeature, type OgcFeatureCollection, type OgcLanding,
} from '../../core/contracts/ogc';
import { createApp } from '../../server/app';
import { readEnv } from '../../server/env';
import { getTestApp, getTestDatabase, loginAs, type TestApp, type TestClient } from '../support/test-database';

// OGC API – Features under /ogc (issue 14, item 1), read through in-process requests; GDAL reads it in ogc-gdal.test.ts.
let app: TestApp;
let commander: TestClient;
let leader: TestClient;

beforeAll(async () => {
  app = await getTestApp();
  [commander, leader] = await Promise.all([loginAs('commander'), loginAs('grid001')]);
});

// Links are absolute (http://localhost/ogc/… in-process); the tests follow them by path and query.
const pathOf = (href: string) => {
  const u = new URL(href);
  return u.pathname + u.search;
};
async function getJson<T>(client: TestClient, path: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; body: T }> {
  const res = await client.request(path, { headers });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as T };
}
const linkOf = (links: { rel: string; href: string }[], rel: string) => links.find((l) => l.rel === rel)?.href;

async function allPages(client: TestClient, first: string) {
  const ids: (string | number)[] = [];
  let next: string | undefined = first;
  let matched = -1;
  let pages = 0;
  while (next) {
    const { status, body } = await getJson<OgcFeatureCollection>(client, next);
    expect(status).toBe(200);
    expect(body.numberReturned).toBe(body.features.length);
    if (matched < 0) matched = body.numberMatched;
    expect(body.numberMatched).toBe(matched);
    ids.push(...body.features.map((f) => f.id));
    const href = linkOf(body.links, 'next');
    next = href ? pathOf(href) : undefined;
    pages++;
  }
  return { ids, matched, pages };
}

describe('the /ogc landing page and conformance', () => {
  it('refuses a caller without a session with an OGC exception', async () => {
    const res = await app.request('/ogc/collections');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: 'Unauthorized', description: '请先登录' });
  });

  it('links to itself, the service description, the conformance and the collections, each of which answers', async () => {
    const { status, body } = await getJson<OgcLanding>(commander, '/ogc');
    expect(status).toBe(200);
    expect(body.title).toBe('警网 OGC API 要素服务');
    expect(body.links.map((l) => l.rel).sort()).toEqual(['conformance', 'data', 'self', 'service-desc']);
    for (const link of body.links) {
      const res = await commander.request(pathOf(link.href));
      expect(res.status, link.rel).toBe(200);
    }
    expect(pathOf(linkOf(body.links, 'data')!)).toBe('/ogc/collections');
    expect(pathOf(linkOf(body.links, 'service-desc')!)).toBe('/api/openapi.json');
  });

  it('claims Core, GeoJSON, CRS and the queryables, nothing else', async () => {
    const { body } = await getJson<{ conformsTo: string[] }>(commander, '/ogc/conformance');
    expect(body.conformsTo).toEqual([...ogcConformance]);
    expect(body.conformsTo).toContain('http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core');
  });
});

describe('machine tokens refused on /ogc', () => {
  const bearer = (token: string, headers: Record<string, string> = {}) => ({ headers: { ...headers, authorization: `Bearer ${token}` } });
  async function issueFor(username: string, name: string): Promise<IssuedApiToken> {
    const res = await (await loginAs('admin')).request('/api/admin/api-tokens', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, username, expiresInDays: 7 }),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as IssuedApiToken;
  }

  it('answers a revoked token’s 401 as an OGC exception whose description says why, in the caller’s language', async () => {
    const issued = await issueFor('grid001', 'OGC 吊销');
    expect((await app.request('/ogc/collections/grids/items', bearer(issued.token))).status).toBe(200);
    expect((await (await loginAs('admin')).request(`/api/admin/api-tokens/${issued.id}`, { method: 'DELETE' })).status).toBe(200);
    for (const path of ['/ogc', '/ogc/collections/grids/items']) {
      const res = await app.request(path, bearer(issued.token));
      expect(res.status, path).toBe(401);
      expect(await res.json(), path).toEqual({ code: 'Unauthorized', description: '令牌已吊销' });
    }
    const english = await app.request('/ogc/collections', bearer(issued.token, { 'accept-language': 'en' }));
    expect(await english.json()).toEqual({ code: 'Unauthorized', description: 'the API token has been revoked' });
    const unknown = await app.request('/ogc/collections', bearer('x'.repeat(43)));
    expect([unknown.status, await unknown.json()]).toEqual([401, { code: 'Unauthorized', description: '令牌无效' }]);
  });

  it('answers a token’s write 403 as an OGC exception', async () => {
    const issued = await issueFor('grid001', 'OGC 只读');
    const res = await app.request('/ogc/collections/grids/items', { method: 'POST', ...bearer(issued.token) });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ code: 'Forbidden', description: '接口令牌只能读取数据和接入登记警情，不能提交其他修改（POST /ogc/collections/grids/items）' });
  });

  it('answers a token past its rate 429 as an OGC exception, with Retry-After', async () => {
    const database = await getTestDatabase();
    const limited = createApp({ database, env: readEnv({ ...process.env, PORT: '8787', TRUST_PROXY: 'true', API_TOKEN_RATE_PER_MINUTE: '1' }) });
    const issued = await issueFor('grid001', 'OGC 限流');
    // The limiter's minutes are the clock's: a run that would straddle one waits for the next to begin.
    const msLeft = 60_000 - (Date.now() % 60_000);
    if (msLeft < 5_000) await new Promise((resolve) => setTimeout(resolve, msLeft + 50));
    // The landing page counts once (it counted twice, the second refused at a rate of 1).
    expect((await limited.request('/ogc', bearer(issued.token))).status).toBe(200);
    const refused = await limited.request('/ogc', bearer(issued.token));
    expect(refused.status).toBe(429);
    const seconds = Number(refused.headers.get('retry-after'));
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toEqual({ code: 'TooManyRequests', description: `请求过于频繁：每个令牌每分钟最多 1 次，请 ${seconds} 秒后再试` });
  });
});

describe('/ogc/collections', () => {
  it('lists every collection with its CRS84 extent from the data, and incidents with their time span', async () => {
    const { status, body } = await getJson<OgcCollections>(commander, '/ogc/collections');
    expect(status).toBe(200);
    expect(body.collections.map((c) => c.id)).toEqual([...ogcCollectionIds]);
    for (const c of body.collections) {
      // Only the patrol routes may be empty (a database seeded without the demo routes), and an empty one has no extent.
      if (!c.extent) {
        expect(c.id).toBe('patrol_routes');
        continue;
      }
      const [w, s, e, n] = c.extent.spatial.bbox[0];
      // The demo district (达川区) lies near 107.5°E 31.2°N: a swapped or projected box would not. A collection
      // holding one point (a route saved by another test through a single stop) has a box of no width: w = e.
      expect([w > 106 && e < 109 && w <= e, s > 30 && n < 33 && s <= n], c.id).toEqual([true, true]);
      expect(c.extent!.spatial.crs).toBe('http://www.opengis.net/def/crs/OGC/1.3/CRS84');
      expect(pathOf(linkOf(c.links, 'items')!)).toBe(`/ogc/collections/${c.id}/items`);
    }
    const incidents = body.collections.find((c) => c.id === 'incidents')!;
    const [first, last] = incidents.extent!.temporal!.interval[0];
    expect(Date.parse(first!)).toBeLessThan(Date.parse(last!));
    expect(body.collections.find((c) => c.id === 'grids')!.extent!.temporal).toBeUndefined();
  });

  it('describes one collection in the caller’s language', async () => {
    const { body } = await getJson<OgcCollection>(commander, '/ogc/collections/grids', { 'accept-language': 'en' });
    expect([body.id, body.title, body.itemType]).toEqual(['grids', 'Grids', 'feature']);
  });

  it('answers 404 naming an unknown collection and the ones there are', async () => {
    for (const path of ['/ogc/collections/residents', '/ogc/collections/residents/items', '/ogc/collections/residents/items/1']) {
      const { status, body } = await getJson<OgcException>(commander, path);
      expect(status, path).toBe(404);
      expect(body.code).toBe('NotFound');
      expect(body.description).toBe(`没有要素集 residents；现有要素集：${ogcCollectionIds.join('、')}`);
    }
  });
});

describe('/ogc/collections/{id}/items', () => {
  it('holds the commander’s 208 grids, as many as /api/grids, as GeoJSON with the codes as ids', async () => {
    const { status, type, body } = await getJson<OgcFeatureCollection>(commander, '/ogc/collections/grids/items?limit=1000');
    expect(status).toBe(200);
    expect(type).toMatch(/^application\/geo\+json/);
    const api = (await (await commander.request('/api/grids')).json()) as { features: { properties: { code: string } }[] };
    expect(body.numberMatched).toBe(208);
    expect(body.numberMatched).toBe(api.features.length);
    expect(body.features.map((f) => f.id).sort()).toEqual(api.features.map((f) => f.properties.code).sort());
    expect(body.features[0].properties.code).toBe(body.features[0].id);
    expect(typeof body.features[0].properties.name).toBe('string');
    expect(body.features[0].geometry.type).toMatch(/Polygon$/);
    expect(Date.parse(body.timeStamp)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('answers 100 features by default, with a next link and no prev on the first page', async () => {
    const { body } = await getJson<OgcFeatureCollection>(commander, '/ogc/collections/grids/items');
    expect([body.numberReturned, body.numberMatched]).toEqual([100, 208]);
    expect(pathOf(linkOf(body.links, 'next')!)).toBe('/ogc/collections/grids/items?limit=100&offset=100');
    expect(linkOf(body.links, 'prev')).toBeUndefined();
    const last = await getJson<OgcFeatureCollection>(commander, '/ogc/collections/grids/items?offset=200');
    expect([last.body.numberReturned, linkOf(last.body.links, 'next')]).toEqual([8, undefined]);
    expect(pathOf(linkOf(last.body.links, 'prev')!)).toBe('/ogc/collections/grids/items?offset=100&limit=100');
  });

  it('pages through every incident by next links: numberMatched features, none twice', async () => {
    // The last 60 days (about a sixth of the demo's incidents): the whole year took over 120 s on PGlite beside CI's
    // other suites, and the next links work the same for a filtered query, which carries its filter into each link.
    const datetime = `${new Date(Date.now() - 60 * 86_400_000).toISOString()}/..`;
    const { body: whole } = await getJson<OgcFeatureCollection>(commander, `/ogc/collections/incidents/items?limit=1&datetime=${encodeURIComponent(datetime)}`);
    // Pages of at most the largest limit, the last one short; at least two, so that a next link is followed.
    const limit = Math.min(10_000, Math.ceil(whole.numberMatched / 4) + 1);
    const { ids, matched, pages } = await allPages(commander, `/ogc/collections/incidents/items?limit=${limit}&datetime=${encodeURIComponent(datetime)}`);
    expect(matched).toBe(whole.numberMatched);
    expect(matched).toBeGreaterThan(100);
    expect(pages).toBe(Math.ceil(matched / limit));
    expect(pages).toBeGreaterThan(1);
    expect(ids.length).toBe(matched);
    expect(new Set(ids).size).toBe(matched);
  }, 120_000);

  it('keeps the features that meet the bbox, and keeps bbox in the next link', async () => {
    const { body: all } = await getJson<OgcFeatureCollection>(commander, '/ogc/collections/stations/items');
    const [lng, lat] = (all.features[0].geometry as unknown as { coordinates: [number, number] }).coordinates;
    const bbox = [lng - 0.001, lat - 0.001, lng + 0.001, lat + 0.001].join(',');
    const { body } = await getJson<OgcFeatureCollection>(commander, `/ogc/collections/stations/items?bbox=${bbox}`);
    expect(body.features.map((f) => f.id)).toEqual([all.features[0].id]);
    expect(body.numberMatched).toBeLessThan(all.numberMatched);
    const grids = await getJson<OgcFeatureCollection>(commander, `/ogc/collections/incidents/items?bbox=107.3,31.1,107.6,31.4&limit=5`);
    expect(new URL(linkOf(grids.body.links, 'next')!).searchParams.get('bbox')).toBe('107.3,31.1,107.6,31.4');
  });

  it('selects incidents by a datetime instant or an interval with an open end', async () => {
    const { body: first } = await getJson<OgcFeatureCollection>(commander, '/ogc/collections/incidents/items?limit=1');
    const at = String(first.features[0].properties.occurredAt);
    const instant = await getJson<OgcFeatureCollection>(commander, `/ogc/collections/incidents/items?datetime=${encodeURIComponent(new Date(at).toISOString())}`);
    expect(instant.body.features.map((f) => f.properties.occurredAt).every((t) => Date.parse(String(t)) === Date.parse(at))).toBe(true);
    expect(instant.body.numberMatched).toBeGreaterThanOrEqual(1);
    const { body: collection } = await getJson<OgcCollection>(commander, '/ogc/collections/incidents');
    const [start, end] = collection.extent!.temporal!.interval[0] as [string, string];
    const middle = new Date((Date.parse(start) + Date.parse(end)) / 2).toISOString();
    const before = await getJson<OgcFeatureCollection>(commander, `/ogc/collections/incidents/items?datetime=../${middle}&limit=1`);
    const after = await getJson<OgcFeatureCollection>(commander, `/ogc/collections/incidents/items?datetime=${middle}/..&limit=1`);
    expect(before.body.numberMatched).toBeGreaterThan(0);
    expect(after.body.numberMatched).toBeGreaterThan(0);
    // An incident exactly at the middle instant would be in both: both ends are inclusive.
    const atMiddle = await getJson<OgcFeatureCollection>(commander, `/ogc/collections/incidents/items?datetime=${middle}&limit=1`);
    expect(before.body.numberMatched + after.body.numberMatched - atMiddle.body.numberMatched).toBe(first.numberMatched);
  });

  it('shows a grid leader (grid001) only the grids and incidents of its grid', async () => {
    const grids = await getJson<OgcFeatureCollection>(leader, '/ogc/collections/grids/items');
    expect(grids.body.numberMatched).toBe(1);
    const own = grids.body.features[0].id;
    const { ids, matched } = await allPages(leader, '/ogc/collections/incidents/items?limit=10000');
    expect(matched).toBeGreaterThan(0);
    expect(ids.length).toBe(matched);
    const { body } = await getJson<OgcFeatureCollection>(leader, '/ogc/collections/incidents/items?limit=10000');
    expect(new Set(body.features.map((f) => f.properties.gridCode))).toEqual(new Set([own]));
    const everyone = await getJson<OgcFeatureCollection>(commander, '/ogc/collections/incidents/items?limit=1');
    expect(matched).toBeLessThan(everyone.body.numberMatched);
  });

  it.each([
    ['bbox=1,2,3', 'ogc_bad_bbox', '地图范围 bbox 须为四个数'],
    ['bbox=107,31,200,32', 'ogc_bad_bbox', '收到 107,31,200,32'],
    ['bbox=108,31,107,32', 'ogc_bad_bbox', '最小值不大于最大值'],
    ['limit=0', 'ogc_bad_limit', '每页条数 limit 须为 1 到 10000 之间的整数；收到 0'],
    ['limit=10001', 'ogc_bad_limit', '收到 10001'],
    ['offset=-1', 'ogc_bad_offset', '起始位置 offset'],
    ['datetime=yesterday', 'ogc_bad_datetime', '收到 yesterday'],
    ['datetime=2026-02-01T00:00:00Z/2026-01-01T00:00:00Z', 'ogc_bad_datetime', '起不晚于止'],
  ])('answers 400 with an OGC exception for %s', async (query, _code, words) => {
    const { status, body } = await getJson<OgcException>(commander, `/ogc/collections/incidents/items?${query}`);
    expect(status).toBe(400);
    expect(body.code).toBe('InvalidParameterValue');
    expect(body.description).toContain(words);
  });

  it('words the refusal in English when asked', async () => {
    const { body } = await getJson<OgcException>(commander, '/ogc/collections/grids/items?limit=0', { 'accept-language': 'en' });
    expect(body).toEqual({ code: 'InvalidParameterValue', description: 'limit must be a whole number from 1 to 10000; got 0' });
  });
});

describe('/ogc/collections/{id}/items/{featureId}', () => {
  it('answers one feature by its code, and an incident by its number', async () => {
    const { body: page } = await getJson<OgcFeatureCollection>(commander, '/ogc/collections/incidents/items?limit=1');
    const incident = page.features[0];
    const one = await getJson<OgcFeature>(commander, `/ogc/collections/incidents/items/${incident.id}`);
    expect(one.status).toBe(200);
    expect(one.type).toMatch(/^application\/geo\+json/);
    expect([one.body.id, one.body.properties]).toEqual([incident.id, incident.properties]);
    const { body: grids } = await getJson<OgcFeatureCollection>(commander, '/ogc/collections/grids/items?limit=1');
    const grid = await getJson<OgcFeature>(commander, `/ogc/collections/grids/items/${grids.features[0].id}`);
    expect(grid.body.properties.name).toBe(grids.features[0].properties.name);
  });

  it('answers 404 for an unknown feature and for one outside the caller’s jurisdiction', async () => {
    const unknown = await getJson<OgcException>(commander, '/ogc/collections/grids/items/NO-SUCH-GRID');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ code: 'NotFound', description: '要素集 grids 中没有您可查看的要素 NO-SUCH-GRID' });
    const { body: leaderGrids } = await getJson<OgcFeatureCollection>(leader, '/ogc/collections/grids/items');
    const { body: all } = await getJson<OgcFeatureCollection>(commander, '/ogc/collections/grids/items?limit=1000');
    const elsewhere = all.features.find((f) => f.id !== leaderGrids.features[0].id)!;
    expect((await leader.request(`/ogc/collections/grids/items/${elsewhere.id}`)).status).toBe(404);
    expect((await commander.request(`/ogc/collections/incidents/items/not-a-number`)).status).toBe(404);
  });
});
