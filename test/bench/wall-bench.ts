import { pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, waitForWall } from '../e2e/driver';
import { ensureClientBuild, getJson, logIn, send, startServer, type Session } from './bench-server';
import { formatRatios, median, timeInterleaved } from './measure';

// Issue 4, part 6: the command-center wall (/wall) in headless Chromium (software WebGL), each figure next to a
// baseline measured in the same run:
//  1. first complete render (navigation → window.__wall.ready) against Node fetching, in parallel, every API
//     answer the wall needs — what rendering costs beyond the data;
//  2. event latency, POST /api/incidents answered → the incident's line in the wall's feed, at 1, 10 and 100
//     incidents a second, against a Node client of GET /api/live receiving the same kind of event.
// Own server on a free port and a fresh temporary DATA_DIR (or BENCH_DATA_DIR, kept, to skip the ~40 s seeding).

const viewport = { width: 1920, height: 1080 };
const renderRuns = 5;
const rates = [
  { perSecond: 1, seconds: 30 },
  { perSecond: 10, seconds: 5 },
  { perSecond: 100, seconds: 3 },
];
const drainMs = 15_000; // how long to wait for the last events after the last POST answered

/** Wall-clock milliseconds with sub-millisecond resolution, comparable (after calibration) to a page's. */
const nodeNow = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What a commander's 110 call needs: points surely inside grids (one per grid, cycled) and a category. */
async function incidentBodies(baseUrl: string, commander: Session) {
  const grids = await getJson<FeatureCollection<Polygon | MultiPolygon | null>>(baseUrl, commander.cookie, '/api/grids');
  const categories = await getJson<{ code: string }[]>(baseUrl, commander.cookie, '/api/incident-categories');
  const points = grids.features
    .filter((f): f is Feature<Polygon | MultiPolygon> => f.geometry !== null)
    .slice(0, 64)
    .map((f) => pointOnFeature(f).geometry.coordinates);
  let k = 0;
  return () => {
    const [lng, lat] = points[k % points.length];
    const categoryCode = categories[k % categories.length].code;
    k++;
    return { categoryCode, source: '110', lng: Math.round(lng * 1e6) / 1e6, lat: Math.round(lat * 1e6) / 1e6 };
  };
}

/** Every API answer the wall waits for before its first complete render, with the wall's default 28-day window. */
function wallDataPaths(): string[] {
  const now = Date.now();
  const window = new URLSearchParams({ from: new Date(now - 28 * 24 * 3600_000).toISOString(), to: new Date(now + 60_000).toISOString() });
  return [
    '/api/wall/summary', '/api/wall/grid-measures', '/api/grids', '/api/beats', '/api/stations', '/api/key-places',
    '/api/streets', '/api/communities', '/api/district', `/api/incidents?${window}`,
  ];
}

// ---- GET /api/live from Node ----

/** A Node client of the SSE stream, noting when each incident's event arrived (nodeNow()). */
class LiveWatcher {
  readonly arrivals = new Map<number, number>();
  readonly connected: Promise<void>;
  private readonly abort = new AbortController();
  private readonly done: Promise<void>;

  constructor(baseUrl: string, cookie: string) {
    let hello!: () => void;
    this.connected = new Promise((r) => (hello = r));
    this.done = this.read(baseUrl, cookie, hello).catch((err: unknown) => {
      if (!this.abort.signal.aborted) throw err;
    });
  }

  private async read(baseUrl: string, cookie: string, hello: () => void) {
    const res = await fetch(`${baseUrl}/api/live`, { headers: { cookie, accept: 'text/event-stream' }, signal: this.abort.signal });
    if (!res.ok || !res.body) throw new Error(`GET /api/live answered ${res.status}`);
    const decoder = new TextDecoder();
    let buffer = '';
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const at = nodeNow();
      buffer += decoder.decode(value, { stream: true });
      const blocks = buffer.split(/\r?\n\r?\n/);
      buffer = blocks.pop()!;
      for (const block of blocks) {
        let event = 'message';
        let data = '';
        for (const line of block.split(/\r?\n/)) {
          if (line.startsWith('event:')) event = line.slice(6).trim();
          else if (line.startsWith('data:')) data += line.slice(5).trim();
        }
        if (event === 'hello') hello();
        if (event === 'incident') {
          const id = (JSON.parse(data) as { payload: { id: number } }).payload.id;
          if (!this.arrivals.has(id)) this.arrivals.set(id, at);
        }
      }
    }
  }

  async close() {
    this.abort.abort();
    await this.done;
  }
}

// ---- the wall in the browser ----

/** Notes performance.now() (since navigation) when window.__wall.ready first turns true, without polling. */
function recordReadyAt() {
  const w = window as unknown as { __wall?: object; __benchReadyAt?: number };
  const target: Record<string, unknown> = { ready: false, scenesShown: 0, eventsReceived: 0, lastEventId: null, lastEventArrivedMs: null, feedCount: 0, contextLosses: 0 };
  w.__wall = new Proxy(target, {
    set(t, key, value) {
      if (key === 'ready' && value === true && w.__benchReadyAt === undefined) w.__benchReadyAt = performance.now();
      t[key as string] = value;
      return true;
    },
  });
}

/** Notes, per incident id, when its feed line entered the DOM and the start of the next frame (page clock, epoch ms). */
function observeFeed() {
  const seen: Record<number, { dom: number; frame?: number }> = {};
  (window as unknown as { __benchSeen: typeof seen }).__benchSeen = seen;
  const prefix = 'wall-feed-item-';
  new MutationObserver((records) => {
    const t = performance.timeOrigin + performance.now();
    const fresh: number[] = [];
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (!(node instanceof Element)) continue;
        const items = [...(node.matches(`[data-testid^="${prefix}"]`) ? [node] : []), ...node.querySelectorAll(`[data-testid^="${prefix}"]`)];
        for (const item of items) {
          const id = Number(item.getAttribute('data-testid')!.slice(prefix.length));
          if (!(id in seen)) {
            seen[id] = { dom: t };
            fresh.push(id);
          }
        }
      }
    }
    if (fresh.length > 0) {
      requestAnimationFrame(() => {
        const f = performance.timeOrigin + performance.now();
        for (const id of fresh) seen[id].frame = f;
      });
    }
  }).observe(document.body, { childList: true, subtree: true });
}

/** Page clock minus Node clock (ms), from the page.evaluate round trip that took least time. */
async function clockOffset(page: Page): Promise<{ offset: number; uncertainty: number }> {
  let best = { offset: 0, uncertainty: Infinity };
  for (let k = 0; k < 20; k++) {
    const t0 = nodeNow();
    const pageNow = await page.evaluate(() => performance.timeOrigin + performance.now());
    const t1 = nodeNow();
    if ((t1 - t0) / 2 < best.uncertainty) best = { offset: pageNow - (t0 + t1) / 2, uncertainty: (t1 - t0) / 2 };
  }
  return best;
}

async function newWallPage(browser: Browser, baseUrl: string, storageState: Awaited<ReturnType<BrowserContext['storageState']>>) {
  const context = await browser.newContext({ viewport, baseURL: baseUrl, storageState });
  await context.addInitScript(recordReadyAt);
  const page = await context.newPage();
  return { context, page };
}

// ---- event latency ----

interface Posted {
  id: number;
  answeredAt: number; // nodeNow() when the POST's response had arrived
}

/** Posts at a steady rate without waiting for answers (an open loop: a slow answer does not slow the rate). */
async function postAtRate(post: () => Promise<Posted>, perSecond: number, seconds: number): Promise<{ posted: Posted[]; achievedPerSecond: number }> {
  const count = perSecond * seconds;
  const started = performance.now();
  const pending: Promise<Posted>[] = [];
  for (let k = 0; k < count; k++) {
    const wait = started + (k * 1000) / perSecond - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(post());
  }
  const posted = await Promise.all(pending);
  const lastAnswer = Math.max(...posted.map((p) => p.answeredAt)) - performance.timeOrigin;
  return { posted, achievedPerSecond: count / ((lastAnswer - started) / 1000) };
}

async function waitUntil(check: () => Promise<boolean> | boolean, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  while (!(await check()) && performance.now() < deadline) await sleep(100);
}

const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(0.95 * s.length) - 1)];
};

interface Latency {
  medianMs: number;
  p95Ms: number;
  received: number;
}

function latencies(posted: Posted[], arrivalOf: (id: number) => number | undefined): Latency {
  const ms = posted.flatMap((p) => {
    const at = arrivalOf(p.id);
    return at === undefined ? [] : [at - p.answeredAt];
  });
  return { medianMs: ms.length ? median(ms) : NaN, p95Ms: ms.length ? p95(ms) : NaN, received: ms.length };
}

// ---- the benchmark ----

export async function runWallBench(): Promise<string[]> {
  const lines = ['Command-center wall (/wall) in headless Chromium (software WebGL), 1920×1080'];
  const built = await ensureClientBuild();
  if (built) lines.push(built);
  const server = await startServer();
  const { baseUrl } = server;
  let browser: Browser | undefined;
  let wallTokenId: string | undefined;
  const admin = await logIn(baseUrl, 'admin').catch(async (err: unknown) => {
    await server.stop();
    throw err;
  });
  try {
    if (server.seeded) lines.push('  (fresh database: demo data seeded first)');
    const tokenRes = await send(baseUrl, admin, 'POST', '/api/admin/wall-tokens', { name: 'wall bench' });
    if (tokenRes.status !== 201) throw new Error(`POST /api/admin/wall-tokens answered ${tokenRes.status}`);
    const { id, token } = (await tokenRes.json()) as { id: string; token: string };
    wallTokenId = id;
    const commander = await logIn(baseUrl, 'commander');
    const nextBody = await incidentBodies(baseUrl, commander);

    // The wall's session: signed in once with the token; every later page load starts from its cookie.
    browser = await launchBrowser();
    const signIn = await browser.newContext({ viewport, baseURL: baseUrl });
    const signInPage = await signIn.newPage();
    await signInPage.goto(`${baseUrl}/wall?token=${token}`);
    await waitForWall(signInPage);
    const storageState = await signIn.storageState();
    await signIn.close();
    const wallCookie = storageState.cookies.map((c) => `${c.name}=${c.value}`).join('; ');

    // 1. First complete render: fresh contexts (cold HTTP cache), interleaved with the baseline. The page's own
    // clock (navigation start → ready, noted by recordReadyAt) is the figure; Node's view of the same loads adds
    // the new context and Playwright's polling.
    const paths = wallDataPaths();
    const pageClockMs: number[] = [];
    const timings = await timeInterleaved(
      [
        {
          label: `Node fetches the wall's ${paths.length} API answers in parallel`,
          run: () => Promise.all(paths.map(async (p) => {
            const res = await fetch(baseUrl + p, { headers: { cookie: wallCookie } });
            if (!res.ok) throw new Error(`GET ${p} answered ${res.status}`);
            await res.arrayBuffer();
          })),
        },
        {
          label: 'same loads seen from Node (new context, goto, polling)',
          run: async () => {
            const { context, page } = await newWallPage(browser!, baseUrl, storageState);
            try {
              await page.goto(`${baseUrl}/wall`);
              await page.waitForFunction(() => (window as unknown as { __benchReadyAt?: number }).__benchReadyAt !== undefined, null, { timeout: 60_000 });
              pageClockMs.push(await page.evaluate(() => (window as unknown as { __benchReadyAt: number }).__benchReadyAt));
            } finally {
              await context.close();
            }
          },
        },
      ],
      renderRuns,
    );
    const render = { label: '/wall first complete render (navigation → __wall.ready)', runsMs: pageClockMs.slice(1) }; // [0]: warm-up
    lines.push(`  First complete render, median of ${renderRuns} fresh page loads (each a new context: cold HTTP cache, session cookie):`);
    lines.push(...formatRatios([timings[0], render, timings[1]]).map((l) => '  ' + l));

    // 2. Event latency.
    const post = async (): Promise<Posted> => {
      const res = await send(baseUrl, commander, 'POST', '/api/incidents', nextBody());
      const answeredAt = nodeNow();
      if (res.status !== 201) throw new Error(`POST /api/incidents answered ${res.status}: ${await res.text()}`);
      return { id: ((await res.json()) as { id: number }).id, answeredAt };
    };
    const fmt = (l: Latency, n: number) => `${l.medianMs.toFixed(1)} / ${l.p95Ms.toFixed(1)}${l.received < n ? ` (${l.received}/${n} seen)` : ''}`;
    const ratio = (l: Latency, base: Latency) => `×${(l.medianMs / base.medianMs).toFixed(1)} (p95 ×${(l.p95Ms / base.p95Ms).toFixed(1)})`;
    lines.push('  Event latency, POST /api/incidents answered → incident shown, median / p95 ms:');
    let worstUncertainty = 0;
    for (const { perSecond, seconds } of rates) {
      // Baseline: a Node client of GET /api/live, no browser page open.
      const alone = new LiveWatcher(baseUrl, wallCookie);
      await alone.connected;
      const base = await postAtRate(post, perSecond, seconds);
      await waitUntil(() => base.posted.every((p) => alone.arrivals.has(p.id)), drainMs);
      await alone.close();
      const baseLatency = latencies(base.posted, (i) => alone.arrivals.get(i));

      // The wall, freshly loaded and live; a Node client listens beside it to the same events.
      const { context, page } = await newWallPage(browser, baseUrl, storageState);
      const beside = new LiveWatcher(baseUrl, wallCookie);
      try {
        await page.goto(`${baseUrl}/wall`);
        await waitForWall(page);
        await page.locator('[data-testid="wall-connection"][data-state="live"]').waitFor({ timeout: 10_000 });
        await beside.connected;
        await page.waitForTimeout(1000);
        await page.evaluate(observeFeed);
        const before = await clockOffset(page);
        const run = await postAtRate(post, perSecond, seconds);
        const seenIds = () => page.evaluate(() => Object.keys((window as unknown as { __benchSeen: object }).__benchSeen).map(Number));
        await waitUntil(async () => {
          const seen = new Set(await seenIds());
          return run.posted.every((p) => seen.has(p.id));
        }, drainMs);
        await page.waitForTimeout(100); // the last frame callbacks
        const after = await clockOffset(page);
        worstUncertainty = Math.max(worstUncertainty, before.uncertainty, after.uncertainty, Math.abs(after.offset - before.offset) / 2);
        const offset = (before.offset + after.offset) / 2;
        const seen = await page.evaluate(() => (window as unknown as { __benchSeen: Record<number, { dom: number; frame?: number }> }).__benchSeen);
        const dom = latencies(run.posted, (i) => (seen[i] ? seen[i].dom - offset : undefined));
        const frame = latencies(run.posted, (i) => (seen[i]?.frame !== undefined ? seen[i].frame! - offset : undefined));
        const besideLatency = latencies(run.posted, (i) => beside.arrivals.get(i));
        const n = perSecond * seconds;
        lines.push(`    ${perSecond} incident${perSecond > 1 ? 's' : ''}/s for ${seconds} s (${n} each run; POSTs answered at ${base.achievedPerSecond.toFixed(0)}/s and ${run.achievedPerSecond.toFixed(0)}/s):`);
        const rows: [string, string, string][] = [
          ['Node SSE client, no browser', fmt(baseLatency, n), 'baseline'],
          ['wall feed line in the DOM', fmt(dom, n), ratio(dom, baseLatency)],
          ['wall feed line, next frame', fmt(frame, n), ratio(frame, baseLatency)],
          ['Node SSE client beside the wall', fmt(besideLatency, n), ratio(besideLatency, baseLatency)],
        ];
        const w0 = Math.max(...rows.map((r) => r[0].length));
        const w1 = Math.max(...rows.map((r) => r[1].length));
        for (const [label, figure, r] of rows) lines.push(`      ${label.padEnd(w0)}  ${figure.padStart(w1)}  ${r}`);
      } finally {
        await beside.close();
        await context.close();
      }
    }
    lines.push(`  (page and Node clocks aligned within ±${worstUncertainty.toFixed(2)} ms; "next frame" is the requestAnimationFrame after the DOM change)`);
  } finally {
    await browser?.close();
    if (wallTokenId) await send(baseUrl, admin, 'DELETE', `/api/admin/wall-tokens/${wallTokenId}`).catch(() => undefined);
    await server.stop();
  }
  return lines;
}
