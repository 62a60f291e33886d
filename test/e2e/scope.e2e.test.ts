import { booleanPointInPolygon, centroid, point, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Summary } from '../../core/contracts/summary';
import { apiSession, browserPerFile, layersDrawn, logIn, mapBounds, openApp, pickAt, saveScreenshotTo, settle, waitForMap, type AppPage } from './driver';

// Issue 12, item 2: every scoped role opens on its jurisdiction, sees its totals labelled as such, finds what lies
// outside faded and inert, and is told 无权访问 (with what it may use) at an address it may not open.
// One sign-in a role: software WebGL is slow. On a loaded 2-core machine a first map took over two minutes, so the
// waits are generous; an unloaded run takes some 20 s a test.
const mapWaitMs = 240_000;
const testTimeoutMs = 420_000;

const tid = (id: string) => `[data-testid="${id}"]`;
type Bounds = [number, number, number, number];
type GridFeature = Feature<Geometry, { code: string; name: string; inScope: boolean }>;

const { browser, opened } = browserPerFile();
let app: AppPage | undefined;

/** What the API says of the user's jurisdiction (the box computed by PostGIS) and the grids it marks. */
async function jurisdictionOf(username: string): Promise<{ summary: Summary; grids: GridFeature[] }> {
  const { api } = await apiSession(inject('baseUrl'), { username, password: inject('demoPassword') });
  const summary = (await (await api.get('/api/stats/summary')).json()) as Summary;
  const grids = ((await (await api.get('/api/grids')).json()) as FeatureCollection<Geometry, GridFeature['properties']>).features;
  await api.dispose();
  return { summary, grids };
}

async function signInToMap(username: string): Promise<Page> {
  app = opened(await openApp(browser(), inject('baseUrl'), '/'));
  await logIn(app.page, { username, password: inject('demoPassword') });
  await waitForMap(app.page, mapWaitMs);
  await settle(app.page);
  return app.page;
}

/** The map shows all of the box, and not much more: along its tighter side the view is under twice the box. */
function expectOpenedOn(view: Bounds, box: Bounds) {
  expect(view[0]).toBeLessThanOrEqual(box[0]);
  expect(view[1]).toBeLessThanOrEqual(box[1]);
  expect(view[2]).toBeGreaterThanOrEqual(box[2]);
  expect(view[3]).toBeGreaterThanOrEqual(box[3]);
  const ratio = Math.min((view[2] - view[0]) / (box[2] - box[0]), (view[3] - view[1]) / (box[3] - box[1]));
  expect(ratio).toBeLessThan(2);
}

/** Opens an address the role may not open: the page says so and why (first line), offers the map; the address stays. */
async function expectNoAccess(page: Page, path: string, reason: string, screenshot: string) {
  await page.goto(inject('baseUrl') + path);
  await page.locator(tid('no-access')).waitFor({ timeout: mapWaitMs });
  await expect(page.locator(`${tid('no-access')} h2`).innerText()).resolves.toBe('无权访问');
  await expect(page.locator(tid('no-access-reason')).innerText()).resolves.toBe(reason);
  expect(await page.locator(tid('no-access-link-map')).getAttribute('href')).toBe('/');
  expect(new URL(page.url()).pathname).toBe(path);
  // A card of its own size, not a sheet the height of the page.
  const card = (await page.locator(tid('no-access')).boundingBox())!;
  expect(card.height).toBeLessThan(page.viewportSize()!.height / 2);
  await saveScreenshotTo(page, screenshot);
}

describe('views by jurisdiction', () => {
  it('opens a grid leader on its grid, labelled 本网格, with the other grids faded and inert, and refuses /planner', async () => {
    const { summary, grids } = await jurisdictionOf('grid001');
    const page = await signInToMap('grid001');
    expectOpenedOn(await mapBounds(page), summary.jurisdiction.bbox!);
    await expect(page.locator(tid('figures-jurisdiction')).innerText()).resolves.toBe('本网格');
    await expect(page.locator(tid('figures-jurisdiction-names')).innerText()).resolves.toBe(summary.jurisdiction.names[0]);
    await expect(page.locator(`${tid('figure-grids')} dd`).innerText()).resolves.toBe('1');
    await saveScreenshotTo(page, '/tmp/jingwang-scope-grid001.png');
    // Its own grid answers a pointer; the neighbours on screen are drawn but pick nothing (no tooltip, no click).
    // Probed on a lattice over the view, at places inside another grid and 20 m clear of its own (a pick takes in outlines).
    const own = grids.find((g) => g.properties.inScope)! as Feature<Polygon | MultiPolygon>;
    const ownCentre = centroid(own);
    expect(booleanPointInPolygon(ownCentre, own)).toBe(true);
    expect((await pickAt(page, [ownCentre.geometry.coordinates as [number, number]]))[0].layer).toBe('grid-fill');
    const [w, s, e, n] = await mapBounds(page);
    const others = grids.filter((f) => !f.properties.inScope) as Feature<Polygon | MultiPolygon>[];
    const probes: [number, number][] = [];
    for (let i = 0; i < 12; i++) {
      for (let j = 0; j < 12; j++) {
        const at = point([w + ((e - w) * (i + 0.5)) / 12, s + ((n - s) * (j + 0.5)) / 12]);
        if (pointToPolygonDistance(at, own, { units: 'meters' }) >= 20 && others.some((g) => booleanPointInPolygon(at, g))) probes.push(at.geometry.coordinates as [number, number]);
      }
    }
    const shown = (await pickAt(page, probes)).filter((p) => p.onMap);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((p) => p.layer === 'grid-fill')).toEqual([]);
    expect(await layersDrawn(page)).toContain('outside-scope');
    await expectNoAccess(page, '/planner', '您的角色“网格长”无权打开“网格规划”页面。', '/tmp/jingwang-scope-grid001-planner.png');
    // Another grid's page, typed in: 无权访问, first saying which grid and naming the jurisdiction (not blaming the role, nor the page's load error).
    const other = others[0].properties as GridFeature['properties'];
    const outside = `${other.name}不在您的辖区（${summary.jurisdiction.names[0]}）内，无权查看。`;
    await expectNoAccess(page, `/grids/${other.code}`, outside, '/tmp/jingwang-scope-grid001-other-grid.png');
    expect(await page.locator(`${tid('grid-page')} .error`).count()).toBe(0);
  }, testTimeoutMs);

  it("opens a community officer's map and analysis on its beat, labelled 本警格, and refuses the user list", async () => {
    const { summary } = await jurisdictionOf('officer01');
    const page = await signInToMap('officer01');
    const box = summary.jurisdiction.bbox!;
    expectOpenedOn(await mapBounds(page), box);
    await expect(page.locator(tid('figures-jurisdiction')).innerText()).resolves.toBe('本警格');
    await expect(page.locator(tid('figures-jurisdiction-names')).innerText()).resolves.toBe(summary.jurisdiction.names[0]);
    await saveScreenshotTo(page, '/tmp/jingwang-scope-officer01.png');
    // A community drawn on their map but outside the beat: the search says so instead of 没有找到.
    await page.locator(tid('map-search-input')).fill('南山社区');
    await expect(page.locator(tid('map-search-note')).filter({ hasText: '辖区' }).innerText()).resolves.toBe(`「南山社区」不在您的辖区（${summary.jurisdiction.names[0]}）内`);
    await page.locator(tid('map-search-input')).fill('');
    // The analysis view's own map (it takes over window.__jingwang once mounted) opens on the beat too.
    await page.locator(tid('nav-analysis')).click();
    await page.locator(`${tid('analysis-map')}[data-ready="true"]`).waitFor({ timeout: mapWaitMs });
    await waitForMap(page, mapWaitMs);
    await settle(page);
    expectOpenedOn(await mapBounds(page), box);
    await saveScreenshotTo(page, '/tmp/jingwang-scope-officer01-analysis.png');
    await expectNoAccess(page, '/admin/users', '您的角色“社区民警”无权打开“用户”页面。', '/tmp/jingwang-scope-officer01-users.png');
  }, testTimeoutMs);

  it("opens a patrol leader on its station's area, labelled 本所辖区, and refuses the residents list", async () => {
    const { summary } = await jurisdictionOf('patrol');
    const page = await signInToMap('patrol');
    expectOpenedOn(await mapBounds(page), summary.jurisdiction.bbox!);
    await expect(page.locator(tid('figures-jurisdiction')).innerText()).resolves.toBe('本所辖区');
    await saveScreenshotTo(page, '/tmp/jingwang-scope-patrol.png');
    await expectNoAccess(page, '/residents', '您的角色“巡防指挥”无权打开“实有人口”页面。', '/tmp/jingwang-scope-patrol-residents.png');
  }, testTimeoutMs);

  it('opens a viewer on the whole district, labelled 全区, with nothing faded, and refuses the residents list', async () => {
    const { summary, grids } = await jurisdictionOf('viewer');
    expect(grids.every((g) => g.properties.inScope)).toBe(true);
    const page = await signInToMap('viewer');
    expectOpenedOn(await mapBounds(page), summary.jurisdiction.bbox!);
    await expect(page.locator(tid('figures-jurisdiction')).innerText()).resolves.toBe('全区');
    // The count is the API's, not a constant: the planner's browser test may publish a plan (adding a grid) first.
    await expect(page.locator(`${tid('figure-grids')} dd`).innerText()).resolves.toBe(grids.length.toLocaleString('zh-CN'));
    expect(await layersDrawn(page)).not.toContain('outside-scope');
    await expectNoAccess(page, '/residents', '您的角色“只读用户”无权打开“实有人口”页面。', '/tmp/jingwang-scope-viewer-residents.png');
  }, testTimeoutMs);
});
