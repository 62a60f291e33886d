import { beforeAll, describe, expect, it } from 'vitest';
import type { DemoDataset } from './dataset';
import { fixtureDataset } from './demo-dataset-fixture';

let d: DemoDataset;
beforeAll(() => {
  d = fixtureDataset().dataset;
});

describe('people of the grids', () => {
  it('has one grid leader a grid, exactly 14 of them police officers of 达川公安分局', () => {
    const leaders = d.people.filter((p) => p.role === 'grid_leader');
    expect(leaders).toHaveLength(208);
    expect(new Set(leaders.map((p) => p.gridCode)).size).toBe(208);
    expect(d.grids.every((g) => leaders.find((p) => p.id === g.leaderId)?.gridCode === g.code)).toBe(true);
    const police = leaders.filter((p) => p.isPolice);
    expect(police).toHaveLength(14);
    expect(police.every((p) => p.employer === '达川公安分局')).toBe(true);
    expect(leaders.filter((p) => !p.isPolice).every((p) => p.employer !== '达川公安分局')).toBe(true);
  });

  it('links building leader → compound leader → grid leader', () => {
    const byId = new Map(d.people.map((p) => [p.id, p]));
    const compoundLeaders = d.people.filter((p) => p.role === 'compound_leader');
    const buildingLeaders = d.people.filter((p) => p.role === 'building_leader');
    expect(compoundLeaders).toHaveLength(d.compounds.length);
    expect(buildingLeaders).toHaveLength(d.buildings.length);
    expect(new Set(buildingLeaders.map((p) => p.buildingCode)).size).toBe(d.buildings.length);
    for (const p of compoundLeaders) expect(byId.get(p.parentId!)).toMatchObject({ role: 'grid_leader', gridCode: p.gridCode });
    for (const p of buildingLeaders) expect(byId.get(p.parentId!)).toMatchObject({ role: 'compound_leader', compoundCode: p.compoundCode });
  });

  it('gives every grid 1–2 grid workers and every beat one police community officer', () => {
    for (const g of d.grids) {
      const n = d.people.filter((p) => p.role === 'grid_worker' && p.gridCode === g.code).length;
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(2);
    }
    const officers = d.people.filter((p) => p.role === 'community_officer');
    expect(officers).toHaveLength(d.beats.length);
    expect(officers.every((p) => p.isPolice)).toBe(true);
    expect(new Set(d.beats.map((b) => b.officerId))).toEqual(new Set(officers.map((p) => p.id)));
  });

  it('uses ids P00001… in order and unique 11-digit 13x/15x/18x phones', () => {
    expect(d.people.map((p) => p.id)).toEqual(d.people.map((_, i) => `P${String(i + 1).padStart(5, '0')}`));
    expect(d.people.every((p) => /^1[358]\d{9}$/.test(p.phone))).toBe(true);
    expect(new Set(d.people.map((p) => p.phone)).size).toBe(d.people.length);
  });

  it('gives people Chinese names of two to three characters', () => {
    expect(d.people.every((p) => /^[\u4e00-\u9fff]{2,3}$/.test(p.name))).toBe(true);
  });
});
