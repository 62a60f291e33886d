import { beforeAll, describe, expect, it } from 'vitest';
import {
  cgcs2000, crs84, ogcCollectionIds, ogcQueryables, type OgcCollection, type OgcException, type OgcFeature, type OgcFeatureCollection, type OgcQueryables,
} from '../../core/contracts/ogc';
import { disputeSources, disputeTypes, type DisputeType } from '../../core/contracts/disputes';
import { keyPlaceKinds } from '../../core/contracts/features';
import { incidentSources } from '../../core/contracts/live';
import { disputeStatuses } from '../../core/disputes';
import { loginAs, type TestClient } from '../support/test-database';

// OGC API – Features Part 3 queryables (as query parameters) and Part 2 CRS (CRS84 and CGCS2000) under /ogc (issue 14).
let commander: TestClient;
let leader: TestClient;
let ownGrid: string;

const queryablesRel = 'http://www.opengis.net/def/rel/ogc/1.0/queryables';
const pathOf = (href: string) => new URL(href).pathname + new URL(href).search;
async function get<T>(client: TestClient, path: string, headers: Record<string, string> = {}) {
  const res = await client.request(path, { headers });
  return { status: res.status, headers: res.headers, body: (await res.json()) as T };
}
const items = async (client: TestClient, path: string) => (await get<OgcFeatureCollection>(client, path)).body;
type Point = { type: 'Point'; coordinates: [number, number] };
type Polygonal = { type: string; coordinates: unknown };
const swapped = (c: unknown): unknown => (typeof (c as number[])[0] === 'number' ? [(c as number[])[1], (c as number[])[0]] : (c as unknown[]).map(swapped));

beforeAll(async () => {
  [commander, leader] = await Promise.all([loginAs('commander'), loginAs('grid001')]);
  ownGrid = String((await items(leader, '/ogc/collections/grids/items')).features[0].id);
});

describe('/ogc/collections/{id}/queryables', () => {
  it('answers a JSON Schema of each collection’s queryables, linked from the collection', async () => {
    for (const id of ogcCollectionIds) {
      const collection = (await get<OgcCollection>(commander, `/ogc/collections/${id}`)).body;
      const link = collection.links.find((l) => l.rel === queryablesRel)!;
      expect(link.type, id).toBe('application/schema+json');
      const res = await commander.request(pathOf(link.href));
      expect(res.status, id).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/schema\+json/);
      const schema = (await res.json()) as OgcQueryables;
      expect(schema.$id).toBe(link.href);
      expect([schema.type, schema.$schema, schema.additionalProperties]).toEqual(['object', 'https://json-schema.org/draft/2020-12/schema', false]);
      expect(Object.keys(schema.properties)).toEqual([...ogcQueryables[id]]);
      expect(Object.values(schema.properties).every((p) => p.type === 'string' && p.title.length > 0)).toBe(true);
    }
  });

  it('titles the incidents’ queryables in Chinese, and in English when asked', async () => {
    const zh = (await get<OgcQueryables>(commander, '/ogc/collections/incidents/queryables')).body;
    expect([zh.title, zh.properties.gridCode.title]).toEqual(['警情：可筛选的属性', '网格代码']);
    const en = (await get<OgcQueryables>(commander, '/ogc/collections/incidents/queryables', { 'accept-language': 'en' })).body;
    expect([en.title, en.properties.categoryCode.title]).toEqual(['Incidents: properties to filter on', 'incident category code']);
  });

  it('lists the values of enumerated queryables (a dispute’s type, status and source; a key place’s kind; an incident’s source) as enum, none for codes of places', async () => {
    const disputes = (await get<OgcQueryables>(commander, '/ogc/collections/disputes/queryables')).body;
    expect(disputes.properties.type).toEqual({ type: 'string', title: '纠纷类型', enum: [...disputeTypes] });
    expect(disputes.properties.status.enum).toEqual([...disputeStatuses]);
    expect(disputes.properties.source.enum).toEqual([...disputeSources]);
    expect(disputes.properties.gridCode.enum).toBeUndefined();
    const incidents = (await get<OgcQueryables>(commander, '/ogc/collections/incidents/queryables')).body;
    expect(incidents.properties.source).toEqual({ type: 'string', title: '来源', enum: [...incidentSources] });
    const places = (await get<OgcQueryables>(commander, '/ogc/collections/key_places/queryables')).body;
    expect(places.properties.kind.enum).toEqual([...keyPlaceKinds]);
    // Each listed value is one the data holds or may hold: every stored one is among them.
    const stored = new Set((await items(commander, '/ogc/collections/disputes/items?limit=10000')).features.map((f) => f.properties.type));
    expect([...stored].every((t) => disputeTypes.includes(t as DisputeType))).toBe(true);
  });

  it('calls a beat 警格, as the rest of the interface does (警务区 before)', async () => {
    const beats = (await get<OgcCollection>(commander, '/ogc/collections/beats')).body;
    expect(beats.title).toBe('警格');
    const zh = (await get<OgcQueryables>(commander, '/ogc/collections/incidents/queryables')).body;
    expect(zh.properties.beatCode.title).toBe('警格代码');
    expect(JSON.stringify([beats, zh])).not.toContain('警务区');
  });
});

describe('filtering items by queryables', () => {
  it('keeps the incidents whose properties equal every filter given, and the filters in the next link', async () => {
    const leaderOwn = await items(leader, '/ogc/collections/incidents/items?limit=1');
    const byGrid = await items(commander, `/ogc/collections/incidents/items?gridCode=${ownGrid}&limit=10000`);
    expect(byGrid.numberMatched).toBe(leaderOwn.numberMatched);
    expect(new Set(byGrid.features.map((f) => f.properties.gridCode))).toEqual(new Set([ownGrid]));
    const category = String(byGrid.features[0].properties.categoryCode);
    const both = await items(commander, `/ogc/collections/incidents/items?gridCode=${ownGrid}&categoryCode=${category}&limit=2`);
    expect(both.numberMatched).toBe(byGrid.features.filter((f) => f.properties.categoryCode === category).length);
    expect(both.features.every((f) => f.properties.gridCode === ownGrid && f.properties.categoryCode === category)).toBe(true);
    const paged = await items(commander, `/ogc/collections/incidents/items?gridCode=${ownGrid}&limit=2`);
    expect(new URL(paged.links.find((l) => l.rel === 'next')!.href).searchParams.get('gridCode')).toBe(ownGrid);
  });

  it('filters grids by community and buildings by compound', async () => {
    const grid = (await items(commander, '/ogc/collections/grids/items?limit=1')).features[0];
    const community = String(grid.properties.communityCode);
    const grids = await items(commander, `/ogc/collections/grids/items?communityCode=${community}&limit=1000`);
    expect(grids.numberMatched).toBeGreaterThan(0);
    expect(grids.features.every((f) => f.properties.communityCode === community)).toBe(true);
    expect(grids.numberMatched).toBeLessThan(208);
    const building = (await items(commander, '/ogc/collections/buildings/items?limit=1')).features[0];
    const compound = String(building.properties.compoundCode);
    const inCompound = await items(commander, `/ogc/collections/buildings/items?compoundCode=${compound}&limit=10000`);
    expect(inCompound.features.map((f) => f.id)).toContain(building.id);
    expect(inCompound.features.every((f) => f.properties.compoundCode === compound)).toBe(true);
  });

  it('matches a value as exact text, bound rather than written into the SQL', async () => {
    for (const value of [`${ownGrid}' OR '1'='1`, ownGrid.toLowerCase() === ownGrid ? `${ownGrid} ` : ownGrid.toLowerCase(), '']) {
      const { status, body } = await get<OgcFeatureCollection>(commander, `/ogc/collections/incidents/items?gridCode=${encodeURIComponent(value)}`);
      expect([status, body.numberMatched], value).toEqual([200, 0]);
    }
  });

  it('answers 400 naming a parameter that is neither OGC’s nor a queryable of the collection', async () => {
    for (const [path, name] of [['/ogc/collections/incidents/items?compoundCode=C1', 'compoundCode'], ['/ogc/collections/grids/items?gridcode=G1', 'gridcode'], ['/ogc/collections/grids/items/G1?limit=1', 'limit']]) {
      const { status, body } = await get<OgcException>(commander, path);
      expect(status, path).toBe(400);
      expect(body.code).toBe('InvalidParameterValue');
      expect(body.description, path).toContain(`不支持查询参数 ${name}；`);
    }
  });
});

describe('coordinate reference systems (OGC Part 2)', () => {
  it('offers every collection in CRS84 and CGCS2000, stored in CRS84', async () => {
    const { body } = await get<{ collections: OgcCollection[] }>(commander, '/ogc/collections');
    for (const c of body.collections) expect([c.id, c.crs, c.storageCrs]).toEqual([c.id, [crs84, cgcs2000], crs84]);
  });

  it('answers in CRS84 by default and says so in Content-Crs', async () => {
    const res = await get<OgcFeatureCollection>(commander, '/ogc/collections/stations/items?limit=1');
    expect(res.headers.get('content-crs')).toBe(`<${crs84}>`);
    const [lng, lat] = (res.body.features[0].geometry as unknown as Point).coordinates;
    expect([lng > 106 && lng < 109, lat > 30 && lat < 33]).toEqual([true, true]);
  });

  it('answers in CGCS2000 latitude first: the same features with each position’s axes swapped', async () => {
    for (const id of ['stations', 'grids', 'incidents'] as const) {
      const plain = await get<OgcFeatureCollection>(commander, `/ogc/collections/${id}/items?limit=5`);
      const cgcs = await get<OgcFeatureCollection>(commander, `/ogc/collections/${id}/items?limit=5&crs=${encodeURIComponent(cgcs2000)}`);
      expect(cgcs.headers.get('content-crs'), id).toBe(`<${cgcs2000}>`);
      expect(cgcs.body.features.map((f) => f.id)).toEqual(plain.body.features.map((f) => f.id));
      cgcs.body.features.forEach((f, k) => {
        const g = plain.body.features[k].geometry as unknown as Polygonal;
        expect(f.geometry).toEqual({ type: g.type, coordinates: swapped(g.coordinates) });
      });
    }
    const page = await items(commander, `/ogc/collections/incidents/items?limit=5&crs=${encodeURIComponent(cgcs2000)}`);
    expect(new URL(page.links.find((l) => l.rel === 'next')!.href).searchParams.get('crs')).toBe(cgcs2000);
    const station = (await items(commander, '/ogc/collections/stations/items?limit=1')).features[0];
    const one = await get<OgcFeature>(commander, `/ogc/collections/stations/items/${station.id}?crs=${encodeURIComponent(cgcs2000)}`);
    expect(one.headers.get('content-crs')).toBe(`<${cgcs2000}>`);
    expect((one.body.geometry as unknown as Point).coordinates).toEqual(swapped((station.geometry as unknown as Point).coordinates));
  });

  it('reads a bbox in CGCS2000 latitude first when bbox-crs says so', async () => {
    const station = (await items(commander, '/ogc/collections/stations/items?limit=1')).features[0];
    const [lng, lat] = (station.geometry as unknown as Point).coordinates;
    const lngLat = [lng - 0.001, lat - 0.001, lng + 0.001, lat + 0.001].join(',');
    const latLng = [lat - 0.001, lng - 0.001, lat + 0.001, lng + 0.001].join(',');
    const plain = await items(commander, `/ogc/collections/stations/items?bbox=${lngLat}`);
    const cgcs = await items(commander, `/ogc/collections/stations/items?bbox=${latLng}&bbox-crs=${encodeURIComponent(cgcs2000)}`);
    expect(plain.features.map((f) => f.id)).toEqual([station.id]);
    expect(cgcs.features.map((f) => f.id)).toEqual([station.id]);
    // The same numbers read as CRS84 put a latitude of 107°: refused, not silently answered.
    expect((await commander.request(`/ogc/collections/stations/items?bbox=${latLng}`)).status).toBe(400);
  });

  it.each([
    ['crs=http://www.opengis.net/def/crs/EPSG/0/9999', '坐标参考系 crs 须为以下之一'],
    ['crs=EPSG:4490', '收到 EPSG:4490'],
    ['bbox-crs=http://www.opengis.net/def/crs/EPSG/0/3857', '坐标参考系 bbox-crs 须为以下之一'],
    [`bbox=107,31,107.1,31.1&bbox-crs=${encodeURIComponent(cgcs2000)}`, '纬度在前'],
  ])('answers 400 naming the CRS parameter for %s', async (query, words) => {
    const { status, body } = await get<OgcException>(commander, `/ogc/collections/stations/items?${query}`);
    expect(status).toBe(400);
    expect(body.code).toBe('InvalidParameterValue');
    expect(body.description).toContain(words);
  });
});
