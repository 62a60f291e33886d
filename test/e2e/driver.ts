import { mkdirSync } from 'node:fs';
import { chromium, request, type APIRequestContext, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PNG } from 'pngjs';

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
  await page.locator('[data-testid="login-submit"]').click();
}

/** Waits until the map and deck.gl have drawn what the last change asked for. */
export async function settle(page: Page) {
  await page.waitForFunction(() => (window as unknown as { __jingwang?: { ready: boolean } }).__jingwang?.ready === true);
  await page.waitForTimeout(1200);
}

/** The map area as decoded RGBA pixels, read from what the browser composited. */
export async function captureMap(page: Page): Promise<PNG> {
  const buffer = await page.locator('[data-testid="map"]').screenshot();
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

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
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
export async function waitForMap(page: Page) {
  await page.waitForFunction(() => (window as unknown as { __jingwang?: { ready: boolean } }).__jingwang?.ready === true, null, {
    timeout: 60_000,
  });
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

/** The wall's map area as decoded RGBA pixels. */
export async function captureWallMap(page: Page): Promise<PNG> {
  return PNG.sync.read(await page.locator('[data-testid="wall-map"]').screenshot());
}
