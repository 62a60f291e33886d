import * as turf from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Area, DemoDataset } from './dataset';
import { areaM2, feature, fixtureDataset, sample } from './demo-dataset-fixture';

let d: DemoDataset;
beforeAll(() => {
  d = fixtureDataset().dataset;
});

const ringsOf = (g: Area) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat();

describe('urban geometry', () => {
  it('covers 20–30 km² around the district government', () => {
    const km2 = d.streets.filter((s) => s.geom).reduce((a, s) => a + areaM2(s.geom!), 0) / 1e6;
    expect(km2).toBeGreaterThan(20);
    expect(km2).toBeLessThan(30);
    const government = d.keyPlaces.find((k) => k.kind === 'government')!;
    expect(turf.distance(government.geom, [107.5034, 31.2013], { units: 'meters' })).toBeLessThan(50);
    expect(d.streets.some((s) => s.geom && turf.booleanPointInPolygon(government.geom, feature(s.geom)))).toBe(true);
  });

  it('keeps every urban vertex inside the district boundary', () => {
    const district = feature(d.district.geom);
    const vertices = d.streets.filter((s) => s.geom).flatMap((s) => turf.coordAll(feature(s.geom!)));
    expect(vertices.length).toBeGreaterThan(100);
    expect(vertices.filter((p) => !turf.booleanPointInPolygon(p, district))).toEqual([]);
  });

  it('makes every grid and every urban community one contiguous polygon', () => {
    expect(d.grids.filter((g) => g.geom.type !== 'Polygon').map((g) => g.code)).toEqual([]);
    expect(d.communities.filter((c) => c.geom && c.geom.type !== 'Polygon').map((c) => c.code)).toEqual([]);
  });

  it('draws simple rings, outer ones counter-clockwise and holes clockwise (RFC 7946)', () => {
    const areas = [...d.grids, ...d.beats, ...d.communities, ...d.streets].flatMap((x) => (x.geom ? [x.geom] : []));
    for (const g of areas) {
      const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      for (const rings of polygons) {
        expect(turf.booleanClockwise(rings[0])).toBe(false);
        for (const hole of rings.slice(1)) expect(turf.booleanClockwise(hole)).toBe(true);
      }
      for (const ring of ringsOf(g)) {
        const keys = ring.slice(0, -1).map(String);
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
  });

  it('tiles each urban community exactly with its grids (areas agree to 0.01 %)', () => {
    for (const c of d.communities.filter((x) => x.urban)) {
      const sum = d.grids.filter((g) => g.communityCode === c.code).reduce((a, g) => a + areaM2(g.geom), 0);
      expect(Math.abs(sum - areaM2(c.geom!)) / areaM2(c.geom!)).toBeLessThan(1e-4);
    }
  });

  it('tiles each urban street exactly with its communities', () => {
    for (const s of d.streets.filter((x) => x.geom)) {
      const sum = d.communities.filter((c) => c.streetCode === s.code && c.geom).reduce((a, c) => a + areaM2(c.geom!), 0);
      expect(Math.abs(sum - areaM2(s.geom!)) / areaM2(s.geom!)).toBeLessThan(1e-4);
    }
  });

  it('lets no two grids of a community overlap (sampled communities)', () => {
    for (const c of sample(d.communities.filter((x) => x.urban), 6)) {
      const grids = d.grids.filter((g) => g.communityCode === c.code);
      for (let i = 0; i < grids.length; i++) {
        for (let j = i + 1; j < grids.length; j++) {
          const overlap = turf.intersect(turf.featureCollection([feature(grids[i].geom), feature(grids[j].geom)]));
          expect(overlap ? turf.area(overlap) : 0).toBeLessThan(1);
        }
      }
    }
  });

  it('shares boundary vertices bit for bit between neighbouring grids', () => {
    const count = new Map<string, number>();
    for (const g of d.grids) for (const ring of ringsOf(g.geom)) for (const p of ring.slice(0, -1)) count.set(String(p), (count.get(String(p)) ?? 0) + 1);
    // A boundary edge inside the urban area belongs to two grids, so each of its vertices appears in
    // both grids' rings with the same coordinates; only the urban outline has vertices of one grid.
    const outline = new Set(d.streets.filter((s) => s.geom).flatMap((s) => ringsOf(s.geom!).flat().map(String)));
    expect([...count].filter(([k, n]) => n === 1 && !outline.has(k))).toEqual([]);
    expect([...count.values()].some((n) => n >= 3)).toBe(true);
  });
});
