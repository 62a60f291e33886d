import { describe, expect, it } from 'vitest';
import { checkAssignment } from './check-assignment';

// Four buildings in a row a–b–c–d; a and b form compound K1; c and d are in community C2.
const buildings = [
  { code: 'a', compoundCode: 'K1', communityCode: 'C1' },
  { code: 'b', compoundCode: 'K1', communityCode: 'C1' },
  { code: 'c', compoundCode: 'K2', communityCode: 'C2' },
  { code: 'd', compoundCode: 'K3', communityCode: 'C2' },
];
const adjacency = [['a', 'b'], ['b', 'c'], ['c', 'd']] as const;

describe('checkAssignment', () => {
  it('accepts a plan that keeps every rule', () => {
    expect(checkAssignment(buildings, adjacency, { a: 'G1', b: 'G1', c: 'G2', d: 'G2' })).toEqual([]);
  });

  it('names missing and unknown buildings', () => {
    const kinds = checkAssignment(buildings, adjacency, { a: 'G1', b: 'G1', c: 'G2', x: 'G2' });
    expect(kinds.map((p) => p.kind)).toEqual(['coverage', 'coverage']);
    expect(kinds[0]).toMatchObject({ code: 'plan_buildings_unassigned', params: { count: 1, buildings: ['d'] } });
    expect(kinds[1]).toMatchObject({ code: 'plan_buildings_unknown', params: { count: 1, buildings: ['x'] } });
  });

  it('refuses a split compound, a grid across communities and a grid in two pieces', () => {
    const problems = checkAssignment(buildings, adjacency, { a: 'G1', b: 'G2', c: 'G2', d: 'G1' });
    expect(problems.find((p) => p.kind === 'compound')?.gridKeys).toEqual(['G1', 'G2']);
    expect(problems.filter((p) => p.kind === 'community').flatMap((p) => p.gridKeys)).toEqual(['G1', 'G2']);
    expect(problems.find((p) => p.kind === 'contiguity')?.gridKeys).toEqual(['G1']);
  });
});
