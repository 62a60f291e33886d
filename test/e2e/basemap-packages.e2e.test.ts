import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import gcoord from 'gcoord';
import type { APIRequestContext, Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  apiSession, captureMap, jumpMapTo, launchBrowser, logIn, mapBounds, mapLibreGlyphs, navigateTo, openApp, saveScreenshotTo, settle, toggleLayer, waitForMap,
  type AppPage,
} from './driver';

// The offline base maps police have, switched in by the administrator as a user would (PUT /api/admin/basemap),
// drawn in the browser; the built-in base map is restored after each.

type LngLat = [number, number];
const tid = (id: string) => `[data-testid="${id}"]`;
let browser: Browser;
let admin: { api: APIRequestContext; csrfToken: string };
const work = mkdtempSync(join(tmpdir(), 'jingwang-basemap-e2e-'));

async function switchBasemap(settings: Record<string, string>) {
  const res = await admin.api.put('/api/admin/basemap', { data: settings, headers: { 'x-csrf-token': admin.csrfToken } });
  expect(res.status(), await res.text()).toBe(200);
}

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await apiSession(inject('baseUrl'), { username: 'admin', password: inject('demoPassword') });
});
afterAll(async () => {
  await switchBasemap({ kind: 'builtin' });
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Web Mercator world pixel of a position at zoom z (256-pixel tiles). */
function worldPixel([lng, lat]: LngLat, z: number): [number, number] {
  const size = 256 * 2 ** z;
  const s = Math.sin((lat * Math.PI) / 180);
  return [((lng + 180) / 360) * size, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * size];
}

const metresBetween = (a: LngLat, b: LngLat) =>
  Math.hypot((a[0] - b[0]) * 111_320 * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * 110_574);

/** Centroid of the pixels of `png` that `match`, within `radius` px of `near` if given. */
function centroid(png: PNG, match: (r: number, g: number, b: number) => boolean, near?: [number, number], radius = Infinity) {
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      if (near && Math.hypot(x - near[0], y - near[1]) > radius) continue;
      const i = (y * png.width + x) * 4;
      if (match(png.data[i], png.data[i + 1], png.data[i + 2])) {
        sx += x;
        sy += y;
        n++;
      }
    }
  }
  return { at: [sx / n, sy / n] as [number, number], n };
}

const isMark = (r: number, g: number, b: number) => g > 140 && r < 90 && b < 90;

/** The patrol view with its first candidates loaded: it fits its map to them once, so a test moves the map after. */
async function openPatrolView(app: AppPage) {
  await navigateTo(app.page, 'patrol');
  await app.page.locator(`${tid('patrol-candidates')}[data-status="ready"]`).waitFor({ timeout: 60_000 });
  await waitForMap(app.page);
  await app.page.waitForTimeout(500);
}

describe('a GCJ-02 raster package (cut from an AMap-style source)', () => {
  const landmarkName = '达川区行政中心';
  let landmark: LngLat; // WGS 84, as stored
  let app: AppPage;

  beforeAll(async () => {
    const places = (await (await admin.api.get('/api/key-places')).json()) as { features: { properties: { name: string }; geometry: { coordinates: LngLat } }[] };
    landmark = places.features.find((f) => f.properties.name === landmarkName)!.geometry.coordinates;
    // Tiles at z17 around the landmark's GCJ-02 position: white paper with a green ring (radius 16–20 px) round it.
    const gcj = gcoord.transform(landmark, gcoord.WGS84, gcoord.GCJ02) as LngLat;
    const [px, py] = worldPixel(gcj, 17);
    const [tx, ty] = [Math.floor(px / 256), Math.floor(py / 256)];
    for (let x = tx - 3; x <= tx + 3; x++) {
      for (let y = ty - 2; y <= ty + 2; y++) {
        const png = new PNG({ width: 256, height: 256 });
        for (let j = 0; j < 256; j++) {
          for (let i = 0; i < 256; i++) {
            const d = Math.hypot(x * 256 + i + 0.5 - px, y * 256 + j + 0.5 - py);
            const ring = d >= 16 && d <= 20;
            const k = (j * 256 + i) * 4;
            png.data.set(ring ? [0, 170, 0, 255] : [255, 255, 255, 255], k);
          }
        }
        mkdirSync(join(work, 'gcj', '17', String(x)), { recursive: true });
        writeFileSync(join(work, 'gcj', '17', String(x), `${y}.png`), PNG.sync.write(png));
      }
    }
    await switchBasemap({ kind: 'xyz', path: join(work, 'gcj'), crs: 'gcj02' });
    app = await openApp(browser, inject('baseUrl'), '/');
    await logIn(app.page, { username: 'commander', password: inject('demoPassword') });
    await waitForMap(app.page);
  });
  afterAll(async () => app?.close());

  it('draws the WGS-84 landmark within 2 px of its mark on the GCJ-02 tiles at zoom 17', async () => {
    for (const layer of ['grids', 'heatmap', 'disputes', 'beats', 'stations', 'labels']) await toggleLayer(app.page, layer);
    await jumpMapTo(app.page, gcoord.transform(landmark, gcoord.WGS84, gcoord.GCJ02) as LngLat, 17);
    await settle(app.page);
    await saveScreenshotTo(app.page, 'test-results/basemap-gcj02.png');
    const png = await captureMap(app.page);
    const ring = centroid(png, isMark);
    expect(ring.n).toBeGreaterThan(200); // the whole ring is on screen
    // The key place's circle (purple, government) inside the ring.
    const marker = centroid(png, (r, g, b) => Math.abs(r - 117) < 40 && Math.abs(g - 112) < 40 && Math.abs(b - 179) < 40, ring.at, 15);
    expect(marker.n).toBeGreaterThan(20);
    expect(Math.hypot(marker.at[0] - ring.at[0], marker.at[1] - ring.at[1])).toBeLessThanOrEqual(2);
  });

  it('stores a point clicked on the mark at the landmark\'s WGS-84 position, within 1 m', async () => {
    await openPatrolView(app);
    // Choosing "start at a point" first: the view fits the jurisdiction and the start's circle when the start changes.
    await app.page.locator(tid('patrol-start-point')).check();
    await app.page.locator(tid('patrol-pick')).click();
    const gcj = gcoord.transform(landmark, gcoord.WGS84, gcoord.GCJ02) as LngLat;
    await jumpMapTo(app.page, gcj, 18); // z17 tiles drawn larger: a pixel is a quarter of a metre
    await settle(app.page);
    const png = await captureMap(app.page, 'patrol-map');
    const ring = centroid(png, isMark);
    expect(ring.n).toBeGreaterThan(200);
    const box = (await app.page.locator(`${tid('patrol-map')} ${tid('map')}`).boundingBox())!;
    await app.page.mouse.click(box.x + ring.at[0] + 0.5, box.y + ring.at[1] + 0.5);
    const planRequest = app.page.waitForRequest((r) => r.url().endsWith('/api/patrol/plan') && r.method() === 'POST');
    await app.page.locator(tid('patrol-generate')).click();
    const body = (await planRequest).postDataJSON() as { start: LngLat };
    expect(metresBetween(body.start, landmark)).toBeLessThanOrEqual(1);
  });
});

describe('a vector base map made by npm run basemap from the real Monaco extract', () => {
  const monaco: LngLat = [7.4246, 43.7384];
  let app: AppPage;
  const requests: string[] = [];
  beforeAll(async () => {
    const out = join(work, 'monaco.pmtiles');
    execFileSync(process.execPath, ['--import', 'tsx', 'server/scripts/basemap.ts', '--osm', 'test/fixtures/monaco/monaco.osm.gz', '--maxzoom', '15', '--out', out], { stdio: 'pipe' });
    await switchBasemap({ kind: 'pmtiles', path: out });
    app = await openApp(browser, inject('baseUrl'), '/');
    app.page.on('request', (r) => requests.push(r.url()));
    await logIn(app.page, { username: 'patrol', password: inject('demoPassword') });
    await openPatrolView(app);
    // The overlay: a patrol start picked on Monaco's streets. Choosing 'start at a point' and picking one each refit
    // the patrol map to the jurisdiction (in Dachuan) with the start, so the map is moved to Monaco after each.
    await app.page.locator(tid('patrol-start-point')).check();
    await settle(app.page);
    await jumpMapTo(app.page, monaco, 16);
    await app.page.locator(tid('patrol-pick')).click();
    const box = (await app.page.locator(`${tid('patrol-map')} ${tid('map')}`).boundingBox())!;
    await app.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await settle(app.page);
    await jumpMapTo(app.page, monaco, 16);
    await settle(app.page);
    await saveScreenshotTo(app.page, 'test-results/basemap-monaco.png');
  });
  afterAll(async () => app?.close());

  it('shows Monaco, with the start picked there', async () => {
    const [w, s, e, n] = await mapBounds(app.page);
    expect(w < monaco[0] && monaco[0] < e && s < monaco[1] && monaco[1] < n).toBe(true);
    expect(e - w).toBeLessThan(0.05);
    const [lng, lat] = (await app.page.locator(tid('patrol-point-lnglat')).textContent())!.split(',').map(Number);
    expect(metresBetween([lng, lat], monaco)).toBeLessThan(100);
  });

  it('draws Monaco\'s streets: the map is mostly not blank paper', async () => {
    const png = await captureMap(app.page, 'patrol-map');
    let inked = 0;
    for (let i = 0; i < png.data.length; i += 4) if (Math.abs(png.data[i] - 243) + Math.abs(png.data[i + 1] - 241) + Math.abs(png.data[i + 2] - 236) > 30) inked++;
    expect(inked / (png.width * png.height)).toBeGreaterThan(0.2);
  });

  it('draws its road names in the shipped font', async () => {
    // Letters of Monaco's street names (Boulevard, Avenue, Rue …), drawn by MapLibre from the shipped font.
    const g = await mapLibreGlyphs(app.page, ['B', 'o', 'u', 'l', 'e', 'v', 'a', 'r', 'd']);
    expect(g.found).toBeGreaterThanOrEqual(6);
    expect(g.leastDifference).toBeGreaterThan(5);
  });

  it('reads every tile from the app\'s own origin', () => {
    const base = inject('baseUrl');
    expect(requests.filter((u) => u.includes('/basemap/tiles/')).length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
  });
});
