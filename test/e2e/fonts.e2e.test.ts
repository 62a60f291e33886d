import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  apiSession, canvasGlyphs, deckAtlasGlyphs, domTextAgainstTofu, launchBrowser, logIn, mapLibreGlyphs, openApp, openWall, saveScreenshotTo, shippedFontLoadedFor,
  waitForMap, waitForWall, type AppPage,
} from './driver';

// This machine has no CJK system fonts (CI installs none): whatever Chinese the pages show, they show in the
// font the product ships. Tofu draws every character as the same box, so distinct characters that look
// distinct, and text that does not look like a row of tofu, are real glyphs.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const tid = (id: string) => `[data-testid="${id}"]`;
const outsideOrigin = (urls: string[], base: string) => urls.filter((u) => !u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:'));

describe('the login page on a machine without CJK fonts', () => {
  let app: AppPage;
  const requests: string[] = [];
  beforeAll(async () => {
    app = await openApp(browser, inject('baseUrl'), '/');
    app.page.on('request', (r) => requests.push(r.url()));
    await app.page.locator(tid('login-username')).waitFor();
    await app.page.evaluate(() => document.fonts.ready);
    await saveScreenshotTo(app.page, 'test-results/fonts-login.png');
  });
  afterAll(async () => app?.close());

  it('draws its title in real glyphs: it looks nothing like the same number of tofu boxes', async () => {
    expect(await domTextAgainstTofu(app.page, 'h1')).toBeGreaterThan(0.05);
  });

  it('has loaded the shipped font for its title, whose characters draw distinct, full-width glyphs', async () => {
    // The title is the product's name in bold over the district's in regular weight: both subsets must be in.
    expect(await shippedFontLoadedFor(app.page, '警网', 700)).toBe(true);
    expect(await shippedFontLoadedFor(app.page, '达川', 400)).toBe(true);
    // In the title's font family ('h1': the test above rewrites its text, so not its inner spans), at each weight.
    for (const [chars, weight] of [[['警', '网'], 700], [['达', '川'], 400]] as const) {
      const m = await canvasGlyphs(app.page, 'h1', [...chars], weight);
      expect(m.leastDifference, chars.join('')).toBeGreaterThan(5);
      expect(m.tofuDifference, chars.join('')).toBeGreaterThan(5);
      for (const em of m.advancesEm) expect(em).toBeCloseTo(1, 1);
    }
  });

  it('loads the font from its own origin, and only the subsets its text needs', async () => {
    await app.page.reload();
    await app.page.locator(tid('login-username')).waitFor();
    await app.page.evaluate(() => document.fonts.ready);
    const fonts = requests.filter((u) => /\.woff2?(\?|$)/.test(u));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.length).toBeLessThan(60); // of 204 subset files (102 a weight)
    expect(outsideOrigin(requests, inject('baseUrl'))).toEqual([]);
  });

  // The shipped font sets ’ and “ full-width, as Chinese wants them: the English "today’s" read "today’ s". In English
  // they come from a Latin font of their own, from the same origin (the test above checks every font request).
  it('closes up the apostrophe and quotes in English, and keeps them full-width in Chinese', async () => {
    // Each mark alone: Chromium already trims the space between two full-width marks side by side.
    const marksEm = () =>
      app.page.evaluate(async () => {
        await document.fonts.load(`20px ${getComputedStyle(document.body).fontFamily}`, '’“'); // the page's stack, in its language
        const s = document.createElement('span');
        s.style.fontSize = '20px';
        document.body.append(s);
        const em = (text: string) => ((s.textContent = text), s.getBoundingClientRect().width / 20);
        const widths = [em('’'), em('“')];
        s.remove();
        return widths;
      });
    const chinese = await marksEm();
    for (const w of chinese) expect(w).toBeCloseTo(1, 1);
    await app.page.locator(tid('language-switch')).click();
    await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe('en');
    for (const w of await marksEm()) expect(w).toBeLessThan(0.6);
    await app.page.locator(tid('language-switch')).click();
    await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await marksEm()).toEqual(chinese);
  });
});

describe('the main map on a machine without CJK fonts', () => {
  let app: AppPage;
  const requests: string[] = [];
  beforeAll(async () => {
    app = await openApp(browser, inject('baseUrl'), '/');
    app.page.on('request', (r) => requests.push(r.url()));
    await logIn(app.page, { username: 'commander', password: inject('demoPassword') });
    await waitForMap(app.page);
    await app.page.waitForTimeout(1000);
    await saveScreenshotTo(app.page, 'test-results/fonts-map.png');
  });
  afterAll(async () => app?.close());

  it('draws street and community names (deck.gl) in real glyphs', async () => {
    expect(await deckAtlasGlyphs(app.page, 'labels', ['街', '道', '社', '区'])).toBeGreaterThan(5);
  });

  it('draws road names (MapLibre) in real glyphs', async () => {
    // The district scene shows the main roads' names; 达川大道 and 南外大道 are two of them.
    const g = await mapLibreGlyphs(app.page, ['达', '川', '南', '外', '大', '道']);
    expect(g.found).toBeGreaterThanOrEqual(4);
    expect(g.leastDifference).toBeGreaterThan(5);
  });

  it('asks nothing of any other origin', () => {
    expect(outsideOrigin(requests, inject('baseUrl'))).toEqual([]);
  });

  it('names the grids once zoomed in to a few of them (from zoom 16), by name, in real glyphs', async () => {
    type Hooks = { __jingwang: { map: { jumpTo(o: object): void }; deck: { props: { layers: { id: string; props: { data: { text: string }[] } }[] } } } };
    const texts = () => app.page.evaluate(() => (window as unknown as Hooks).__jingwang.deck.props.layers.find((l) => l.id === 'labels')!.props.data.map((d) => d.text));
    const gridNames = (all: string[]) => all.filter((t) => /^.+社区第\d+网格$/.test(t));
    expect(gridNames(await texts())).toEqual([]); // the district: street and community names only
    await app.page.evaluate(async () => {
      const grids = (await (await fetch('/api/grids')).json()) as { features: { geometry: { type: string; coordinates: number[][][] | number[][][][] } }[] };
      const g = grids.features[0].geometry;
      const corner = g.type === 'Polygon' ? (g.coordinates as number[][][])[0][0] : (g.coordinates as number[][][][])[0][0][0];
      (window as unknown as Hooks).__jingwang.map.jumpTo({ zoom: 16.5, center: corner });
    });
    await expect.poll(async () => gridNames(await texts()).length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await deckAtlasGlyphs(app.page, 'labels', ['网', '格', '第'])).toBeGreaterThan(5);
  });
});

describe('the wall on a machine without CJK fonts', () => {
  let wall: AppPage;
  let tokenId = '';
  beforeAll(async () => {
    const { api, csrfToken } = await apiSession(inject('baseUrl'), { username: 'admin', password: inject('demoPassword') });
    const issued = (await (await api.post('/api/admin/wall-tokens', { data: { name: 'fonts e2e' }, headers: { 'x-csrf-token': csrfToken } })).json()) as { id: string; token: string };
    tokenId = issued.id;
    wall = await openWall(browser, inject('baseUrl'), `/wall?token=${issued.token}`);
    await waitForWall(wall.page, 90_000);
    await wall.page.waitForTimeout(1500);
    await saveScreenshotTo(wall.page, 'test-results/fonts-wall.png');
    await api.dispose();
  });
  // Revoked after the tests, not before: the wall checks its session every few seconds here, and a revoked token took
  // its title and charts off the page while a slow run was still reading them.
  afterAll(async () => {
    await wall?.close();
    const { api, csrfToken } = await apiSession(inject('baseUrl'), { username: 'admin', password: inject('demoPassword') });
    await api.delete(`/api/admin/wall-tokens/${tokenId}`, { headers: { 'x-csrf-token': csrfToken } });
    await api.dispose();
  });

  it('draws its title in real glyphs', async () => {
    expect(await domTextAgainstTofu(wall.page, '.wall-title')).toBeGreaterThan(0.05);
  });

  it('has the characters of its charts\' canvas text in the font stack the charts draw with', async () => {
    // Loaded by the page for its charts (the test draws nothing before it asks), then drawn as the charts draw.
    expect(await shippedFontLoadedFor(wall.page, '好较般差')).toBe(true);
    const m = await canvasGlyphs(wall.page, '.wall-chart', ['好', '较', '般', '差']);
    expect(m.leastDifference).toBeGreaterThan(5);
    expect(m.tofuDifference).toBeGreaterThan(5);
  });
});
