import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../core/contracts/auth';
import type { DisputeMap } from '../../core/contracts/disputes';
import type { FreshnessAnswer, GridFreshness } from '../../core/contracts/registry';
import type { ResidentPage } from '../../core/contracts/residents';
import type { Summary } from '../../core/contracts/summary';
import type { GridMeasure, WallSummary } from '../../core/contracts/wall';
import type { AssessmentRanking, GridPage } from '../../core/contracts/workforce';
import { queryRows, type Db } from '../../server/db/engine';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

// Issue 12, item 1: one figure, one value, whichever view shows it. Each measure of every grid is read through
// every route that shows it (wall, registry, grid page, residents, map summary, workforce) and compared.

let db: Db;
let commander: TestClient;
let grid001: TestClient;
let codes: string[];
let wall: Map<string, GridMeasure>;
let registry: Map<string, GridFreshness>;
let pages: Map<string, GridPage>;
let ranking: AssessmentRanking;

const get = async <T>(client: TestClient, path: string): Promise<T> => {
  const res = await client.request(path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
};

beforeAll(async () => {
  db = (await getTestDatabase()).db;
  [commander, grid001] = [await loginAs('commander'), await loginAs('grid001')];
  codes = (await queryRows<{ code: string }>(db, sql`SELECT code FROM grids ORDER BY code`)).map((r) => r.code);
  wall = new Map((await get<GridMeasure[]>(commander, '/api/wall/grid-measures')).map((m) => [m.code, m]));
  const fresh = await get<Extract<FreshnessAnswer, { level: 'grids' }>>(commander, '/api/registry/freshness');
  registry = new Map(fresh.rows.map((r) => [r.gridCode, r]));
  pages = new Map();
  for (const code of codes) pages.set(code, await get<GridPage>(commander, `/api/grids/${code}/page`));
  ranking = await get<AssessmentRanking>(commander, '/api/workforce/assessments');
}, 600_000);

describe('each measure of every grid is the same through every route', () => {
  it('lists every grid on the wall, in the registry and with a page', () => {
    expect(codes.length).toBeGreaterThan(200);
    expect([...wall.keys()]).toEqual(codes);
    expect([...registry.keys()]).toEqual(codes);
    expect(ranking.rows.map((r) => r.gridCode).sort()).toEqual(codes);
  });

  it('counts the same residents on the wall, in the registry, on the grid page and in the residents list', async () => {
    for (const code of codes) {
      const page = pages.get(code)!;
      const list = await get<ResidentPage>(commander, `/api/residents?gridCode=${code}&limit=1`);
      const seen = { wall: wall.get(code)!.residents, registry: registry.get(code)!.residents, page: page.grid.residents, freshness: page.freshness.residents.total, list: list.total };
      expect(new Set(Object.values(seen)).size, `${code} ${JSON.stringify(seen)}`).toBe(1);
    }
  }, 300_000); // a residents list a grid: 208 requests

  it('counts the same households on the wall and on the grid page', () => {
    for (const code of codes) expect(pages.get(code)!.grid.households, code).toBe(wall.get(code)!.households);
  });

  it('counts the same residents and households on the map’s grids layer as on the wall, for everyone and for a grid leader', async () => {
    type GridLayer = { features: { properties: { code: string; residents?: number; households?: number; inScope: boolean } }[] };
    const layer = await get<GridLayer>(commander, '/api/grids');
    expect(layer.features.map((f) => f.properties.code)).toEqual(codes);
    for (const { properties: p } of layer.features) {
      const w = wall.get(p.code)!;
      expect({ residents: p.residents, households: p.households }, p.code).toEqual({ residents: w.residents, households: w.households });
    }
    const own = (await get<GridLayer>(grid001, '/api/grids')).features.filter((f) => f.properties.inScope);
    expect(own.length).toBe(1);
    const w = wall.get(own[0].properties.code)!;
    expect({ residents: own[0].properties.residents, households: own[0].properties.households }).toEqual({ residents: w.residents, households: w.households });
  });

  it('gives one 楼栋核验率 and one 人员核验率 on the wall, in the registry and on the grid page', () => {
    for (const code of codes) {
      const [w, r, p] = [wall.get(code)!, registry.get(code)!, pages.get(code)!];
      expect(r.buildingsVerifiedShare, code).toBe(p.freshness.buildings.share);
      expect(w.coverage, code).toBe(r.buildingsVerifiedShare ?? 0);
      expect(r.residentsVerifiedShare, code).toBe(p.freshness.residents.share);
      expect(r.buildingsVerified, code).toBe(p.freshness.buildings.verified);
      expect(r.residentsVerified, code).toBe(p.freshness.residents.verified);
      expect(r.overdueChecks, code).toBe(r.buildings - r.buildingsVerified);
    }
  });

  it('names as the wall’s lowest grids the registry’s lowest by 楼栋核验率', async () => {
    const summary = await get<WallSummary>(commander, '/api/wall/summary');
    const lowest = [...registry.values()]
      .filter((r) => r.buildingsVerifiedShare !== null)
      .sort((a, b) => a.buildingsVerifiedShare! - b.buildingsVerifiedShare! || (a.gridCode < b.gridCode ? -1 : 1))
      .slice(0, 5);
    expect(summary.verification.worstGrids).toEqual(lowest.map((r) => ({ code: r.gridCode, name: r.name, coverage: r.buildingsVerifiedShare })));
    const buildings = [...registry.values()].reduce((s, r) => s + r.buildings, 0);
    const verified = [...registry.values()].reduce((s, r) => s + r.buildingsVerified, 0);
    expect(summary.verification.districtCoverage).toBe(Math.round((verified / buildings) * 10_000) / 10_000);
  });

  it('counts the same open disputes and 30 days’ incidents on the wall and on the grid page', async () => {
    for (const code of codes) {
      let [w, p] = [wall.get(code)!, pages.get(code)!];
      // The 30 days end at now(): beforeAll read the wall minutes before the last page, and an incident can leave the
      // window in between (15 on the wall, 14 on the page, once on PostgreSQL). Such a grid is read again, wall and
      // page back to back; a count defined differently differs again.
      if (p.incidents.total !== w.incidents30d) {
        w = (await get<GridMeasure[]>(commander, '/api/wall/grid-measures')).find((m) => m.code === code)!;
        p = await get<GridPage>(commander, `/api/grids/${code}/page`);
      }
      expect(p.disputes.open, code).toBe(w.openDisputes);
      expect(p.disputes.rows.length, code).toBe(Math.min(50, p.disputes.open));
      expect(p.incidents.total, code).toBe(w.incidents30d);
      expect(p.incidents.byCategory.reduce((s, c) => s + c.count, 0), code).toBe(p.incidents.total);
    }
  });

  it('gives each grid the same grade, score and rank in the ranking, on the grid page and on the wall', () => {
    for (const row of ranking.rows) {
      const latest = pages.get(row.gridCode)!.grades.find((g) => g.round === ranking.round)!;
      expect({ grade: latest.grade, total: latest.total, rank: latest.rank }, row.gridCode).toEqual({ grade: row.grade, total: row.total, rank: row.rank });
      expect(wall.get(row.gridCode)!.grade, row.gridCode).toBe(row.grade);
    }
  });

  it('sums its grids into the district’s headline figures (map summary and wall)', async () => {
    // Read the grids again just before the summary: the 30-day window slides, and beforeAll's reads are minutes old
    // (an incident leaving the window between them failed this once, 5,406 against 5,407).
    const now = await get<GridMeasure[]>(commander, '/api/wall/grid-measures');
    const summary = await get<Summary>(commander, '/api/stats/summary');
    const sum = (k: 'residents' | 'households' | 'openDisputes' | 'incidents30d') => now.reduce((s, m) => s + m[k], 0);
    expect(summary.residents).toBe(sum('residents'));
    expect(summary.households).toBe(sum('households'));
    expect(summary.disputesOpen).toBe(sum('openDisputes'));
    expect(summary.incidentsLast30d).toBe(sum('incidents30d'));
    const w = await get<WallSummary>(commander, '/api/wall/summary');
    expect(w.disputes.open).toBe(summary.disputesOpen);
    expect(summary.grades).toEqual(ranking.gradeCounts);
    expect(w.grades.counts).toEqual(ranking.gradeCounts);
  });

  it('shows a grid leader the same figures for its grid as everyone else sees for it', async () => {
    const me = await get<Me>(grid001, '/api/auth/me');
    const code = me.scope.codes[0];
    const summary = await get<Summary>(grid001, '/api/stats/summary');
    const w = wall.get(code)!;
    expect({ residents: summary.residents, households: summary.households, open: summary.disputesOpen, incidents: summary.incidentsLast30d })
      .toEqual({ residents: w.residents, households: w.households, open: w.openDisputes, incidents: w.incidents30d });
    const own = await get<GridPage>(grid001, `/api/grids/${code}/page`);
    expect(own.freshness).toEqual(pages.get(code)!.freshness);
    const mine = await get<AssessmentRanking>(grid001, '/api/workforce/assessments');
    expect(mine.rows.map((r) => r.rank)).toEqual([ranking.rows.find((r) => r.gridCode === code)!.rank]);
  });

  it('gives a grid leader the map’s grid measures of its own grid only, as everyone sees them', async () => {
    const me = await get<Me>(grid001, '/api/auth/me');
    const mine = await get<GridMeasure[]>(grid001, '/api/wall/grid-measures');
    expect(mine).toEqual(me.scope.codes.map((code) => wall.get(code)));
  });
});

describe('高风险 and open disputes', () => {
  it('lists no resolved, visited or closed dispute as high risk, and every open one that is', async () => {
    const map = await get<DisputeMap>(commander, '/api/disputes/map?risk=high');
    const statuses = map.features.map((f) => f.properties.status);
    expect(statuses.filter((s) => ['resolved', 'visited', 'closed'].includes(s))).toEqual([]);
    expect(map.features.every((f) => f.properties.riskScore >= 60)).toBe(true);
    const [{ n }] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM disputes
      WHERE status NOT IN ('resolved', 'visited', 'closed') AND risk_score >= 60`);
    expect(map.features.length).toBe(Number(n));
    const [{ settled }] = await queryRows<{ settled: number }>(db, sql`SELECT count(*)::int AS settled FROM disputes
      WHERE status IN ('resolved', 'visited') AND risk_score >= 60`);
    expect(Number(settled), 'the demo data has settled high-risk disputes to leave out').toBeGreaterThan(0);
    const high = [...pages.values()].reduce((s, p) => s + p.disputes.highRisk, 0);
    expect(high).toBe(Number(n));
  });
});

describe('双月考评 ranking', () => {
  it('ranks by score with distinct scores, ranks 1..n and equal scores sharing a rank (competition ranking)', () => {
    const rows = [...ranking.rows].sort((a, b) => a.rank - b.rank);
    expect(rows.every((r) => typeof r.total === 'number' && r.scores !== null)).toBe(true);
    expect(new Set(rows.map((r) => r.total)).size).toBeGreaterThan(20);
    expect(rows[0].rank).toBe(1);
    rows.forEach((r, i) => {
      const expected = 1 + rows.filter((o) => o.total! > r.total!).length;
      expect(r.rank, r.gridCode).toBe(expected);
      if (i > 0) expect(r.total!).toBeLessThanOrEqual(rows[i - 1].total!);
      const s = r.scores!;
      expect(s.work + s.disputes + s.data + s.residents).toBe(r.total);
    });
    expect(new Set(rows.map((r) => r.rank)).size).toBeGreaterThan(20);
    expect(rows.some((r, i) => i > 0 && r.rank === rows[i - 1].rank), 'some grids tie').toBe(true);
  });
});
