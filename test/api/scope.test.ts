import { bbox } from '@turf/turf';
import type { FeatureCollection, Geometry } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../core/contracts/auth';
import type { Summary } from '../../core/contracts/summary';
import { loginAs } from '../support/test-database';

// Issue 12, item 2: what a scoped user sees on the map is counted over its jurisdiction, and the map layers say
// which of their features lie in it.

type Scoped = { code: string; name: string; inScope: boolean; gridCount?: number; households: number };
const users = ['admin', 'viewer', 'grid001', 'officer01', 'patrol'] as const;
type User = (typeof users)[number];

const summaries = {} as Record<User, Summary>;
const mes = {} as Record<User, Me>;
const gridsOf = {} as Record<User, FeatureCollection<Geometry, Scoped>>;
const beatsOf = {} as Record<User, FeatureCollection<Geometry, Scoped>>;

beforeAll(async () => {
  for (const u of users) {
    const client = await loginAs(u);
    summaries[u] = (await (await client.request('/api/stats/summary')).json()) as Summary;
    mes[u] = (await (await client.request('/api/auth/me')).json()) as Me;
    gridsOf[u] = (await (await client.request('/api/grids')).json()) as FeatureCollection<Geometry, Scoped>;
    beatsOf[u] = (await (await client.request('/api/beats')).json()) as FeatureCollection<Geometry, Scoped>;
  }
});

const inScope = (fc: FeatureCollection<Geometry, Scoped>) => fc.features.filter((f) => f.properties.inScope);

describe('GET /api/stats/summary by jurisdiction', () => {
  it('counts the whole district for a district-wide user, and says so', () => {
    expect(summaries.viewer.jurisdiction).toMatchObject({ level: 'district', names: [] });
    const { jurisdiction: _, ...viewerFigures } = summaries.viewer;
    const { jurisdiction: __, ...adminFigures } = summaries.admin;
    expect(viewerFigures).toEqual(adminFigures);
    expect(summaries.viewer.grids).toBe(208);
  });

  it("counts one grid for a grid leader, named by the grid's name", () => {
    const s = summaries.grid001;
    const [own] = inScope(gridsOf.grid001);
    expect(s.jurisdiction).toMatchObject({ level: 'grid', names: [own.properties.name] });
    expect(s.grids).toBe(1);
    expect(s.gridLeaders).toBe(1);
    expect(s.residents).toBeGreaterThan(0);
    expect(s.residents).toBeLessThan(summaries.admin.residents / 50);
    expect(s.incidentsLast365d).toBeLessThan(summaries.admin.incidentsLast365d);
  });

  it("counts the beat's grids for a community officer", () => {
    const s = summaries.officer01;
    const [beat] = inScope(beatsOf.officer01);
    expect(s.jurisdiction).toMatchObject({ level: 'beat', names: [beat.properties.name] });
    expect(s.beats).toBe(1);
    expect(s.grids).toBe(beat.properties.gridCount);
    expect(s.grids).toBe(inScope(gridsOf.officer01).length);
  });

  it("counts the station's beats for a patrol leader", () => {
    const s = summaries.patrol;
    expect(s.jurisdiction.level).toBe('station');
    expect(s.jurisdiction.names).toHaveLength(1);
    expect(s.stations).toBe(1);
    expect(s.beats).toBe(inScope(beatsOf.patrol).length);
    expect(s.grids).toBe(inScope(gridsOf.patrol).length);
    expect(s.grids).toBeGreaterThan(summaries.officer01.grids);
  });

  it("gives the box of the jurisdiction's grids, which the maps open on", () => {
    for (const u of users) {
      const box = summaries[u].jurisdiction.bbox!;
      const expected = bbox({ type: 'FeatureCollection', features: inScope(gridsOf[u]) });
      box.forEach((v, i) => expect(v, `${u} ${i}`).toBeCloseTo(expected[i], 5));
    }
  });
});

describe('GET /api/auth/me names the jurisdiction', () => {
  it('as the summary names it, for every user: the user menu shows names, not codes', () => {
    for (const u of users) {
      const { level, names } = summaries[u].jurisdiction;
      expect(mes[u].jurisdiction, u).toEqual({ level, names });
    }
    const [own] = inScope(gridsOf.grid001);
    expect(mes.grid001.jurisdiction).toEqual({ level: 'grid', names: [own.properties.name] });
    expect(mes.grid001.jurisdiction.names[0]).not.toMatch(/\d{15}/);
    expect(mes.viewer.jurisdiction).toEqual({ level: 'district', names: [] });
  });
});

describe('the map layers by jurisdiction', () => {
  it('marks every grid and beat in scope for a district-wide user', () => {
    expect(inScope(gridsOf.viewer)).toHaveLength(208);
    expect(inScope(beatsOf.viewer)).toHaveLength(beatsOf.viewer.features.length);
  });

  it("still draws the surroundings of a grid leader's one grid, marked out of scope", () => {
    expect(gridsOf.grid001.features).toHaveLength(208);
    expect(inScope(gridsOf.grid001)).toHaveLength(1);
    expect(inScope(beatsOf.grid001)).toHaveLength(1);
  });

  it('sends a grid outside the jurisdiction with its place and name only: no figures, no beat', () => {
    const outside = gridsOf.grid001.features.filter((f) => !f.properties.inScope);
    expect(outside).toHaveLength(207);
    for (const f of outside) {
      expect(Object.keys(f.properties).sort()).toEqual(['code', 'communityCode', 'inScope', 'name', 'streetCode']);
      expect(f.properties.inScope).toBe(false);
      expect(f.geometry.type).toBe('MultiPolygon');
    }
    const [own] = inScope(gridsOf.grid001);
    expect(own.properties.households).toBeGreaterThan(0);
    // The same grid, as a district-wide user is sent it: only the figures and the beat are left out.
    const full = gridsOf.viewer.features.find((f) => f.properties.code === outside[0].properties.code)!;
    expect(full.properties).toMatchObject({ name: outside[0].properties.name, inScope: true });
    expect(full.properties.households).toBeGreaterThan(0);
  });
});
