import * as turf from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoDataset } from './dataset';
import { DAY_MS, FIXTURE_ANCHOR, feature, fixtureDataset, sample } from './demo-dataset-fixture';

let d: DemoDataset;
beforeAll(() => {
  d = fixtureDataset().dataset;
});

describe('grids and population', () => {
  it('has exactly 208 grids coded and named after their community', () => {
    expect(d.grids).toHaveLength(208);
    expect(new Set(d.grids.map((g) => g.code)).size).toBe(208);
    const g = d.grids.find((x) => x.code === '511703001001001')!;
    expect(g.name).toBe('梧桐梁社区第1网格');
    expect(d.grids.every((x) => /^\d{15}$/.test(x.code) && x.code.startsWith(x.communityCode))).toBe(true);
    expect(d.communities.filter((c) => c.urban).every((c) => d.grids.some((x) => x.communityCode === c.code))).toBe(true);
  });

  it('totals about 250,000 residents in 85,000 households (± 5 %)', () => {
    const households = d.buildings.reduce((a, b) => a + b.households, 0);
    const residents = d.buildings.reduce((a, b) => a + b.residents, 0);
    expect(Math.abs(households - 85_000) / 85_000).toBeLessThan(0.05);
    expect(Math.abs(residents - 250_000) / 250_000).toBeLessThan(0.05);
  });

  it('sizes grids at 300–500 households (≥ 90 %), none outside 200–650', () => {
    const hh = d.grids.map((g) => g.households);
    expect(hh.filter((h) => h >= 300 && h <= 500).length / hh.length).toBeGreaterThanOrEqual(0.9);
    expect(hh.filter((h) => h < 200 || h > 650)).toEqual([]);
  });

  it('sums grid figures from their buildings', () => {
    for (const g of d.grids) {
      const own = d.buildings.filter((b) => b.gridCode === g.code);
      expect(g.households).toBe(own.reduce((a, b) => a + b.households, 0));
      expect(g.residents).toBe(own.reduce((a, b) => a + b.residents, 0));
      expect(g.partyMembers).toBe(own.reduce((a, b) => a + b.partyMembers, 0));
      expect(g.institutionStaff).toBe(own.reduce((a, b) => a + b.institutionStaff, 0));
    }
  });

  it('keeps 2.7–3.1 residents a household and party members at 6–9 % of adults', () => {
    const residents = d.buildings.reduce((a, b) => a + b.residents, 0);
    const households = d.buildings.reduce((a, b) => a + b.households, 0);
    const party = d.buildings.reduce((a, b) => a + b.partyMembers, 0);
    expect(residents / households).toBeGreaterThan(2.7);
    expect(residents / households).toBeLessThan(3.1);
    expect(party / (residents * 0.8)).toBeGreaterThan(0.06);
    expect(party / (residents * 0.8)).toBeLessThan(0.09);
  });

  it('is denser near the centre than at the edge', () => {
    const government = d.keyPlaces.find((k) => k.kind === 'government')!.geom;
    const households = new Map<string, number>();
    for (const b of d.buildings) households.set(b.compoundCode, (households.get(b.compoundCode) ?? 0) + b.households);
    const near: number[] = [];
    const far: number[] = [];
    for (const c of d.compounds) {
      const km = turf.distance(turf.centroid(feature(c.geom)), government, { units: 'kilometers' });
      if (km < 1.5) near.push(households.get(c.code)!);
      if (km > 3) far.push(households.get(c.code)!);
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(near)).toBeGreaterThan(1.5 * mean(far));
  });

  it('gives every building a compound in the same grid and every compound at least one building', () => {
    const compounds = new Map(d.compounds.map((c) => [c.code, c]));
    expect(d.buildings.every((b) => compounds.get(b.compoundCode)!.gridCode === b.gridCode)).toBe(true);
    expect(new Set(d.buildings.map((b) => b.compoundCode)).size).toBe(d.compounds.length);
  });

  it('puts every building inside its compound and inside exactly its own grid (sampled)', () => {
    const compounds = new Map(d.compounds.map((c) => [c.code, c]));
    const grids = d.grids.map((g) => ({ code: g.code, f: feature(g.geom) }));
    for (const b of sample(d.buildings, 300)) {
      const centre = turf.centroid(feature(b.geom));
      expect(turf.booleanWithin(feature(b.geom), feature(compounds.get(b.compoundCode)!.geom))).toBe(true);
      expect(grids.filter((g) => turf.booleanPointInPolygon(centre, g.f)).map((g) => g.code)).toEqual([b.gridCode]);
    }
  });

  it('dates 一标三实 checks within 200 days before the anchor, most within 90', () => {
    const ages = d.buildings.map((b) => (FIXTURE_ANCHOR.getTime() - Date.parse(`${b.verifiedAt}T00:00:00+08:00`)) / DAY_MS);
    expect(ages.every((a) => a >= -1 && a <= 201)).toBe(true);
    expect(ages.filter((a) => a <= 91).length / ages.length).toBeGreaterThan(0.6);
  });
});
