import { describe, expect, it } from 'vitest';
import type { PersonNode } from '../../../core/contracts/workforce';
import { flattenPeople } from './people-list';

const person = (id: string, children: PersonNode[] = []): PersonNode => ({
  id, name: id, role: 'grid_worker', isPolice: false, employer: '', phone: '', gridCode: 'G1', compoundCode: null, compoundName: null, buildingCode: null, buildingName: null, children,
});

describe('flattenPeople', () => {
  it('lists parents before their children, depth first', () => {
    expect(flattenPeople([person('A', [person('B', [person('C')]), person('D')]), person('E')]).map((p) => p.id)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('gives nothing for no people', () => {
    expect(flattenPeople([])).toEqual([]);
  });
});
