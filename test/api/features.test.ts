import { sql } from 'drizzle-orm';
import type { FeatureCollection } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../server/db/engine';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

let app: TestClient;
beforeAll(async () => {
  app = await loginAs('admin');
});

async function getCollection(path: string): Promise<FeatureCollection> {
  const res = await app.request(path);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('geo+json');
  return (await res.json()) as FeatureCollection;
}

describe('GeoJSON layers', () => {
  it('GET /api/grids returns the 208 grids of the published plan with their populations and beat', async () => {
    const fc = await getCollection('/api/grids');
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(208);
    const props = fc.features.map((f) => f.properties!);
    expect(props.every((p) => typeof p.households === 'number' && p.households > 0)).toBe(true);
    expect(props.every((p) => typeof p.beatCode === 'string')).toBe(true);
    expect(new Set(fc.features.map((f) => f.geometry.type))).toEqual(new Set(['MultiPolygon']));
  });

  it('GET /api/grids names each grid’s beat as the beats table (and the grid page) name it', async () => {
    const { db } = await getTestDatabase();
    const beats = new Map((await queryRows<{ code: string; name: string }>(db, sql`SELECT code, name FROM beats`)).map((b) => [b.code, b.name]));
    const props = (await getCollection('/api/grids')).features.map((f) => f.properties!);
    expect(props.map((p) => p.beatName)).toEqual(props.map((p) => beats.get(p.beatCode as string)));
    expect(props.every((p) => typeof p.beatName === 'string' && p.beatName !== p.beatCode)).toBe(true);
  });

  it('GET /api/streets returns geometry for the six urban streets only', async () => {
    const fc = await getCollection('/api/streets');
    expect(fc.features.map((f) => f.properties!.name).sort()).toEqual(
      ['三里坪街道', '斌郎街道', '明月江街道', '杨柳街道', '石板街道', '翠屏街道'].sort(),
    );
  });

  it('GET /api/communities returns the 35 urban communities with real statistical codes', async () => {
    const fc = await getCollection('/api/communities');
    expect(fc.features).toHaveLength(35);
    expect(fc.features.every((f) => /^511703\d{6}$/.test(f.properties!.code))).toBe(true);
  });

  it('GET /api/beats, /api/stations and /api/key-places return features', async () => {
    const beats = await getCollection('/api/beats');
    expect(beats.features.length).toBeGreaterThan(20);
    expect(beats.features.reduce((n, f) => n + f.properties!.gridCount, 0)).toBe(208);
    expect((await getCollection('/api/stations')).features).toHaveLength(6);
    const places = await getCollection('/api/key-places');
    const kinds = new Set(places.features.map((f) => f.properties!.kind));
    for (const kind of ['government', 'school', 'mall', 'hospital', 'construction']) expect(kinds).toContain(kind);
    expect(places.features.some((f) => f.properties!.kind === 'school' && f.properties!.peakWindows.length > 0)).toBe(true);
  });

  it('GET /api/district returns the boundary converted to WGS 84 around the urban area', async () => {
    const res = await app.request('/api/district');
    expect(res.status).toBe(200);
    const feature = (await res.json()) as { properties: { code: string }; geometry: { coordinates: number[][][][] } };
    expect(feature.properties.code).toBe('511703');
    const lngs = feature.geometry.coordinates.flat(2).map((p) => p[0]);
    expect(Math.min(...lngs)).toBeLessThan(107.5);
    expect(Math.max(...lngs)).toBeGreaterThan(107.5);
  });

  it('a bbox keeps only the grids that meet it', async () => {
    const all = await getCollection('/api/grids');
    const some = await getCollection('/api/grids?bbox=107.49,31.19,107.50,31.20');
    expect(some.features.length).toBeGreaterThan(0);
    expect(some.features.length).toBeLessThan(all.features.length);
    const far = await getCollection('/api/grids?bbox=100,20,100.1,20.1');
    expect(far.features).toHaveLength(0);
  });

  it.each([
    ['three numbers', 'bbox=107.4,31.1,107.6'],
    ['a word', 'bbox=abc,31.1,107.6,31.3'],
    ['min above max', 'bbox=107.6,31.1,107.4,31.3'],
  ])('answers 400 naming bbox when bbox has %s', async (_case, query) => {
    const res = await app.request(`/api/grids?${query}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { message: string; issues: { field: string }[] };
    expect(body.issues[0].field).toBe('bbox');
    expect(body.message).toMatch(/^地图范围：/);
  });
});
