import { describe, expect, it } from 'vitest';
import { buildAdjacency } from './build-adjacency';
import { dissolveDistricts } from './dissolve-districts';
import { latticeUnits } from './fixtures/lattice';
import { createLocalFrame } from './create-local-frame';
import { measurePlan } from './measure-plan';
import { measureUnitGeometry } from './measure-unit-geometry';
import type { RedistrictUnit } from './types';

const square = (x: number, y: number, size: number, extra: number[][] = []): RedistrictUnit['geometry'] => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + size, y], ...extra, [x + size, y + size], [x, y + size], [x, y]]],
});

describe('measurePlan', () => {
  it('gives a square a Polsby-Popper score of π/4', () => {
    const units = [{ id: 'a', weight: 1, geometry: square(0, -0.005, 0.01) }];
    const plan = measurePlan(units, [], new Map([['a', 0]]));
    expect(Math.abs(plan.districts[0].polsbyPopper! - Math.PI / 4)).toBeLessThan(1e-9);
  });

  it('measures a 2×2 block of squares as one square through shared edge lengths', () => {
    const units = latticeUnits(2);
    const plan = measurePlan(units, buildAdjacency(units), new Map(units.map((u) => [u.id, 0])));
    expect(Math.abs(plan.districts[0].polsbyPopper! - Math.PI / 4)).toBeLessThan(1e-9);
    expect(plan.cutEdges).toBe(0);
  });

  it('reports a district in two pieces as not contiguous', () => {
    const units = latticeUnits(3);
    const assignment = new Map(units.map((u) => [u.id, u.id === 'r0c0' || u.id === 'r2c2' ? 1 : 0]));
    const plan = measurePlan(units, buildAdjacency(units), assignment);
    expect(plan.contiguous).toBe(false);
    expect(plan.districts.find((d) => d.district === 0)!.contiguous).toBe(true);
  });
});

describe('measureUnitGeometry', () => {
  it('measures a square with a hole, a multipolygon and a point in one frame, centres at the outer ring means', () => {
    const frame = createLocalFrame([{ id: 'o', weight: 1, geometry: square(0, 0, 0.01) }]);
    const holed: RedistrictUnit = {
      id: 'h',
      weight: 1,
      geometry: { type: 'Polygon', coordinates: [square(0, 0, 0.01).coordinates[0] as number[][], [[0.002, 0.002], [0.002, 0.004], [0.004, 0.004], [0.004, 0.002], [0.002, 0.002]]] },
    };
    const multi: RedistrictUnit = {
      id: 'm',
      weight: 1,
      geometry: { type: 'MultiPolygon', coordinates: [square(0, 0, 0.01).coordinates as number[][][], square(0.02, 0, 0.01).coordinates as number[][][]] },
    };
    const point: RedistrictUnit = { id: 'p', weight: 1, geometry: { type: 'Point', coordinates: [0.005, 0.005] } };
    const [h, m, p] = measureUnitGeometry([holed, multi, point], frame);
    const [sx, sy] = frame.project([0.01, 0.01]);
    const [hx, hy] = frame.project([0.002, 0.002]);
    expect(h.areaM2 / (sx * sy - hx * hy)).toBeCloseTo(1, 9);
    expect(h.perimeterM).toBeCloseTo(2 * (sx + sy) + 2 * (hx + hy), 6);
    expect(m.areaM2 / (2 * sx * sy)).toBeCloseTo(1, 9);
    expect(m.perimeterM).toBeCloseTo(4 * (sx + sy), 6);
    const [cx, cy] = frame.project([0.005, 0.005]);
    for (const g of [h, m, p]) {
      expect(g.centreX).toBeCloseTo(cx, 6);
      expect(g.centreY).toBeCloseTo(cy, 6);
    }
    expect([p.areaM2, p.perimeterM]).toEqual([0, 0]);
  });

  it('gives measurePlan the same figures whether the caller passes it or not', () => {
    const units = latticeUnits(4);
    const adjacency = buildAdjacency(units);
    const assignment = new Map(units.map((u, i) => [u.id, i % 3]));
    expect(measurePlan(units, adjacency, assignment, measureUnitGeometry(units))).toEqual(measurePlan(units, adjacency, assignment));
  });
});

describe('buildAdjacency', () => {
  it('finds the 60 rook pairs of a 6×6 lattice, each sharing one side', () => {
    const pairs = buildAdjacency(latticeUnits(6));
    expect(pairs).toHaveLength(60);
    const side = pairs[0].sharedLengthM!;
    for (const p of pairs) expect(p.sharedLengthM).toBeCloseTo(side, 6);
  });

  it('joins neighbours whose shared edge has different vertices, but not units touching at a corner', () => {
    const units: RedistrictUnit[] = [
      { id: 'a', weight: 1, geometry: square(0, 0, 1) },
      { id: 'b', weight: 1, geometry: square(1, 0, 1) },
      { id: 'c', weight: 1, geometry: square(2, 1, 1) },
    ];
    // b's left side runs through an extra vertex at (1, 0.5) that a's right side lacks.
    units[1].geometry = { type: 'Polygon', coordinates: [[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0.5], [1, 0]]] };
    const pairs = buildAdjacency(units);
    expect(pairs.map((p) => `${p.a}-${p.b}`)).toEqual(['a-b']);
    expect(pairs[0].sharedLengthM).toBeGreaterThan(111_000);
  });
});

describe('dissolveDistricts', () => {
  it('dissolves each 3×3 block of the lattice into one ring of its 12 outer edges', () => {
    const units = latticeUnits(6);
    const assignment = new Map(units.map((u) => {
      const [row, col] = u.id.slice(1).split('c').map(Number);
      return [u.id, (row < 3 ? 0 : 2) + (col < 3 ? 0 : 1)];
    }));
    const shapes = dissolveDistricts(units, buildAdjacency(units), assignment);
    expect(shapes.size).toBe(4);
    for (const shape of shapes.values()) {
      expect(shape.coordinates).toHaveLength(1);
      expect(shape.coordinates[0]).toHaveLength(1);
      expect(shape.coordinates[0][0]).toHaveLength(13);
      expect(shape.coordinates[0][0][12]).toEqual(shape.coordinates[0][0][0]);
    }
  });

  it('keeps a hole where a district surrounds another', () => {
    const units = latticeUnits(3);
    const assignment = new Map(units.map((u) => [u.id, u.id === 'r1c1' ? 1 : 0]));
    const ring = dissolveDistricts(units, buildAdjacency(units), assignment).get(0)!;
    expect(ring.coordinates[0]).toHaveLength(2);
  });

  it('falls back to a union when neighbours do not share vertices', () => {
    const units: RedistrictUnit[] = [
      { id: 'a', weight: 1, geometry: square(0, 0, 1) },
      { id: 'b', weight: 1, geometry: { type: 'Polygon', coordinates: [[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0.5], [1, 0]]] } },
    ];
    const shapes = dissolveDistricts(units, buildAdjacency(units), new Map([['a', 0], ['b', 0]]));
    expect(shapes.get(0)!.coordinates).toHaveLength(1);
    expect(shapes.get(0)!.coordinates[0]).toHaveLength(1);
  });
});
