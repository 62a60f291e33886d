import type { Browser, BrowserContext } from 'playwright-core';
import type { TileJson } from '../../core/contracts/tiles';
import { launchBrowser } from '../e2e/driver';
import { browserCookies, ensureClientBuild, getJson, logIn, startServer } from './bench-server';
import { formatRatios, median, timeInterleaved } from './measure';

// Issue 14, part 2: the main map drawing building footprints from /tiles/buildings (tile by tile, for the view)
// against the path it replaced, every footprint of the district as one GeoJSON answer loaded at z15 (the test build's
// `?buildings=geojson`). Headless Chromium (software WebGL), a commander, a fresh context (cold HTTP cache) each run:
// the map page loads, then jumps to z16 over the centre of the grids; timed from the jump to the first idle frame with
// footprints drawn. The byte counts are what the page received for the footprints (bodies, decompressed).

const viewport = { width: 1600, height: 900 };
const runs = 5;

type Path = 'tiles' | 'geojson';
interface DrawRun {
  ms: number;
  footprints: number;
  bytes: number;
  requests: number;
}

/**
 * In the page: jump to z16 at `centre` and answer when an idle frame has footprints drawn. A string, not a function:
 * tsx compiles named inner functions with a __name helper the page does not have.
 */
const jumpAndTime = ([lng, lat]: [number, number]) => `new Promise((resolve, reject) => {
  const map = window.__jingwang.map;
  const started = performance.now();
  const timer = setTimeout(() => reject(new Error('no footprints drawn within 120 s')), 120000);
  const check = () => {
    const footprints = map.queryRenderedFeatures({ layers: ['building'] }).length;
    if (footprints === 0) return void map.once('idle', check);
    clearTimeout(timer);
    resolve({ ms: performance.now() - started, footprints });
  };
  map.jumpTo({ center: [${lng}, ${lat}], zoom: 16 });
  map.once('idle', check);
})`;

async function drawAtStreetZoom(browser: Browser, baseUrl: string, cookies: Parameters<BrowserContext['addCookies']>[0], path: Path, centre: [number, number]): Promise<DrawRun> {
  const context = await browser.newContext({ viewport, baseURL: baseUrl });
  try {
    await context.addCookies(cookies);
    const page = await context.newPage();
    await page.goto(path === 'geojson' ? `${baseUrl}/?buildings=geojson` : `${baseUrl}/`);
    await page.waitForFunction(() => window.__jingwang?.ready === true, null, { timeout: 120_000, polling: 250 });
    // Counted from Node: MapLibre fetches tiles in its web workers, whose requests the page's resource timing omits.
    const bodies: Promise<number>[] = [];
    context.on('response', (r) => {
      if (/\/tiles\/buildings|\/api\/basemap\/buildings/.test(r.url())) bodies.push(r.body().then((b) => b.length, () => 0));
    });
    const drawn = (await page.evaluate(jumpAndTime(centre))) as Pick<DrawRun, 'ms' | 'footprints'>;
    const sizes = await Promise.all(bodies);
    return { ...drawn, bytes: sizes.reduce((a, b) => a + b, 0), requests: sizes.length };
  } finally {
    await context.close();
  }
}

export async function runMapTilesBench(): Promise<string[]> {
  const lines = [`Building footprints on the main map at z16, tiles against one whole GeoJSON, headless Chromium (software WebGL), ${viewport.width}×${viewport.height}`];
  const built = await ensureClientBuild();
  if (built) lines.push(built);
  const server = await startServer();
  const { baseUrl } = server;
  let browser: Browser | undefined;
  try {
    if (server.seeded) lines.push('  (fresh database: demo data seeded first)');
    const session = await logIn(baseUrl, 'commander');
    const tileJson = await getJson<TileJson>(baseUrl, session.cookie, '/tiles/buildings.json');
    const centre: [number, number] = [tileJson.center[0], tileJson.center[1]];
    const cookies = browserCookies(baseUrl, session);
    browser = await launchBrowser();
    const seen: Record<Path, DrawRun[]> = { tiles: [], geojson: [] };
    const timings = await timeInterleaved(
      (['geojson', 'tiles'] as const).map((path) => ({
        label: path === 'geojson' ? 'whole GeoJSON (/api/basemap/buildings), jump to z16 → footprints drawn' : 'vector tiles (/tiles/buildings), jump to z16 → footprints drawn',
        run: async () => seen[path].push(await drawAtStreetZoom(browser!, baseUrl, cookies, path, centre)),
      })),
      runs,
    );
    // The page's own clock from the jump, not Node's (which includes the page load): the figure the ratio is of.
    const pageTimings = timings.map((t, k) => ({ label: t.label, runsMs: seen[k === 0 ? 'geojson' : 'tiles'].slice(1).map((r) => r.ms) }));
    lines.push(`  Median of ${runs} fresh pages, ms from the jump to the first idle frame with footprints (page clock):`);
    lines.push(...formatRatios(pageTimings).map((l) => '  ' + l));
    for (const path of ['geojson', 'tiles'] as const) {
      const r = seen[path].slice(1);
      lines.push(`  ${path}: ${median(r.map((x) => x.requests))} requests, ${(median(r.map((x) => x.bytes)) / 1024).toFixed(0)} KB received, ${median(r.map((x) => x.footprints))} footprints drawn in view`);
    }
    return lines;
  } finally {
    await browser?.close();
    await server.stop();
  }
}
