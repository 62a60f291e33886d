import { area, polygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { dissolveGrids } from './dissolve-grids';
import { plannerFixture } from './planner-fixture';
import { moveUnits, publishedPlanState } from './plan-state';
import { toPlanUnits } from './plan-units';

const pu = toPlanUnits(plannerFixture());
const published = publishedPlanState(pu);

describe('dissolving grids', () => {
  it('gives each grid one polygon: the rectangle of its territories', () => {
    const outlines = dissolveGrids(pu, published.assignment);
    expect([...outlines.keys()]).toEqual(['G1', 'G2', 'G3']);
    const g1 = outlines.get('G1')!.geometry;
    expect(g1.coordinates).toHaveLength(1);
    // one ring of the eight outer vertices (collinear ones kept), closed: the shared inner edges cancelled
    expect(g1.coordinates[0]).toHaveLength(1);
    expect(g1.coordinates[0][0]).toHaveLength(9);
    expect(area(polygon(g1.coordinates[0])) / 1e6).toBeCloseTo(4 * 0.0952 * 0.1112, 3);
  });

  it('reuses the outlines of grids a hand edit did not touch', () => {
    const before = dissolveGrids(pu, published.assignment);
    const after = dissolveGrids(pu, moveUnits(pu, published, ['b2-0'], 'G1').assignment, before);
    expect(after.get('G3')).toBe(before.get('G3'));
    expect(after.get('G1')).not.toBe(before.get('G1'));
    expect(after.get('G1')!.members.split(',')).toHaveLength(6);
  });
});
