import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForecastMethodSchema, type EmergingAnswer, type ForecastAnswer, type HotspotAnswer, type ProfileAnswer, type RatesAnswer, type RepeatsAnswer } from '../../core/contracts/analysis';
import type { IncidentColumns } from '../../core/contracts/incidents';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../server/db/engine';
import { loginTo, openScratchDatabase, type TestApp, type TestClient } from '../support/test-database';

// A copy of the database as seeded, not the shared one: these tests count incidents (a grid's fewer than 30, the first on
// record), and other files' calls and imports in the shared one changed those counts when they ran first.
let database: Database;
let app: TestApp;
let commander: TestClient;
let grid001: TestClient;
let to: string;
let from: string;
beforeAll(async () => {
  ({ database, app } = await openScratchDatabase('analysis'));
  commander = await loginTo(app, 'commander');
  grid001 = await loginTo(app, 'grid001');
  to = new Date().toISOString();
  from = new Date(Date.now() - 28 * 86_400_000).toISOString();
});
afterAll(async () => {
  await database?.close();
});

const get = async <T>(client: TestClient, path: string): Promise<T> => {
  const res = await client.request(path);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
};
const period = () => `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
const lastWeek = () => `from=${encodeURIComponent(new Date(Date.parse(to) - 7 * 86_400_000).toISOString())}&to=${encodeURIComponent(to)}`;

/** Gi* the slow, obvious way: every pair of cells, weight 1 when |Δrow| ≤ 1 and |Δcol| ≤ 1 (the cell itself included). */
function slowGiStar(cells: { row: number; col: number; count: number }[]): number[] {
  const n = cells.length;
  const mean = cells.reduce((s, c) => s + c.count, 0) / n;
  const s = Math.sqrt(cells.reduce((acc, c) => acc + c.count * c.count, 0) / n - mean * mean);
  return cells.map((ci) => {
    let wx = 0;
    let w = 0;
    for (const cj of cells) {
      if (Math.abs(ci.row - cj.row) <= 1 && Math.abs(ci.col - cj.col) <= 1) {
        wx += cj.count;
        w += 1;
      }
    }
    const denominator = s * Math.sqrt((n * w - w * w) / (n - 1));
    return denominator > 0 ? (wx - mean * w) / denominator : 0;
  });
}

describe('GET /api/analysis/hotspots', () => {
  it('returns every cell of the study area with counts that add up, and Gi* that agrees with an all-pairs computation', async () => {
    const answer = await get<HotspotAnswer>(commander, `/api/analysis/hotspots?${period()}&cell=150`);
    const cols = await get<IncidentColumns>(commander, `/api/incidents?${period()}`);
    expect(answer.meta).toMatchObject({ cellSizeM: 150, epsg: 32648, fdr: true });
    expect(answer.features.length).toBe(answer.meta.cells);
    expect(answer.features.some((f) => f.properties.count === 0)).toBe(true);
    expect(answer.features.reduce((s, f) => s + f.properties.count, 0) + answer.meta.outside).toBe(cols.count);
    const z = slowGiStar(answer.features.map((f) => f.properties));
    const worst = Math.max(...answer.features.map((f, i) => Math.abs(f.properties.z - z[i])));
    expect(worst).toBeLessThan(1e-3); // the answer rounds z to 3 decimals
    const hot = answer.features.filter((f) => f.properties.class === 'hot-99');
    expect(hot.length).toBeGreaterThan(0);
    expect(hot.every((f) => f.properties.z > 0 && f.properties.p < 0.01)).toBe(true);
  });

  it('keeps to the caller’s jurisdiction', async () => {
    const all = await get<HotspotAnswer>(commander, `/api/analysis/hotspots?${period()}`);
    const own = await get<HotspotAnswer>(grid001, `/api/analysis/hotspots?${period()}`);
    const ownCols = await get<IncidentColumns>(grid001, `/api/incidents?${period()}`);
    expect(own.meta.cells).toBeLessThan(all.meta.cells / 10);
    expect(own.features.reduce((s, f) => s + f.properties.count, 0) + own.meta.outside).toBe(ownCols.count);
  });

  it('classes no cell from fewer than 30 incidents, and says how many it counted', async () => {
    // 03:00–04:00 of the last 7 days: a handful of incidents, from which Gi* alone made a dozen "99 %" hot spots (QA).
    const answer = await get<HotspotAnswer>(commander, `/api/analysis/hotspots?${lastWeek()}&hours=3`);
    expect(answer.meta.incidents).toBeGreaterThan(0);
    expect(answer.meta.incidents).toBeLessThan(30);
    expect(answer.meta.tooFew).toEqual({ incidents: answer.meta.incidents, minimum: 30 });
    expect(answer.features.filter((f) => f.properties.class !== 'none')).toEqual([]);
    // The cells and their counts stay: only the verdict is withheld.
    expect(answer.features.length).toBe(answer.meta.cells);
    expect(answer.features.reduce((s, f) => s + f.properties.count, 0)).toBe(answer.meta.incidents);
  });

  it('classes no cell of a jurisdiction with fewer than 30 incidents, and says the analysis kept to the jurisdiction', async () => {
    const own = await get<HotspotAnswer>(grid001, `/api/analysis/hotspots?${period()}`);
    expect(own.meta.incidents).toBeGreaterThan(0);
    expect(own.meta.incidents).toBeLessThan(30);
    expect(own.meta).toMatchObject({ scoped: true, tooFew: { incidents: own.meta.incidents, minimum: 30 } });
    expect(own.features.every((f) => f.properties.class === 'none')).toBe(true);
  });

  it('still finds hot cells under a narrow filter that leaves 30 incidents or more', async () => {
    const answer = await get<HotspotAnswer>(commander, `/api/analysis/hotspots?${period()}&hours=3`);
    expect(answer.meta.incidents).toBeGreaterThanOrEqual(30);
    expect(answer.meta.tooFew).toBeUndefined();
    expect(answer.meta.scoped).toBe(false);
    expect(answer.features.some((f) => f.properties.class.startsWith('hot-'))).toBe(true);
  });

  it('reads bare dates as whole days in Asia/Shanghai, the to day included', async () => {
    const answer = await get<ProfileAnswer>(commander, '/api/analysis/profile?from=2026-01-01&to=2026-01-31');
    expect(Date.parse(answer.from)).toBe(Date.parse('2026-01-01T00:00:00+08:00'));
    expect(Date.parse(answer.to)).toBe(Date.parse('2026-02-01T00:00:00+08:00'));
    const hot = await commander.request('/api/analysis/hotspots?from=2026-01-01&to=2026-01-01');
    expect(hot.status).toBe(200);
    expect(((await hot.json()) as HotspotAnswer).meta.to).toBe(new Date('2026-01-02T00:00:00+08:00').toISOString());
    for (const [q, field] of [['from=2026-02-30', 'from'], ['to=2026-13-01', 'to'], ['from=2026-01-03&to=2026-01-01', 'from']]) {
      const res = await commander.request(`/api/analysis/profile?${q}`);
      expect(res.status, q).toBe(400);
      expect(((await res.json()) as { issues: { field: string }[] }).issues.map((i) => i.field), q).toContain(field);
    }
  });

  it('says which of the chart’s weeks hold only part of the period', async () => {
    // Wednesday 7 January to Tuesday 24 March 2026 (77 days, so weeks): the first and the last week are cut.
    const cut = await get<ProfileAnswer>(commander, '/api/analysis/profile?from=2026-01-07&to=2026-03-24');
    expect(cut.series.bucket).toBe('week');
    expect(cut.series.buckets[0]).toBe('2026-01-05');
    expect(cut.series.clipped).toEqual({ first: true, last: true });
    // Monday 5 January to Sunday 22 March 2026: eleven whole weeks.
    const whole = await get<ProfileAnswer>(commander, '/api/analysis/profile?from=2026-01-05&to=2026-03-22');
    expect(whole.series.buckets).toHaveLength(11);
    expect(whole.series.clipped).toEqual({ first: false, last: false });
  });

  it('answers 400 naming the parameter for a bad cell size, period or category', async () => {
    for (const [q, field] of [['cell=10', 'cell'], ['cell=abc', 'cell'], [`from=${to}&to=${from}`, 'from'], ['categories=bad', 'categories'], ['coverage=2', 'coverage']]) {
      const res = await commander.request(`/api/analysis/hotspots?${q}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { issues: { field: string }[] }).issues.map((i) => i.field)).toContain(field);
    }
  });
});

describe('emerging hot spots, forecast, rates, profile, repeats', () => {
  it('labels emerging patterns over weekly slices', async () => {
    const answer = await get<EmergingAnswer>(commander, `/api/analysis/emerging?from=${encodeURIComponent(new Date(Date.parse(to) - 84 * 86_400_000).toISOString())}&to=${encodeURIComponent(to)}`);
    expect(answer.meta.slices).toBe(12);
    expect(answer.meta.tooFew).toBeUndefined();
    expect(answer.features.length).toBeGreaterThan(0);
    expect(answer.features.every((f) => f.properties.pattern !== 'none')).toBe(true);
  });

  it('finds no emerging pattern in weeks of fewer than 30 incidents, and says how many they held', async () => {
    const hotspots = await get<HotspotAnswer>(commander, `/api/analysis/hotspots?${lastWeek()}&hours=3`);
    const answer = await get<EmergingAnswer>(commander, `/api/analysis/emerging?${lastWeek()}&hours=3`);
    expect(answer.meta.slices).toBe(1);
    expect(hotspots.meta.incidents).toBeLessThan(30);
    expect(answer.meta.tooFew).toEqual({ incidents: hotspots.meta.incidents, minimum: 30 });
    expect(answer.features).toEqual([]);
  });

  it('forecasts next week’s cells covering the share asked for, with a back-test of method and baseline', async () => {
    const hotspots = await get<HotspotAnswer>(commander, `/api/analysis/hotspots?${period()}`);
    const answer = await get<ForecastAnswer>(commander, `/api/analysis/forecast?${period()}&coverage=0.05`);
    expect(answer.features.length).toBe(Math.floor(0.05 * hotspots.meta.cells));
    expect(answer.features.map((f) => f.properties.rank)).toEqual(answer.features.map((_, i) => i + 1));
    // Each cell's share of the area's forecast: in rank order, the picked 5% holding more than 5% of it.
    const shares = answer.features.map((f) => f.properties.share);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    const picked = shares.reduce((s, v) => s + v, 0);
    expect(picked).toBeGreaterThan(0.05);
    expect(picked).toBeLessThanOrEqual(1.0001);
    // Cells are named by place, as hot cells are: the demo's busiest cells lie among its addresses.
    expect(answer.features.filter((f) => f.properties.place).length).toBeGreaterThan(answer.features.length / 2);
    expect(answer.meta.backtest.testIncidents).toBeGreaterThan(0);
    expect(answer.meta.backtest.method.pai).toBeGreaterThan(1);
    expect(answer.meta.backtest.baseline.pai).toBeGreaterThan(1);
  });

  it('says which forecast model won the validation inside the period, with its PAI/PEI and the baselines’', async () => {
    const answer = await get<ForecastAnswer>(commander, `/api/analysis/forecast?${period()}&coverage=0.05`);
    const { selection } = answer.meta;
    expect(selection.folds).toBeGreaterThan(0);
    expect(ForecastMethodSchema.options).toContain(selection.chosen.method);
    expect(selection.priorCounts.method).toBe('prior-counts');
    expect(selection.kde.settings.bandwidthM).toBeGreaterThan(0);
    expect(selection.chosen.pai).toBeGreaterThanOrEqual(Math.max(selection.priorCounts.pai!, selection.kde.pai!));
    // Named Chinese first, then in English.
    // In Chinese, no English words mixed in (ETAS is the model's name).
    expect(answer.meta.method).toMatch(/^[\u4e00-\u9fff]+[（：]/);
    expect(answer.meta.method).not.toMatch(/[a-z]{3,}/);
  });

  it('gives rates per grid and per beat that add up to the profile’s total, with the change against the period before', async () => {
    const rates = await get<RatesAnswer>(commander, `/api/analysis/rates?${period()}`);
    const profile = await get<ProfileAnswer>(commander, `/api/analysis/profile?${period()}`);
    expect(rates.grids.length).toBe(208);
    expect(rates.grids.reduce((s, r) => s + r.count, 0)).toBe(profile.total);
    expect(rates.beats.reduce((s, r) => s + r.count, 0)).toBe(profile.total);
    expect(rates.grids.reduce((s, r) => s + r.previous, 0)).toBe(profile.previousTotal);
    expect(profile.changePct).toBeCloseTo(((profile.total - profile.previousTotal) / profile.previousTotal) * 100, 1);
    const r = rates.grids.find((g) => g.previous > 0 && g.residents > 0)!;
    expect(r.per1000).toBeCloseTo((r.count / r.residents) * 1000, 1);
    expect(r.changePct).toBeCloseTo(((r.count - r.previous) / r.previous) * 100, 1);
    expect(profile.matrix.flat().reduce((s, v) => s + v, 0)).toBe(profile.total);
    expect(profile.series.categories.reduce((s, c) => s + c.counts.reduce((a, b) => a + b, 0), 0)).toBe(profile.total);
  });

  it('lists every local day of the period in the categories over time, a grid’s quiet days as 0', async () => {
    const profile = await get<ProfileAnswer>(grid001, `/api/analysis/profile?${period()}`);
    const { bucket, buckets, categories } = profile.series;
    expect(bucket).toBe('day');
    // 28 days from a moment of the day: 29 local dates, one after the other.
    expect(buckets.length).toBe(29);
    expect(buckets.every((b, k) => k === 0 || Date.parse(b) - Date.parse(buckets[k - 1]) === 86_400_000)).toBe(true);
    const perDay = buckets.map((_, k) => categories.reduce((s, c) => s + c.counts[k], 0));
    expect(perDay.some((n) => n === 0), 'a single grid has days without incidents').toBe(true);
    expect(perDay.reduce((s, n) => s + n, 0)).toBe(profile.total);
  });

  it('compares a period still running (近28天 ends at tonight’s midnight) up to the same moment of the period before', async () => {
    const asked = Date.now();
    const runningTo = new Date(asked + 86_400_000).toISOString();
    const runningFrom = new Date(asked - 27 * 86_400_000).toISOString();
    const query = `from=${encodeURIComponent(runningFrom)}&to=${encodeURIComponent(runningTo)}`;
    const running = await get<ProfileAnswer>(commander, `/api/analysis/profile?${query}`);
    expect(running.partial).toBe(true);
    expect(Date.parse(running.until)).toBeGreaterThanOrEqual(asked);
    expect(Date.parse(running.until)).toBeLessThan(Date.parse(runningTo));
    expect(Date.parse(running.previousTo) - Date.parse(running.previousFrom)).toBe(Date.parse(running.until) - Date.parse(running.from));
    expect(Date.parse(running.from) - Date.parse(running.previousFrom)).toBe(28 * 86_400_000);
    const before = await get<ProfileAnswer>(commander, `/api/analysis/profile?from=${encodeURIComponent(running.previousFrom)}&to=${encodeURIComponent(running.previousTo)}`);
    expect(before.partial).toBe(false);
    expect(running.previousTotal).toBe(before.total);
    // The whole period before holds the day not yet matched: against it, every morning would read as a fall.
    const whole = await get<ProfileAnswer>(commander, `/api/analysis/profile?from=${encodeURIComponent(running.previousFrom)}&to=${encodeURIComponent(running.from)}`);
    expect(whole.total).toBeGreaterThan(running.previousTotal);
    const rates = await get<RatesAnswer>(commander, `/api/analysis/rates?${query}`);
    expect(rates.partial).toBe(true);
    expect(rates.grids.reduce((s, r) => s + r.previous, 0)).toBe(running.previousTotal);
    expect(rates.grids.reduce((s, r) => s + r.count, 0)).toBe(running.total);
  });

  it('gives no change where the period before starts ahead of the first incident on record, and says where the records begin', async () => {
    const { db } = database;
    const [first] = await queryRows<{ at: string }>(db, sql`SELECT to_json(min(occurred_at))#>>'{}' AS at FROM incidents`);
    const recordsFrom = Date.parse(first.at);
    // From the first record itself, so the period holds at least that incident: another file's back-filled call can be
    // the first record, years before the rest, and a period some days after it held none (seen on the shared database).
    const early = { from: new Date(recordsFrom).toISOString(), to: new Date(recordsFrom + 60 * 86_400_000).toISOString() };
    const q = `from=${encodeURIComponent(early.from)}&to=${encodeURIComponent(early.to)}`;
    const profile = await get<ProfileAnswer>(commander, `/api/analysis/profile?${q}`);
    expect(Date.parse(profile.recordsFrom!)).toBe(recordsFrom);
    expect(profile.previousOnRecord).toBe(false);
    expect(profile.total).toBeGreaterThan(0);
    expect(profile.changePct).toBeNull();
    const rates = await get<RatesAnswer>(commander, `/api/analysis/rates?${q}`);
    expect(rates.previousOnRecord).toBe(false);
    expect(rates.grids.every((r) => r.changePct === null)).toBe(true);
    // The last 28 days compare with 28 days well within the records.
    const recent = await get<ProfileAnswer>(commander, `/api/analysis/profile?${period()}`);
    expect(recent.previousOnRecord).toBe(true);
    expect(recent.changePct).not.toBeNull();
  });

  it('counts 实有人口 as every other view does: the map’s grids, and the summary for the whole jurisdiction', async () => {
    const rates = await get<RatesAnswer>(commander, `/api/analysis/rates?${period()}`);
    const grids = await get<{ features: { properties: { code: string; residents: number } }[] }>(commander, '/api/grids');
    const mapResidents = new Map(grids.features.map((f) => [f.properties.code, f.properties.residents]));
    for (const r of rates.grids) expect(r.residents, r.name).toBe(mapResidents.get(r.code));
    const summary = await get<{ residents: number }>(commander, '/api/stats/summary');
    expect(rates.grids.reduce((s, r) => s + r.residents, 0)).toBe(summary.residents);
  });

  it('lists near-repeat pairs within the distance and days, and repeat locations', async () => {
    const answer = await get<RepeatsAnswer>(commander, `/api/analysis/repeats?${period()}&distance=100&days=3`);
    expect(answer.meta.pairsFound).toBeGreaterThan(0);
    expect(answer.pairs.features.every((f) => f.properties.distanceM <= 100 && f.properties.days <= 3)).toBe(true);
    expect(answer.locations.features.every((f) => f.properties.count >= 3)).toBe(true);
  });

  it('is open to read-only staff (the role matrix checks the wall display is refused)', async () => {
    const viewer = await loginTo(app, 'viewer');
    expect((await viewer.request(`/api/analysis/profile?${period()}`)).status).toBe(200);
  });
});
