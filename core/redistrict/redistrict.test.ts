import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAdjacency } from './build-adjacency';
import { createRandom } from './create-random';
import { latticeUnits } from './fixtures/lattice';
import { redistrict } from './redistrict';
import { RedistrictInputError, type RedistrictUnit } from './types';

const goldenOut = JSON.parse(readFileSync(new URL('./fixtures/lattice-6x6.out.geojson', import.meta.url), 'utf8')) as {
  features: { properties: { id: string; district: number } }[];
};

function randomWeights(seed: number, min: number, max: number) {
  const random = createRandom(seed);
  return () => min + Math.floor(random() * (max - min + 1));
}

describe('redistrict', () => {
  it('cuts the 6×6 lattice into four contiguous, balanced 3×3 squares (golden fixture)', () => {
    const units = latticeUnits(6);
    const plan = redistrict(units, buildAdjacency(units), { k: 4 }, { seed: 1 });
    expect(plan.districts.map((d) => d.weight)).toEqual([9, 9, 9, 9]);
    expect(plan.contiguous).toBe(true);
    expect(plan.withinTarget).toBe(true);
    expect(plan.cutEdges).toBe(12);
    // District numbers are labels: compare the grouping (golden district → ours is one-to-one).
    const ours = new Map<number, number>();
    for (const f of goldenOut.features) {
      const d = plan.assignment.get(f.properties.id)!;
      expect(ours.get(f.properties.district) ?? d).toBe(d);
      ours.set(f.properties.district, d);
    }
    expect(new Set(ours.values()).size).toBe(4);
  });

  it('gives the same plan for the same seed', () => {
    const units = latticeUnits(10, 0.01, randomWeights(7, 1, 9));
    const adjacency = buildAdjacency(units);
    const first = redistrict(units, adjacency, { k: 5 }, { seed: 42 });
    const second = redistrict(units, adjacency, { k: 5 }, { seed: 42 });
    expect([...second.assignment]).toEqual([...first.assignment]);
  });

  it('does not mutate its input', () => {
    const units = latticeUnits(6);
    const adjacency = buildAdjacency(units);
    const before = JSON.stringify([units, adjacency]);
    redistrict(units, adjacency, { k: 4 }, { seed: 3 });
    expect(JSON.stringify([units, adjacency])).toBe(before);
  });

  it('balances uneven weights within the tolerance and keeps every district contiguous', () => {
    const units = latticeUnits(12, 0.01, randomWeights(11, 5, 60));
    const plan = redistrict(units, buildAdjacency(units), { k: 6 }, { seed: 5, tolerance: 0.02 });
    expect(plan.contiguous).toBe(true);
    expect(plan.maxDeviationPct).toBeLessThan(2);
    expect(plan.districts).toHaveLength(6);
  });

  it('never splits a group (compound)', () => {
    // Horizontal pairs of cells form compounds: r0c0+r0c1, r0c2+r0c3, …
    const units: RedistrictUnit[] = latticeUnits(8).map((u) => ({ ...u, groupId: u.id.replace(/c(\d)$/, (_, c) => `g${Math.floor(+c / 2)}`) }));
    const plan = redistrict(units, buildAdjacency(units), { k: 4 }, { seed: 2 });
    const districtOfGroup = new Map<string, number>();
    for (const u of units) {
      const d = plan.assignment.get(u.id)!;
      expect(districtOfGroup.get(u.groupId!) ?? d).toBe(d);
      districtOfGroup.set(u.groupId!, d);
    }
    expect(plan.contiguous).toBe(true);
  });

  it('never lets a district cross a region (community) boundary', () => {
    const units = latticeUnits(8).map((u) => ({ ...u, regionId: Number(u.id.split('c')[1]) < 3 ? 'west' : 'east' }));
    const plan = redistrict(units, buildAdjacency(units), { k: 4 }, { seed: 4 });
    const regionOfDistrict = new Map<number, string>();
    for (const u of units) {
      const d = plan.assignment.get(u.id)!;
      expect(regionOfDistrict.get(d) ?? u.regionId).toBe(u.regionId);
      regionOfDistrict.set(d, u.regionId);
    }
    expect(new Set(regionOfDistrict.values())).toEqual(new Set(['west', 'east']));
  });

  it('puts every district within a household band', () => {
    const units = latticeUnits(12, 0.01, randomWeights(13, 20, 60));
    const plan = redistrict(units, buildAdjacency(units), { band: [300, 500] }, { seed: 6 });
    expect(plan.withinTarget).toBe(true);
    for (const d of plan.districts) {
      expect(d.weight).toBeGreaterThanOrEqual(300);
      expect(d.weight).toBeLessThanOrEqual(500);
    }
    expect(plan.contiguous).toBe(true);
  });

  it('throws a RedistrictInputError naming the unit when a unit is heavier than the band allows', () => {
    const units = latticeUnits(4, 0.01, (r, c) => (r === 1 && c === 2 ? 900 : 50));
    expect(() => redistrict(units, buildAdjacency(units), { band: [300, 500] })).toThrow(/r1c2.*more than 500/);
    expect(() => redistrict(units, buildAdjacency(units), { band: [300, 500] })).toThrow(RedistrictInputError);
  });

  it('throws when no number of districts puts the ideal in the band', () => {
    const units = latticeUnits(2, 0.01, () => 100);
    expect(() => redistrict(units, buildAdjacency(units), { band: [250, 300] })).toThrow(/cannot be met/);
  });

  it('throws on an empty unit list and on a negative weight', () => {
    expect(() => redistrict([], [], { k: 2 })).toThrow(/no units/);
    const units = latticeUnits(2, 0.01, (r, c) => (r + c === 0 ? -1 : 1));
    expect(() => redistrict(units, buildAdjacency(units), { k: 2 })).toThrow(/r0c0 has weight -1/);
  });

  it('works on point units with an adjacency of id pairs, with null compactness', () => {
    const grid = latticeUnits(4);
    const units: RedistrictUnit[] = grid.map((u) => ({ ...u, geometry: { type: 'Point', coordinates: [0, 0] } }));
    const adjacency = buildAdjacency(grid).map(({ a, b }) => ({ a, b }));
    const plan = redistrict(units, adjacency, { k: 2 }, { seed: 1 });
    expect(plan.districts.map((d) => d.weight)).toEqual([8, 8]);
    expect(plan.minPolsbyPopper).toBeNull();
    expect(plan.contiguous).toBe(true);
  });
});
