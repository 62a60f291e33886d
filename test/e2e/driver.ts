import { mkdirSync } from 'node:fs';
import { chromium, request, type APIRequestContext, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';

// The only file that touches the browser: Debian's Chromium, software WebGL (SwiftShader), no network
// beyond what the page asks for.
const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

export interface MapPage {
  page: Page;
  browser: Browser;
  requests: string[];
  close(): Promise<void>;
}

export interface Login {
  username: string;
  password: string;
}

/** Opens the app, logs in through the login form, and waits until the map has drawn its data. */
export async function openMapPage(baseUrl: string, login: Login, path = '/'): Promise<MapPage> {
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(baseUrl + path);
  await logIn(page, login);
  await page.waitForFunction(() => (window as unknown as { __jingwang?: { ready: boolean } }).__jingwang?.ready === true, null, {
    timeout: 60_000,
  });
  return { page, browser, requests, close: () => browser.close() };
}

export async function logIn(page: Page, { username, password }: Login) {
  await page.locator('[data-testid="login-username"]').fill(username);
  await page.locator('[data-testid="login-password"]').fill(password);
  // Submitted with Enter from the password field, as people do. A click waits for the button to paint two steady
  // frames, which in the full browser run (after ten map pages, WebGL drawn in software on 2 cores) once took over
  // 30 s on this login form; the sign-in itself is then checked by what the caller waits for.
  await page.locator('[data-testid="login-password"]').press('Enter');
}

/** Waits until the map and deck.gl have drawn what the last change asked for. */
export async function settle(page: Page) {
  await page.waitForFunction(() => (window as unknown as { __jingwang?: { ready: boolean } }).__jingwang?.ready === true);
  await page.waitForTimeout(1200);
}

/** The map area as decoded RGBA pixels, read from what the browser composited; `within` names the view's map box when several views are mounted. */
export async function captureMap(page: Page, within?: string): Promise<PNG> {
  const buffer = await page.locator(within ? `[data-testid="${within}"] [data-testid="map"]` : '[data-testid="map"]').screenshot();
  return PNG.sync.read(buffer);
}

/** Share of pixels (0–1) whose colour differs by more than `threshold` (sum of RGB deltas) between two captures. */
export function changedShare(a: PNG, b: PNG, threshold = 30): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error('captures differ in size');
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]);
    if (d > threshold) changed++;
  }
  return changed / (a.width * a.height);
}

/**
 * Pixels of an incident's ring (incident-ring.css) in its own yellow, #ffe14d, held `atMs` into its animation: a ring
 * under the map's layers shows mixed with their colours and counts few.
 */
export async function ringYellowPixels(page: Page, incidentId: number, atMs = 1000): Promise<number> {
  const ring = page.locator(`.incident-ring[data-incident-id="${incidentId}"]`);
  await ring.waitFor({ state: 'attached' });
  await page.evaluate((at) => document.getAnimations().forEach((a) => ((a.currentTime = at), a.pause())), atMs);
  const centre = (await ring.boundingBox())!;
  const half = 80;
  const png = PNG.sync.read(await page.screenshot({ clip: { x: centre.x - half, y: centre.y - half, width: 2 * half, height: 2 * half } }));
  let yellow = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (Math.abs(png.data[i] - 255) + Math.abs(png.data[i + 1] - 225) + Math.abs(png.data[i + 2] - 77) < 60) yellow++;
  }
  return yellow;
}

/** Number of distinct colours (quantised to 4 bits a channel): a blank or single-fill canvas has few. */
export function distinctColours(png: PNG): number {
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4) seen.add(((png.data[i] >> 4) << 8) | ((png.data[i + 1] >> 4) << 4) | (png.data[i + 2] >> 4));
  return seen.size;
}

export async function toggleLayer(page: Page, layer: string) {
  await page.locator(`[data-testid="layer-toggle-${layer}"]`).click();
  await settle(page);
}

export async function saveScreenshot(page: Page, name: string) {
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png` });
}

/** Chromium's fake microphone (a beeping tone) granted without a prompt: for the field app's voice note. */
export const fakeMicrophoneArgs = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] as const;

export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...chromiumArgs, ...extraArgs] });
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  pageErrors: Error[]; // uncaught exceptions in the page
  close(): Promise<void>;
}

/** Opens the app at a path in a fresh browser context (no cookies), without logging in. */
export async function openApp(browser: Browser, baseUrl: string, path = '/', options: { fakeClock?: boolean } = {}): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, baseURL: baseUrl });
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (e) => pageErrors.push(e));
  if (options.fakeClock) await page.clock.install();
  await page.goto(baseUrl + path);
  return { page, context, pageErrors, close: () => context.close() };
}

/** Waits until the map has drawn what it was last asked to (window.__jingwang.ready). */
export async function waitForMap(page: Page, timeoutMs = 60_000) {
  await page.waitForFunction(() => (window as unknown as { __jingwang?: { ready: boolean } }).__jingwang?.ready === true, null, {
    timeout: timeoutMs,
  });
}

export interface Box { top: number; bottom: number; left: number; right: number; height: number }

/**
 * How the page lies on its screen: how many pixels the page or the open view (the visible <main>) reach past the
 * right edge (0 when nothing does: content cut off by overflow: hidden counts too), and the box of each part named
 * by a selector, its first match, in page coordinates (so that parts below the fold compare too).
 */
export async function screenFit(page: Page, parts: Record<string, string>): Promise<{ overflowPx: number; boxes: Record<string, Box | null> }> {
  return page.evaluate((parts) => {
    const main = [...document.querySelectorAll('main')].find((m) => getComputedStyle(m).visibility !== 'hidden');
    const reach = Math.max(document.documentElement.scrollWidth, main ? innerWidth + main.scrollWidth - main.clientWidth : 0);
    const down = main?.scrollTop ?? 0;
    const boxes: Record<string, Box | null> = {};
    for (const [name, selector] of Object.entries(parts)) {
      const r = document.querySelector(selector)?.getBoundingClientRect();
      boxes[name] = r ? { top: r.top + down, bottom: r.bottom + down, left: r.left, right: r.right, height: r.height } : null;
    }
    return { overflowPx: reach - innerWidth, boxes };
  }, parts);
}

/** Runs `check` with the open page at a phone's size (phoneViewport), and gives the page its size back after. */
export async function atPhoneSize<T>(page: Page, check: () => Promise<T>): Promise<T> {
  const before = page.viewportSize();
  await page.setViewportSize(phoneViewport);
  try {
    return await check();
  } finally {
    if (before) await page.setViewportSize(before);
  }
}

/** Follows a navigation link of the header (data-testid nav-<view>). */
export async function navigateTo(page: Page, view: string) {
  await page.locator(`[data-testid="nav-${view}"]`).click();
}

/** An API client logged in through POST /api/auth/login (no browser); csrfToken for its state-changing requests. */
export async function apiSession(baseUrl: string, login: Login): Promise<{ api: APIRequestContext; csrfToken: string }> {
  const api = await request.newContext({ baseURL: baseUrl });
  const res = await api.post('/api/auth/login', { data: login });
  if (!res.ok()) throw new Error(`login as ${login.username} answered ${res.status()}`);
  return { api, csrfToken: ((await res.json()) as { csrfToken: string }).csrfToken };
}

export async function saveScreenshotTo(page: Page, path: string) {
  await page.screenshot({ path });
}

/**
 * One browser for a test file, and the pages a test opened: launched before the file's first test, the pages closed
 * after each test and the browser after the last. `opened` remembers each page a test opens so it is closed even
 * when the test fails; a test that opens several (an admin and the account they add) leaves none drawing behind it.
 */
export function browserPerFile(): { browser(): Browser; opened(app: AppPage): AppPage } {
  let browser: Browser | undefined;
  let apps: AppPage[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    const open = apps;
    apps = [];
    await Promise.all(open.map((a) => a.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    browser: () => {
      if (!browser) throw new Error('the browser is launched before the first test');
      return browser;
    },
    opened: (a) => {
      apps.push(a);
      return a;
    },
  };
}

/** An admin session on the test server (the seed's admin, the demo password). */
export function adminSession() {
  return apiSession(inject('baseUrl'), { username: 'admin', password: inject('demoPassword') });
}

/**
 * A wall token issued by the admin for one test file, revoked after its last test, so the next file finds the
 * token list as the seed left it. Read `token` inside tests or hooks that run after the file's beforeAll.
 */
export function wallTokenPerFile(name: string): { token(): string } {
  let issued: { id: string; token: string } | undefined;
  beforeAll(async () => {
    const { api, csrfToken } = await adminSession();
    const res = await api.post('/api/admin/wall-tokens', { data: { name }, headers: { 'x-csrf-token': csrfToken } });
    if (res.status() !== 201) throw new Error(`issuing a wall token answered ${res.status()}: ${await res.text()}`);
    issued = (await res.json()) as { id: string; token: string };
    await api.dispose();
  });
  afterAll(async () => {
    if (!issued) return;
    const { api, csrfToken } = await adminSession();
    await api.delete(`/api/admin/wall-tokens/${issued.id}`, { headers: { 'x-csrf-token': csrfToken } });
    await api.dispose();
  });
  return {
    token: () => {
      if (!issued) throw new Error('the wall token is issued before the first test');
      return issued.token;
    },
  };
}

// ---- The command-center wall (/wall): test/e2e/wall.e2e.test.ts ----

/** What the wall publishes for tests as window.__wall (client/wall/wall-test-hooks.ts). */
export interface WallHooks {
  ready: boolean;
  scenesShown: number;
  eventsReceived: number;
  lastEventId: number | null;
  lastEventArrivedMs: number | null;
  feedCount: number;
  contextLosses: number;
}

/** Opens a wall path (e.g. /wall?token=…) in a fresh context (no cookies) at a screen size. */
export async function openWall(browser: Browser, baseUrl: string, path: string, viewport = { width: 1920, height: 1080 }): Promise<AppPage> {
  const context = await browser.newContext({ viewport, baseURL: baseUrl });
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (e) => pageErrors.push(e));
  await page.goto(baseUrl + path);
  return { page, context, pageErrors, close: () => context.close() };
}

export async function readWallHooks(page: Page): Promise<WallHooks> {
  return page.evaluate(() => (window as unknown as { __wall: WallHooks }).__wall);
}

/** Waits until the wall's data has arrived and its map has drawn it (window.__wall.ready). */
export async function waitForWall(page: Page, timeoutMs = 60_000) {
  await page.waitForFunction(() => (window as unknown as { __wall?: { ready: boolean } }).__wall?.ready === true, null, { timeout: timeoutMs });
}

/**
 * The wall's panels whose content runs past their bottom edge, with by how many pixels: a wall has no scroll bar, so
 * a row cut off there is a row nobody in the room can read.
 */
export async function wallPanelsCutOff(page: Page): Promise<{ panel: string; px: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.wall-panel')].flatMap((panel) => {
      const edge = panel.getBoundingClientRect().bottom;
      const lowest = Math.max(...[...panel.querySelectorAll('*')].map((e) => e.getBoundingClientRect()).filter((r) => r.height > 0).map((r) => r.bottom));
      return lowest > edge + 0.5 ? [{ panel: panel.dataset.testid ?? panel.className, px: Math.round(lowest - edge) }] : [];
    }),
  );
}

/** The wall's map area as decoded RGBA pixels. */
export async function captureWallMap(page: Page): Promise<PNG> {
  return PNG.sync.read(await page.locator('[data-testid="wall-map"]').screenshot());
}

// ---- Glyphs: is Chinese text drawn with real glyphs, or with tofu (test/e2e/fonts.e2e.test.ts)? ----

/** Mean absolute difference (0–255) of two equally sized single-channel bitmaps; 0 means the same picture. */
function bitmapDifference(a: number[], b: number[]): number {
  if (a.length !== b.length || a.length === 0) return 255;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i] - b[i]);
  return sum / a.length;
}

/**
 * The smallest difference between the pictures of any two of `chars` as drawn by `draw`: with tofu every
 * character is the same box and this is 0; with real glyphs distinct characters look distinct.
 */
function leastPairDifference(bitmaps: number[][]): number {
  let least = Infinity;
  for (let i = 0; i < bitmaps.length; i++) for (let j = i + 1; j < bitmaps.length; j++) least = Math.min(least, bitmapDifference(bitmaps[i], bitmaps[j]));
  return least;
}

/**
 * Draws each character on a canvas in the element's own font (as MapLibre, deck.gl and ECharts draw text) and
 * returns the least difference between two of them, and each character's advance in em.
 */
export async function canvasGlyphs(page: Page, selector: string, chars: string[], weight = 400): Promise<{ leastDifference: number; advancesEm: number[]; tofuDifference: number }> {
  const drawn = await page.evaluate(
    ({ selector, chars, weight }) => {
      const el = document.querySelector(selector)!;
      const family = getComputedStyle(el).fontFamily;
      const size = 48;
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 64;
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      const draw = (ch: string) => {
        ctx.clearRect(0, 0, 64, 64);
        ctx.font = `${weight} ${size}px ${family}`;
        ctx.fillText(ch, 4, 52);
        return { alpha: Array.from(ctx.getImageData(0, 0, 64, 64).data.filter((_, i) => i % 4 === 3)), advanceEm: ctx.measureText(ch).width / size };
      };
      return { glyphs: chars.map(draw), tofu: draw('\u0378') }; // U+0378 is unassigned: every font draws it as tofu
    },
    { selector, chars, weight },
  );
  return {
    leastDifference: leastPairDifference(drawn.glyphs.map((g) => g.alpha)),
    advancesEm: drawn.glyphs.map((g) => g.advanceEm),
    tofuDifference: Math.min(...drawn.glyphs.map((g) => bitmapDifference(g.alpha, drawn.tofu.alpha))),
  };
}

/** The least difference between two characters of a deck.gl TextLayer's font atlas (window.__jingwang.deck). */
export async function deckAtlasGlyphs(page: Page, layerId: string, chars: string[], hooks = '__jingwang'): Promise<number> {
  const bitmaps = await page.evaluate(
    ({ layerId, chars, hooks }) => {
      type Atlas = { data: HTMLCanvasElement; mapping: Record<string, { x: number; y: number; width: number; height: number }> };
      const w = window as unknown as Record<string, { deck?: { layerManager: { getLayers(): { id: string; state: { fontAtlasManager?: { atlas: Atlas } } }[] } } }>;
      const layer = w[hooks]?.deck?.layerManager.getLayers().find((l) => l.id === layerId || l.id.startsWith(`${layerId}#`));
      const atlas = layer?.state.fontAtlasManager?.atlas;
      if (!atlas) return null;
      const ctx = atlas.data.getContext('2d')!;
      return chars.map((ch) => {
        const m = atlas.mapping[ch];
        if (!m) return [];
        // Same-size windows, so two glyphs compare pixel by pixel.
        return Array.from(ctx.getImageData(m.x, m.y, 40, 40).data.filter((_, i) => i % 4 === 3));
      });
    },
    { layerId, chars, hooks },
  );
  if (!bitmaps) throw new Error(`no text layer ${layerId} with a font atlas on the page`);
  return leastPairDifference(bitmaps);
}

/** The least difference between two characters as MapLibre drew them for its labels (its glyph cache). */
export async function mapLibreGlyphs(page: Page, chars: string[]): Promise<{ found: number; leastDifference: number }> {
  const bitmaps = await page.evaluate((chars) => {
    type Entry = { glyphs: Record<number, { bitmap: { data: Uint8Array; width: number; height: number } } | null> };
    const map = (window as unknown as { __jingwang: { map: { style: { glyphManager: { entries: Record<string, Entry> } } } } }).__jingwang.map;
    const entries = Object.values(map.style.glyphManager.entries);
    return chars.map((ch) => {
      const g = entries.map((e) => e.glyphs[ch.codePointAt(0)!]).find((x) => x);
      return g ? Array.from(g.bitmap.data.slice(0, 40 * 40)) : null;
    });
  }, chars);
  const found = bitmaps.filter((b): b is number[] => b !== null);
  return { found: found.length, leastDifference: leastPairDifference(found) };
}

/** How different an element looks with its own text and with the same number of tofu characters (0–1 of pixels). */
export async function domTextAgainstTofu(page: Page, selector: string): Promise<number> {
  const el = page.locator(selector).first();
  const real = PNG.sync.read(await el.screenshot());
  const original = await el.evaluate((node) => {
    const text = node.textContent ?? '';
    node.textContent = '\u0378'.repeat([...text].length);
    return text;
  });
  const tofu = PNG.sync.read(await el.screenshot());
  await el.evaluate((node, text) => (node.textContent = text), original);
  if (real.width !== tofu.width || real.height !== tofu.height) return 1; // real glyphs are wider than boxes
  return changedShare(real, tofu);
}

/** Whether the page has already loaded the shipped font's subsets for `text` at `weight` (it loads them itself). */
export async function shippedFontLoadedFor(page: Page, text: string, weight = 400): Promise<boolean> {
  return page.evaluate(({ text, weight }) => document.fonts.check(`${weight} 16px "Noto Sans SC"`, text), { text, weight });
}

/** Moves the page's map (window.__jingwang.map) to a centre given in the base map's own frame, and waits for it. */
export async function jumpMapTo(page: Page, centre: [number, number], zoom: number) {
  await page.evaluate(([lng, lat, zoom]) => {
    (window as unknown as { __jingwang: { map: { jumpTo(o: object): void } } }).__jingwang.map.jumpTo({ center: [lng, lat], zoom });
  }, [centre[0], centre[1], zoom]);
  await page.waitForFunction(() => {
    const map = (window as unknown as { __jingwang: { map: { areTilesLoaded(): boolean; isMoving(): boolean } } }).__jingwang.map;
    return map.areTilesLoaded() && !map.isMoving();
  }, null, { timeout: 60_000 });
  await waitForMap(page);
}

// ---- Scope (test/e2e/scope.e2e.test.ts) ----

/** The box (w, s, e, n) the page's map (window.__jingwang.map) shows; on the built-in base map this is WGS 84. */
export async function mapBounds(page: Page): Promise<[number, number, number, number]> {
  return page.evaluate(() => {
    const b = (window as unknown as { __jingwang: { map: { getBounds(): { getWest(): number; getSouth(): number; getEast(): number; getNorth(): number } } } }).__jingwang.map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as [number, number, number, number];
  });
}

/**
 * What a pointer at each place would pick on the page's map: the deck.gl layer's id, or null when nothing pickable
 * is there (a tooltip and a click need a pick); and whether the place is on the visible map at all.
 */
export async function pickAt(page: Page, lngLats: [number, number][]): Promise<{ onMap: boolean; layer: string | null }[]> {
  return page.evaluate((lngLats) => {
    type Hooks = { map: { project(l: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement }; deck: { pickObject(o: object): { layer?: { id: string } } | null } };
    const { map, deck } = (window as unknown as { __jingwang: Hooks }).__jingwang;
    const canvas = map.getCanvas();
    return lngLats.map((lngLat) => {
      const { x, y } = map.project(lngLat);
      const onMap = x >= 0 && y >= 0 && x < canvas.clientWidth && y < canvas.clientHeight;
      return { onMap, layer: deck.pickObject({ x, y, radius: 0 })?.layer?.id ?? null };
    });
  }, lngLats);
}

/** The deck.gl layers the page's map drew in its last frame (window.__jingwang.layersDrawn). */
export async function layersDrawn(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __jingwang?: { layersDrawn: string[] } }).__jingwang?.layersDrawn ?? []);
}

// ---- The field app (/m) on a phone: test/e2e/field-app.e2e.test.ts ----

/** A phone's screen (iPhone 12–15 size): for the field app, and for the desktop views' one column (screenFit). */
export const phoneViewport = { width: 390, height: 844 };

/**
 * Opens a path in a fresh phone-sized context (no cookies) whose GPS is mocked at `lngLat` (accuracy in metres) and
 * allowed: move it with movePhone, cut the network with setPhoneOffline.
 */
export async function openPhone(browser: Browser, baseUrl: string, path: string, lngLat: [number, number], accuracyM = 5): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: phoneViewport, isMobile: true, hasTouch: true, baseURL: baseUrl,
    geolocation: { longitude: lngLat[0], latitude: lngLat[1], accuracy: accuracyM }, permissions: ['geolocation'],
  });
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (e) => pageErrors.push(e));
  await page.goto(baseUrl + path);
  return { page, context, pageErrors, close: () => context.close() };
}

/** Moves the phone's mocked GPS (watchPosition callbacks fire with the new position). */
export async function movePhone(context: BrowserContext, lngLat: [number, number], accuracyM = 5) {
  await context.setGeolocation({ longitude: lngLat[0], latitude: lngLat[1], accuracy: accuracyM });
}

/** Cuts or restores the phone's network (navigator.onLine and the online/offline events follow). */
export async function setPhoneOffline(context: BrowserContext, offline: boolean) {
  await context.setOffline(offline);
}
