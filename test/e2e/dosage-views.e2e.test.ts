import { pointOnFeature } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SavedPatrolRoute } from '../../core/contracts/patrol';
import { apiSession, browserPerFile, logIn, navigateTo, openApp } from './driver';

/*
 * Issue 16's views of dosage, in a browser: the patrol view's 执行情况 of a saved route and the analysis view's
 * 巡后警情对比. A patrol leader saves a route; officer01 walks it yesterday evening through the field API (first stop
 * on time, second 25 minutes late, the rest skipped).
 */
const tid = (id: string) => `[data-testid="${id}"]`;
const MIN = 60_000;
const files = browserPerFile();
let leader: { api: APIRequestContext; csrfToken: string };
let route: SavedPatrolRoute;
let patrolId = '';

async function call(s: { api: APIRequestContext; csrfToken: string }, method: 'post' | 'get' | 'delete', path: string, data?: unknown) {
  const res = await s.api[method](path, { data, headers: { 'x-csrf-token': s.csrfToken } });
  if (!res.ok()) throw new Error(`${method} ${path} answered ${res.status()}: ${await res.text()}`);
  return res.status() === 204 ? null : await res.json();
}

beforeAll(async () => {
  const baseUrl = inject('baseUrl');
  const password = inject('demoPassword');
  leader = await apiSession(baseUrl, { username: 'patrol', password });
  const assignees = (await call(leader, 'get', '/api/patrol/assignees')) as { id: string; kind: string }[];
  const fields = { stationCode: assignees.find((a) => a.kind === 'station')!.id.slice('station:'.length), window: { start: '19:00', end: '21:00' }, mode: 'foot', budgetMin: 90, dwellMin: 10 };
  const { candidates: _c, start: _s, window: _w, weekdays: _d, mode: _m, budgetMin: _b, dwellMin: _dw, ...plan } = await call(leader, 'post', '/api/patrol/plan', { ...fields, maxCandidates: 4 });
  route = await call(leader, 'post', '/api/patrol/routes', { ...fields, name: '执行情况测试路线', assignedTo: assignees.find((a) => a.kind === 'beat')!.id, plan });
  const stops = (await call(leader, 'get', `/api/patrol/routes/${route.id}`)).plan.stops as { lngLat: [number, number]; arrivalMin: number; departureMin: number }[];
  // Yesterday's 19:00 in Dachuan.
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const startMs = Date.parse(`${today}T19:00:00+08:00`) - 86_400_000;
  const officer = await apiSession(baseUrl, { username: 'officer01', password });
  patrolId = crypto.randomUUID();
  await call(officer, 'post', '/api/field/patrols', { id: patrolId, routeId: route.id, startedAt: new Date(startMs).toISOString() });
  const pings: { at: string; position: [number, number]; accuracyM: number }[] = [];
  const stay = (lngLat: [number, number], fromMs: number, minutes: number) => {
    for (let t = fromMs; t <= fromMs + minutes * MIN; t += 10_000) pings.push({ at: new Date(t).toISOString(), position: lngLat, accuracyM: 6 });
  };
  stay(stops[0].lngLat, startMs + stops[0].arrivalMin * MIN, 12);
  stay(stops[1].lngLat, startMs + (stops[1].departureMin + 25) * MIN, 6);
  for (let i = 0; i < pings.length; i += 100) await call(officer, 'post', '/api/field/pings', { patrolId, pings: pings.slice(i, i + 100) });
  await call(officer, 'post', `/api/field/patrols/${patrolId}/end`, { endedAt: new Date(Date.parse(pings.at(-1)!.at) + MIN).toISOString() });
});

afterAll(async () => {
  // The next files find the saved routes as the seed left them.
  if (route) await call(leader, 'delete', `/api/patrol/routes/${route.id}`);
});

describe('the dosage views (issue 16), in headless Chromium', () => {
  it('shows a saved route’s patrol in 执行情况: each stop by name, on time, late or skipped', async () => {
    const app = files.opened(await openApp(files.browser(), inject('baseUrl'), '/patrol'));
    await logIn(app.page, { username: 'patrol', password: inject('demoPassword') });
    await app.page.locator(`${tid('patrol-saved-row')}[data-id="${route.id}"] ${tid('patrol-open')}`).click();
    const panel = app.page.locator(`${tid('patrol-adherence')}[data-status="ready"]`);
    // This patrol's row: the panel lists every saved route's patrols until the route's own answer arrives, and other
    // files' patrols (the field app's) may be among them.
    const row = panel.locator(`${tid('adherence-row')}[data-id="${patrolId}"]`);
    await row.waitFor({ timeout: 30_000 });
    const text = await row.innerText();
    expect(await panel.innerText()).toContain('执行情况');
    expect(await panel.innerText()).toContain('执行情况测试路线');
    // The click on 打开 reloads the panel for that route (its rows leave the page while it loads): read the stops again
    // until the route's own answer shows them.
    const statuses = () => row.locator('.adherence-stops li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-status')));
    let stops: (string | null)[] = [];
    await expect.poll(async () => (stops = await statuses()).slice(0, 2), { timeout: 30_000 }).toEqual(['on_time', 'late']);
    expect(stops.slice(2).every((s) => s === 'skipped')).toBe(true);
    expect(await row.locator(tid('adherence-counts')).innerText()).toMatch(new RegExp(`^2/${stops.length} 到 · 1 准时 · ${stops.length - 2} 漏$`));
    // Stops by their places' names, never by a cell code.
    expect(text).not.toMatch(/cell-\d+-\d+/);
    expect(app.pageErrors).toEqual([]);
  });

  it('shows the main map’s dosage legend whole on a 1600×1000 screen once 巡防剂量 is on', async () => {
    const app = files.opened(await openApp(files.browser(), inject('baseUrl'), '/'));
    await logIn(app.page, { username: 'commander', password: inject('demoPassword') });
    await app.page.locator(tid('layer-toggle-dosage')).check();
    const legend = app.page.locator(tid('legend-dosage'));
    await legend.waitFor();
    expect(await legend.innerText()).toContain('未到访');
    // Whole on the screen without scrolling a panel: it once fell below the left panel's fold.
    const box = await legend.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(1000);
    expect(await legend.evaluate((el) => el.getBoundingClientRect().bottom <= (el.closest('.panel') as HTMLElement).getBoundingClientRect().bottom)).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });

  it('shows a grid leader his grid staff on patrol on the main map with 巡防剂量, by name and the place the server named', async () => {
    const baseUrl = inject('baseUrl');
    const password = inject('demoPassword');
    const gridLeader = await apiSession(baseUrl, { username: 'grid001', password });
    const grids = (await call(gridLeader, 'get', '/api/grids')) as FeatureCollection<Polygon | MultiPolygon, { code: string; name: string; inScope?: boolean }>;
    const own = grids.features.find((f) => f.properties.inScope !== false && f.geometry)!;
    const [lng, lat] = pointOnFeature(own).geometry.coordinates;
    const worker = await apiSession(baseUrl, { username: 'worker001', password });
    const walking = crypto.randomUUID();
    await call(worker, 'post', '/api/field/patrols', { id: walking, startedAt: new Date(Date.now() - 2 * MIN).toISOString() });
    try {
      await call(worker, 'post', '/api/field/pings', { patrolId: walking, pings: [{ at: new Date(Date.now() - 5_000).toISOString(), position: [lng, lat], accuracyM: 8 }] });
      const app = files.opened(await openApp(files.browser(), baseUrl, '/'));
      await logIn(app.page, { username: 'grid001', password });
      await app.page.locator(tid('layer-toggle-dosage')).check();
      const drawn = () => app.page.evaluate(() => {
        const deck = (window as unknown as { __jingwang?: { deck?: { props: { layers: { id: string; props: { data: { name: string; place: string | null }[]; visible: boolean } }[] } } } }).__jingwang?.deck;
        const layer = deck?.props.layers.find((l) => l.id === 'unit-positions');
        return layer && layer.props.visible ? layer.props.data.map((u) => `${u.name}@${u.place}`) : [];
      });
      // worker001 (the grid's worker, named by his person) where his ping put him, in the grid the server names.
      await expect.poll(async () => (await drawn()).some((d) => !d.startsWith('worker001@') && d.endsWith(`@${own.properties.name}`)), { timeout: 30_000 }).toBe(true);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await call(worker, 'post', `/api/field/patrols/${walking}/end`, { endedAt: new Date().toISOString() });
      await worker.api.dispose();
      await gridLeader.api.dispose();
    }
  });

  it('shows 巡后警情对比 beside the analysis view’s dosage layer, with sample sizes and the caveat', async () => {
    const app = files.opened(await openApp(files.browser(), inject('baseUrl'), '/analysis'));
    await logIn(app.page, { username: 'commander', password: inject('demoPassword') });
    await navigateTo(app.page, 'analysis');
    await app.page.locator(tid('analysis-layer-dosage')).check();
    const panel = app.page.locator(`${tid('analysis-effect')}[data-status="ready"]`);
    await panel.locator(tid('effect-row')).first().waitFor({ timeout: 60_000 });
    expect(await panel.locator(tid('analysis-effect-caveat')).innerText()).toContain('不表明因果');
    const visited = panel.locator(`${tid('effect-row')}:not([data-visits="0"])`);
    expect(await visited.count()).toBeGreaterThan(0);
    expect(await visited.first().innerText()).toMatch(/\d+ 起 \/ \d+ 小时/);
    expect(app.pageErrors).toEqual([]);
  });
});
