import { pointOnFeature } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Scope } from '../../core/contracts/auth';
import { createIncident } from '../../server/db/repos/incidents-write.repo';
import { openDatabase } from '../../server/db/engine';
import { adminSession, apiSession, browserPerFile, captureWallMap, distinctColours, openWall, readWallHooks, waitForWall, wallTokenPerFile, type AppPage } from './driver';

// The wall runs for days unattended: it must survive a server restart (and replay what it missed), a lost
// WebGL context, and hundreds of scene changes and thousands of live incidents without its heap growing.

const tid = (id: string) => `[data-testid="${id}"]`;
const { browser, opened } = browserPerFile();
const { token: wallToken } = wallTokenPerFile('e2e resilience wall');
let wall: AppPage | undefined;
let points: [number, number][] = [];

beforeAll(async () => {
  const { api } = await adminSession();
  const grids = (await (await api.get('/api/grids')).json()) as FeatureCollection<Polygon | MultiPolygon>;
  points = grids.features.map((f) => pointOnFeature(f).geometry.coordinates as [number, number]);
  await api.dispose();
});
const control = async (action: 'stop' | 'start') => {
  const res = await fetch(`${inject('controlUrl')}/${action}`, { method: 'POST' });
  expect(res.status, await res.text()).toBe(200);
};
const connectionState = (page: Page) => page.locator(tid('wall-connection')).getAttribute('data-state');

describe('the wall keeps working', () => {
  it('through a server restart, and shows the incidents created while the server was down', async () => {
    wall = opened(await openWall(browser(), inject('baseUrl'), `/wall?token=${wallToken()}`, { width: 1280, height: 720 }));
    await waitForWall(wall.page);
    await wall.page.locator(tid('wall-connection') + '[data-state="live"]').waitFor({ timeout: 10_000 });
    await wall.page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    await control('stop');
    await expect.poll(() => connectionState(wall!.page), { timeout: 15_000 }).not.toBe('live');
    // With the API down, write straight to its database, as another API process would.
    const database = await openDatabase({ databaseUrl: inject('databaseUrl') || undefined, dataDir: inject('dataDir') });
    const district: Scope = { kind: 'district', codes: [] };
    const created: number[] = [];
    for (const [lng, lat] of points.slice(0, 3)) {
      const r = await createIncident(database.db, { categoryCode: 'NOISE', source: '110', lng, lat }, district);
      if (r.ok) created.push(r.incident.id);
    }
    await database.close();
    expect(created).toHaveLength(3);
    await control('start');

    for (const id of created) await wall.page.locator(tid(`wall-feed-item-${id}`)).waitFor({ timeout: 45_000 });
    await expect.poll(() => connectionState(wall!.page), { timeout: 15_000 }).toBe('live');
    expect(await wall.page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  it('through its font failing to load, reloading itself once the server answers so no place name stays a box', async () => {
    // The font's subsets fail in the first page as they would with the server down while the wall loads; the
    // server is back for any page after it. Counted by the main frame's document requests, not by a timer: the wall looks
    // every 5 s and may reload before a test step could lift a block by hand.
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    let documents = 0;
    let aborted = 0;
    // A document's own request, so the token leaving the address bar (history.replaceState) does not count as one.
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) documents++;
    });
    await context.route('**/noto-sans-sc-*', (route) => (documents <= 1 ? (aborted++, route.abort()) : route.continue()));
    try {
      await page.goto(`${inject('baseUrl')}/wall?token=${wallToken()}`);
      await expect.poll(() => aborted, { timeout: 15_000 }).toBeGreaterThan(0);
      await expect.poll(() => documents, { timeout: 30_000 }).toBeGreaterThan(1); // the wall's own reload
      await waitForWall(page);
      const failedFaces = () => page.evaluate(() => [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Noto Sans SC' && f.status === 'error').length);
      await expect.poll(() => page.evaluate(() => document.fonts.ready.then(() => [...document.fonts].filter((f) => f.status === 'loaded').length)), { timeout: 15_000 }).toBeGreaterThan(0);
      expect(await failedFaces()).toBe(0);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('through a lost WebGL context, without reloading the page', async () => {
    wall = opened(await openWall(browser(), inject('baseUrl'), `/wall?token=${wallToken()}`, { width: 1280, height: 720 }));
    await waitForWall(wall.page);
    await wall.page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const before = (await readWallHooks(wall.page)).contextLosses;
    await wall.page.evaluate(async () => {
      const canvases = [...document.querySelectorAll('[data-testid="wall-map"] canvas')] as HTMLCanvasElement[];
      const exts = canvases.map((c) => (c.getContext('webgl2') ?? c.getContext('webgl'))?.getExtension('WEBGL_lose_context'));
      exts.forEach((e) => e?.loseContext());
      await new Promise((r) => setTimeout(r, 500));
      exts.forEach((e) => e?.restoreContext());
    });
    await expect.poll(async () => (await readWallHooks(wall!.page)).contextLosses, { timeout: 10_000 }).toBeGreaterThan(before);
    await waitForWall(wall.page, 30_000);
    await wall.page.waitForTimeout(1500);
    expect(distinctColours(await captureWallMap(wall.page))).toBeGreaterThan(50);
    expect(await wall.page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  // CI runs a short soak that still catches a leak per scene or per incident; `npm run load:wall` runs the long one
  // (120 scenes, 1,200 incidents) and its figures go in the issue note.
  const soakScenes = Number(process.env.WALL_SOAK_SCENES ?? 24);
  it(`through ${soakScenes} scene rotations and ${soakScenes * 10} live incidents with its JS heap growing less than 20%`, async () => {
    // A small window keeps software WebGL fast enough; the stage scales, so the work per scene is the same.
    wall = opened(await openWall(browser(), inject('baseUrl'), `/wall?token=${wallToken()}&kiosk=1&interval=0.05`, { width: 800, height: 450 }));
    await waitForWall(wall.page);
    await wall.page.locator(tid('wall-connection') + '[data-state="live"]').waitFor({ timeout: 10_000 });
    const cdp = await wall.context.newCDPSession(wall.page);
    const heapMb = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
    };
    const { api, csrfToken } = await apiSession(inject('baseUrl'), { username: 'commander', password: inject('demoPassword') });
    const scenes0 = (await readWallHooks(wall.page)).scenesShown;
    const events0 = (await readWallHooks(wall.page)).eventsReceived;
    const samples: number[] = [];
    // Ten incidents a scene, in batches of 20: software WebGL shows about one scene a second here.
    const totalIncidents = soakScenes * 10;
    const batch = 20;
    for (let sent = 0; sent < totalIncidents; sent += batch) {
      await Promise.all(
        Array.from({ length: batch }, (_, i) => {
          const [lng, lat] = points[(sent + i) % points.length];
          return api.post('/api/incidents', { data: { categoryCode: 'NOISE', source: '110', lng, lat }, headers: { 'x-csrf-token': csrfToken } });
        }),
      );
      if (Math.floor((sent + batch) / (totalIncidents / 4)) > Math.floor(sent / (totalIncidents / 4))) samples.push(await heapMb());
    }
    await api.dispose();
    await wall.page.waitForFunction(
      ([s, e, n]) => {
        const w = (window as unknown as { __wall: { scenesShown: number; eventsReceived: number } }).__wall;
        return w.scenesShown >= s + n / 10 && w.eventsReceived >= e + n;
      },
      [scenes0, events0, totalIncidents],
      { timeout: 400_000, polling: 1000 },
    );
    samples.push(await heapMb());
    const hooks = await readWallHooks(wall.page);
    const growth = samples[samples.length - 1] / samples[0] - 1;
    console.log(
      `wall endurance: ${hooks.scenesShown - scenes0} scenes, ${hooks.eventsReceived - events0} live incidents; ` +
        `heap after each quarter ${samples.map((m) => m.toFixed(1)).join(' → ')} MiB; growth first→last quarter ${(growth * 100).toFixed(1)}%`,
    );
    expect(hooks.eventsReceived - events0).toBeGreaterThanOrEqual(totalIncidents);
    expect(growth).toBeLessThan(0.2);
    expect(wall.pageErrors).toEqual([]);
  }, 600_000);
});
