import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../e2e/driver';
import { browserCookies, ensureClientBuild, logIn, startServer } from './bench-server';
import { formatRatios, median, timeInterleaved, type Timing } from './measure';

// Issue 12, part 6: the map page's first screen for a signed-in commander, in headless Chromium (software WebGL),
// against Node fetching, in parallel, every API answer that page asked for — what the page costs beyond its data.
// Each page load is a fresh context (cold HTTP cache) with the session cookie. Besides the totals, the page's own
// clock says where the time goes: the bundle, the data, the main thread's long tasks, the map's first idle frame.

const viewport = { width: 1600, height: 900 };
const runs = 5;

/** What the page notes on its own clock (ms since navigation), without polling from Node. */
interface PageTimes {
  domContentLoaded: number;
  scriptsEnd: number;
  firstApiStart: number;
  lastApiEnd: number;
  loadingShown: number | null;
  loadingGone: number | null;
  ready: number | null;
  longTasksMs: number;
  longestTaskMs: number;
  apiPaths: string[];
}

/**
 * Runs in the page before its scripts: notes when the loading note goes and the map is ready, and long tasks.
 * A string, not a function: tsx compiles named inner functions with a __name helper the page does not have.
 */
const recordFirstScreen = `
  window.__bench = { longTasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (window.__bench.ready === undefined) window.__bench.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  setInterval(() => {
    const b = window.__bench;
    if (b.ready !== undefined) return;
    const note = document.querySelector('.map-area .loading-note');
    if (note && b.loadingShown === undefined) b.loadingShown = performance.now();
    if (!note && b.loadingShown !== undefined && b.loadingGone === undefined) b.loadingGone = performance.now();
    if (window.__jingwang && window.__jingwang.ready === true) b.ready = performance.now();
  }, 20);
`;

function readPageTimes(): PageTimes {
  const b = (window as unknown as { __bench: { loadingShown?: number; loadingGone?: number; ready?: number; longTasks: number[] } }).__bench;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const api = resources.filter((r) => new URL(r.name).pathname.startsWith('/api/') && (b.ready === undefined || r.startTime < b.ready));
  const scripts = resources.filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'));
  return {
    domContentLoaded: nav.domContentLoadedEventEnd,
    scriptsEnd: Math.max(0, ...scripts.map((r) => r.responseEnd)),
    firstApiStart: Math.min(...api.map((r) => r.startTime)),
    lastApiEnd: Math.max(...api.map((r) => r.responseEnd)),
    loadingShown: b.loadingShown ?? null,
    loadingGone: b.loadingGone ?? null,
    ready: b.ready ?? null,
    longTasksMs: b.longTasks.reduce((a, x) => a + x, 0),
    longestTaskMs: Math.max(0, ...b.longTasks),
    apiPaths: api.map((r) => {
      const u = new URL(r.name);
      return u.pathname + u.search;
    }),
  };
}

async function loadMapPage(browser: Browser, baseUrl: string, cookies: Parameters<BrowserContext['addCookies']>[0]): Promise<PageTimes> {
  const context = await browser.newContext({ viewport, baseURL: baseUrl });
  try {
    await context.addCookies(cookies);
    await context.addInitScript({ content: recordFirstScreen });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.waitForFunction(() => (window as unknown as { __bench?: { ready?: number } }).__bench?.ready !== undefined, null, { timeout: 120_000, polling: 250 });
    return await page.evaluate(readPageTimes);
  } finally {
    await context.close();
  }
}

const ms = (x: number | null) => (x === null ? '—' : `${x.toFixed(0)} ms`);

export async function runFirstScreenBench(): Promise<string[]> {
  const lines = [`The map page's first screen for a commander, headless Chromium (software WebGL), ${viewport.width}×${viewport.height}`];
  const built = await ensureClientBuild();
  if (built) lines.push(built);
  const server = await startServer();
  const { baseUrl } = server;
  let browser: Browser | undefined;
  try {
    if (server.seeded) lines.push('  (fresh database: demo data seeded first)');
    const session = await logIn(baseUrl, 'commander');
    const cookies = browserCookies(baseUrl, session);
    browser = await launchBrowser();
    // The paths the page asks for, taken from a first load, so that the baseline fetches exactly those.
    const probe = await loadMapPage(browser, baseUrl, cookies);
    const paths = [...new Set(probe.apiPaths)];
    const pageRuns: PageTimes[] = [];
    const timings = await timeInterleaved(
      [
        {
          label: `Node fetches the page's ${paths.length} API answers in parallel`,
          run: () =>
            Promise.all(
              paths.map(async (p) => {
                const res = await fetch(baseUrl + p, { headers: { cookie: session.cookie } });
                if (!res.ok) throw new Error(`GET ${p} answered ${res.status}`);
                await res.arrayBuffer();
              }),
            ),
        },
        { label: 'map page load seen from Node', run: async () => pageRuns.push(await loadMapPage(browser!, baseUrl, cookies)) },
      ],
      runs,
    );
    const measured = pageRuns.slice(1); // [0]: the warm-up round
    const series = (label: string, pick: (t: PageTimes) => number | null): Timing => ({ label, runsMs: measured.map((t) => pick(t) ?? NaN) });
    lines.push(`  Median of ${runs} fresh page loads (new context each: cold HTTP cache, session cookie), page clock from navigation:`);
    lines.push(
      ...formatRatios([
        timings[0],
        series('last API answer arrived in the page', (t) => t.lastApiEnd),
        series('"加载中…" gone (all data in the page\'s state)', (t) => t.loadingGone ?? t.ready),
        series('map ready (data drawn, base map idle)', (t) => t.ready),
        timings[1],
      ]).map((l) => '  ' + l),
    );
    const med = (pick: (t: PageTimes) => number | null) => median(measured.map((t) => pick(t) ?? NaN));
    lines.push('  Where the time goes (medians, ms since navigation):');
    lines.push(`    scripts loaded ${ms(med((t) => t.scriptsEnd))}, DOMContentLoaded ${ms(med((t) => t.domContentLoaded))}, first API request ${ms(med((t) => t.firstApiStart))}`);
    lines.push(`    last API answer ${ms(med((t) => t.lastApiEnd))}, "加载中…" gone ${ms(med((t) => t.loadingGone))}, map ready ${ms(med((t) => t.ready))}`);
    lines.push(`    main thread in long tasks (>50 ms) before ready: ${ms(med((t) => t.longTasksMs))}, longest ${ms(med((t) => t.longestTaskMs))}`);
    return lines;
  } finally {
    await browser?.close();
    await server.stop();
  }
}
