import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { cgcs2000, crs84, ogcConformance, ogcQueryables, type OgcCollectionId } from '../../core/contracts/ogc';
import { deletePatrolRouteFixture, savePatrolRouteFixture } from '../support/ogc-fixtures';
import {
  CollectionSchema, CollectionsSchema, ConfClassesSchema, FeatureCollectionGeoJsonSchema, FeatureGeoJsonSchema, LandingPageSchema, QueryablesSchema,
} from '../support/ogc-schemas';
import { loginAs, type TestClient } from '../support/test-database';

// Walks /ogc from its landing page by links only, as a client that knows nothing else would, and checks every answer
// against the OGC API – Features schemas (test/support/ogc-schemas.ts); then exercises each conformance class claimed.
let commander: TestClient;
let admin: TestClient;
let routeId: string;

type Link = z.infer<typeof CollectionSchema>['links'][number];
const pathOf = (href: string) => new URL(href).pathname + new URL(href).search;
const linkOf = (links: Link[], rel: string) => links.find((l) => l.rel === rel);

/** GETs a link's target and parses the answer with `schema`, checking the media type the link promised. */
async function follow<S extends z.ZodType>(link: Link | undefined, schema: S, what: string): Promise<{ body: z.infer<S>; headers: Headers }> {
  // Present and absolute: GDAL's OAPIF driver follows links as given.
  expect(link?.href, what).toMatch(/^http:\/\/localhost\/ogc(\/|$)/);
  const res = await commander.request(pathOf(link!.href));
  expect(res.status, what).toBe(200);
  if (link!.type) expect(res.headers.get('content-type'), what).toContain(link!.type);
  const parsed = schema.safeParse(await res.json());
  expect(parsed.error?.issues ?? [], what).toEqual([]);
  return { body: parsed.data as z.infer<S>, headers: res.headers };
}

beforeAll(async () => {
  [commander, admin] = await Promise.all([loginAs('commander'), loginAs('admin')]);
  // The seed saves no patrol route; one here gives that collection an item to walk to.
  const res = await commander.request('/ogc/collections/stations/items/PS01');
  const station = (await res.json()) as { geometry: { coordinates: [number, number] } };
  routeId = (await savePatrolRouteFixture(admin, 'PS01', station.geometry.coordinates, 'OGC 一致性检查')).id;
});
afterAll(async () => {
  await deletePatrolRouteFixture(admin, routeId);
});

async function collectionsByLinks() {
  const landing = (await follow({ href: 'http://localhost/ogc', rel: 'landing', type: 'application/json' }, LandingPageSchema, 'landing page')).body;
  const data = await follow(linkOf(landing.links, 'data'), CollectionsSchema, 'collections');
  return data.body.collections;
}

/** Every claimed conformance class, with what it takes to see the server honour it. */
const checks: Record<(typeof ogcConformance)[number], () => Promise<void>> = {
  // Part 1 Core: landing page, conformance, collections, each collection, its items with paging, one item.
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core': async () => {
    const landing = (await follow({ href: 'http://localhost/ogc', rel: 'landing', type: 'application/json' }, LandingPageSchema, 'landing page')).body;
    expect(pathOf(linkOf(landing.links, 'self')!.href)).toBe('/ogc');
    const conformance = (await follow(linkOf(landing.links, 'conformance'), ConfClassesSchema, 'conformance')).body;
    expect(conformance.conformsTo).toContain('http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core');
    const collections = await collectionsByLinks();
    expect(collections.length).toBeGreaterThan(0);
    for (const listed of collections) {
      const collection = (await follow(linkOf(listed.links, 'self'), CollectionSchema, listed.id)).body;
      expect(collection.id).toBe(listed.id);
      const page = (await follow(linkOf(collection.links, 'items'), FeatureCollectionGeoJsonSchema, `${listed.id} items`)).body;
      expect(page.numberReturned, listed.id).toBe(page.features.length);
      expect(page.features.length, listed.id).toBeGreaterThan(0);
      const first = page.features[0];
      const item = (await follow({ href: `${linkOf(collection.links, 'items')!.href}/${encodeURIComponent(String(first.id))}`, rel: 'item', type: 'application/geo+json' }, FeatureGeoJsonSchema, `${listed.id} item`)).body;
      expect([item.id, item.properties], listed.id).toEqual([first.id, first.properties]);
      expect(pathOf(linkOf(item.links!, 'self')!.href)).toBe(`/ogc/collections/${listed.id}/items/${encodeURIComponent(String(first.id))}`);
      const next = linkOf(page.links!, 'next');
      expect(Boolean(next), listed.id).toBe(page.numberMatched! > page.features.length);
      if (next) {
        const second = (await follow(next, FeatureCollectionGeoJsonSchema, `${listed.id} next`)).body;
        expect(second.features.map((f) => f.id)).not.toContain(first.id);
      }
    }
  },
  // Part 1 GeoJSON: items and one item as application/geo+json (follow() checked the bodies against the schemas).
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson': async () => {
    for (const c of await collectionsByLinks()) {
      const res = await commander.request(pathOf(linkOf(c.links, 'items')!.href) + '?limit=1');
      expect(res.headers.get('content-type'), c.id).toMatch(/^application\/geo\+json/);
      const page = FeatureCollectionGeoJsonSchema.parse(await res.json());
      expect(page.features[0].geometry, c.id).not.toBeNull();
    }
  },
  // Part 2 CRS: crs and storageCrs listed, crs= honoured on items and one item, Content-Crs answered.
  'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs': async () => {
    for (const c of await collectionsByLinks()) {
      expect([c.crs, c.storageCrs], c.id).toEqual([[crs84, cgcs2000], crs84]);
      const items = pathOf(linkOf(c.links, 'items')!.href);
      const res = await commander.request(`${items}?limit=1&crs=${encodeURIComponent(cgcs2000)}`);
      expect(res.headers.get('content-crs'), c.id).toBe(`<${cgcs2000}>`);
      const [feature] = FeatureCollectionGeoJsonSchema.parse(await res.json()).features;
      const one = await commander.request(`${items}/${encodeURIComponent(String(feature.id))}?crs=${encodeURIComponent(crs84)}`);
      expect(one.headers.get('content-crs'), c.id).toBe(`<${crs84}>`);
      // The first number is a latitude in CGCS2000 (30°–33° here) and a longitude in CRS84 (106°–109°).
      const firstNumber = (g: unknown) => Number(JSON.stringify(g).match(/-?\d+(\.\d+)?/)![0]);
      const lat = firstNumber(feature.geometry);
      const lng = firstNumber(FeatureGeoJsonSchema.parse(await one.json()).geometry);
      expect([lat > 30 && lat < 33, lng > 106 && lng < 109], c.id).toEqual([true, true]);
    }
  },
  // Part 3 Queryables: each collection links its queryables, a JSON Schema object.
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables': async () => {
    for (const c of await collectionsByLinks()) {
      const link = linkOf(c.links, 'http://www.opengis.net/def/rel/ogc/1.0/queryables');
      const schema = (await follow(link, QueryablesSchema, `${c.id} queryables`)).body;
      expect(schema.$id).toBe(link!.href);
      expect(Object.keys(schema.properties)).toEqual([...ogcQueryables[c.id as OgcCollectionId]]);
    }
  },
  // Part 3 Queryables as query parameters: ?name=value keeps exactly the features with that value.
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters': async () => {
    for (const c of await collectionsByLinks()) {
      const items = pathOf(linkOf(c.links, 'items')!.href);
      const all = FeatureCollectionGeoJsonSchema.parse(await (await commander.request(items)).json());
      let exercised = 0;
      for (const name of ogcQueryables[c.id as OgcCollectionId]) {
        const value = all.features.map((f) => f.properties?.[name]).find((v) => typeof v === 'string');
        if (value === undefined) continue;
        const res = await commander.request(`${items}?${new URLSearchParams({ [name]: String(value), limit: '500' })}`);
        const page = FeatureCollectionGeoJsonSchema.parse(await res.json());
        expect(page.numberMatched, `${c.id} ${name}`).toBeGreaterThan(0);
        expect(page.numberMatched!, `${c.id} ${name}`).toBeLessThanOrEqual(all.numberMatched!);
        expect(page.features.every((f) => f.properties?.[name] === value), `${c.id} ${name}`).toBe(true);
        exercised++;
      }
      expect(exercised, c.id).toBeGreaterThan(0);
    }
  },
};

describe('OGC API – Features conformance of /ogc', () => {
  it('claims exactly the conformance classes this file exercises', async () => {
    const { body } = await follow({ href: 'http://localhost/ogc/conformance', rel: 'conformance', type: 'application/json' }, ConfClassesSchema, 'conformance');
    expect([...body.conformsTo].sort()).toEqual(Object.keys(checks).sort());
  });

  it.each(Object.keys(checks))('honours %s', async (conformanceClass) => {
    await checks[conformanceClass as keyof typeof checks]();
  }, 120_000);
});
