import { beforeAll, describe, expect, it } from 'vitest';
import type { OgcFeatureCollection } from '../../core/contracts/ogc';
import { ExceptionSchema } from '../support/ogc-schemas';
import { loginAs, type TestClient } from '../support/test-database';

// Bad input to /ogc (issue 14, item 1): each a 4xx OGC exception whose Chinese description names what is wrong.
let commander: TestClient;
let leader: TestClient;

beforeAll(async () => {
  [commander, leader] = await Promise.all([loginAs('commander'), loginAs('grid001')]);
});

async function refusal(client: TestClient, path: string) {
  const res = await client.request(path);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: ExceptionSchema.parse(await res.json()) };
}

describe('bad input to /ogc', () => {
  it.each([
    ['a bbox with latitude 95', '/ogc/collections/incidents/items?bbox=107,31,108,95', 400, 'InvalidParameterValue', ['地图范围 bbox', '纬度在 -90 到 90 之间', '收到 107,31,108,95']],
    ['limit=0', '/ogc/collections/grids/items?limit=0', 400, 'InvalidParameterValue', ['每页条数 limit 须为 1 到 10000 之间的整数；收到 0']],
    ['limit=10001', '/ogc/collections/grids/items?limit=10001', 400, 'InvalidParameterValue', ['每页条数 limit 须为 1 到 10000 之间的整数；收到 10001']],
    ['an unknown collection', '/ogc/collections/residents/items', 404, 'NotFound', ['没有要素集 residents']],
    ['crs=EPSG:9999 as a URI', '/ogc/collections/grids/items?crs=http%3A%2F%2Fwww.opengis.net%2Fdef%2Fcrs%2FEPSG%2F0%2F9999', 400, 'InvalidParameterValue', ['坐标参考系 crs 须为以下之一', '收到 http://www.opengis.net/def/crs/EPSG/0/9999']],
    ['crs=EPSG:9999 on one item', '/ogc/collections/grids/items/G1?crs=http%3A%2F%2Fwww.opengis.net%2Fdef%2Fcrs%2FEPSG%2F0%2F9999', 400, 'InvalidParameterValue', ['坐标参考系 crs 须为以下之一']],
    ['an unknown property filter', '/ogc/collections/incidents/items?district=510703', 400, 'InvalidParameterValue', ['不支持查询参数 district；要素集 incidents 可用的参数：bbox、bbox-crs、datetime、limit、offset、crs、categoryCode、gridCode、beatCode、source']],
  ])('answers %s with an OGC exception naming it', async (_what, path, status, code, words) => {
    const r = await refusal(commander, path);
    expect(r.status).toBe(status);
    expect(r.type).toMatch(/^application\/json/);
    expect(r.body.code).toBe(code);
    for (const w of words) expect(r.body.description).toContain(w);
  });

  // /api/disputes/:code and /api/registry/buildings/:code answer 404 outside the jurisdiction (notInJurisdiction),
  // so that scope does not reveal what exists; /ogc answers the same 404 as for an id that does not exist.
  it.each(['grids', 'buildings', 'incidents', 'disputes'])('answers 404, as for no such feature, for a %s feature of another grid', async (id) => {
    const own = (await (await leader.request('/ogc/collections/grids/items')).json()) as OgcFeatureCollection;
    const all = (await (await commander.request(`/ogc/collections/${id}/items?limit=1000`)).json()) as OgcFeatureCollection;
    const ownGrid = String(own.features[0].id);
    const elsewhere = all.features.find((f) => (id === 'grids' ? f.id : f.properties.gridCode) !== ownGrid)!;
    expect((await commander.request(`/ogc/collections/${id}/items/${elsewhere.id}`)).status).toBe(200);
    const hidden = await refusal(leader, `/ogc/collections/${id}/items/${elsewhere.id}`);
    const missing = await refusal(leader, `/ogc/collections/${id}/items/999999999`);
    expect([hidden.status, hidden.body.code]).toEqual([404, 'NotFound']);
    expect(hidden.body.description).toBe(`要素集 ${id} 中没有您可查看的要素 ${elsewhere.id}`);
    expect([missing.status, missing.body.code]).toEqual([404, 'NotFound']);
  });
});
