import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PatrolCandidates } from '../../core/contracts/patrol';
import { localDateKey } from '../../core/time';
import { atPhoneSize, changedShare, distinctColours, launchBrowser, logIn, openApp, phoneViewport, saveScreenshot, screenFit, type AppPage, type Box } from './driver';

const tid = (id: string) => `[data-testid="${id}"]`;

let browser: Browser;
let app: AppPage;
let page: Page;
let mandatoryCode = '';
let farthestCode = '';
let stopCount = 0;

/** The patrol map's pixels (the dashboard's map is on the page too, hidden, so driver.captureMap would find two). */
async function capturePatrolMap(): Promise<PNG> {
  return PNG.sync.read(await page.locator(`${tid('patrol-map')} ${tid('map')}`).screenshot());
}

/** Waits until the patrol map (the last map mounted, so the one in window.__jingwang) has drawn what it was given. */
async function waitForPatrolMap(): Promise<void> {
  await page.waitForFunction(
    () => {
      const hooks = (window as unknown as { __jingwang?: { ready: boolean; map: { getContainer(): HTMLElement } } }).__jingwang;
      return hooks?.ready === true && hooks.map.getContainer().closest('[data-testid="patrol-map"]') !== null;
    },
    null,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(1200);
}

/** How many of the route's stops deck.gl draws within the patrol map's canvas (it picks only what is on screen). */
const stopsOnMap = () =>
  page.evaluate(() => {
    type Hooks = { map: { getCanvas(): HTMLCanvasElement }; deck: { pickObjects(o: object): unknown[] } };
    const { map, deck } = (window as unknown as { __jingwang: Hooks }).__jingwang;
    const canvas = map.getCanvas();
    return deck.pickObjects({ x: 0, y: 0, width: canvas.clientWidth, height: canvas.clientHeight, layerIds: ['patrol-stops'] }).length;
  });

const layersDrawn = () => page.evaluate(() => (window as unknown as { __jingwang: { layersDrawn: string[] } }).__jingwang.layersDrawn);

/** Clicks a button that downloads a file and reads the file. */
async function download(button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(tid(button)).click()]);
  return { name: (file as Download).suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openApp(browser, inject('baseUrl'), '/patrol');
  page = app.page;
  await logIn(page, { username: 'patrol', password: inject('demoPassword') });
  await page.locator(tid('patrol-view')).waitFor({ timeout: 60_000 });
  await waitForPatrolMap();
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

describe('the patrol route planner (巡防路线), in headless Chromium', () => {
  it('opens for a patrol leader, in Chinese, offering only the station of their scope', async () => {
    await expect(page.locator(tid('nav-patrol')).innerText()).resolves.toBe('巡防路线');
    const me = await page.evaluate(async () => (await (await fetch('/api/auth/me')).json()) as { scope: { kind: string; codes: string[] } });
    expect(me.scope.kind).toBe('station');
    const options = await page.locator(`${tid('patrol-station')} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toEqual(me.scope.codes);
    // Named as the station is known, without its code (PS01).
    const labels = await page.locator(`${tid('patrol-station')} option`).allInnerTexts();
    expect(labels.every((l) => /^\S+派出所$/.test(l))).toBe(true);
    await expect(page.locator(tid('patrol-station')).inputValue()).resolves.toBe(me.scope.codes[0]);
    // The map's zoom buttons keep MapLibre's white face and dark icons, not the view's blue buttons (issue 12).
    const zoomIn = page.locator(`${tid('patrol-map')} .maplibregl-ctrl-zoom-in`);
    const look = await zoomIn.evaluate((b) => ({ face: getComputedStyle(b).backgroundColor, icon: getComputedStyle(b.querySelector('.maplibregl-ctrl-icon')!).backgroundImage }));
    expect(look.face).toBe('rgb(255, 255, 255)');
    expect(look.icon).toMatch(/^url\(/);
  });

  it('shows the candidates of the evening patrol (中班 19–23) on weekdays, on foot, and marks a key place 必到', async () => {
    await page.locator(tid('patrol-shift-middle')).click();
    // A window inside the shift, not the shift: the analysis's 中班 is 15–23.
    await expect(page.locator(tid('patrol-shift-middle')).innerText()).resolves.toBe('中班内 19–23');
    await expect(page.locator(tid('patrol-shifts-note')).innerText()).resolves.toContain('中班 15–23');
    await page.locator(tid('patrol-weekdays-weekdays')).click();
    await page.locator(tid('patrol-mode-foot')).click();
    await page.locator(tid('patrol-budget')).fill('90');
    await page.locator(tid('patrol-dwell')).fill('5');
    await expect(page.locator(tid('patrol-window-start')).inputValue()).resolves.toBe('19:00');
    await expect(page.locator(tid('patrol-window-end')).inputValue()).resolves.toBe('23:00');
    // data-count appears with the first answer (before the station is known there is none to wait for).
    await page.locator(`${tid('patrol-candidates')}[data-status="ready"][data-count]`).waitFor({ timeout: 60_000 });
    const cells = await page.locator(`${tid('patrol-candidate')}[data-kind="hotspot"]`).count();
    const places = await page.locator(`${tid('patrol-candidate')}[data-kind="key_place"]`).count();
    expect(cells).toBeGreaterThan(0);
    expect(places).toBeGreaterThan(0);
    // The key place nearest the station, so it surely fits 90 minutes on foot.
    const station = await page.locator(tid('patrol-station')).inputValue();
    const answer = await page.evaluate(
      async (s) => (await (await fetch(`/api/patrol/candidates?station=${s}&start=19:00&end=23:00&weekdays=1,2,3,4,5&mode=foot`)).json()) as PatrolCandidates,
      station,
    );
    const [x0, y0] = answer.start.lngLat;
    const byDistance = answer.candidates
      .filter((c) => c.kind === 'key_place')
      .sort((a, b) => Math.hypot(a.lngLat[0] - x0, a.lngLat[1] - y0) - Math.hypot(b.lngLat[0] - x0, b.lngLat[1] - y0));
    mandatoryCode = byDistance[0].id;
    farthestCode = byDistance[byDistance.length - 1].id;
    await page.locator(tid(`patrol-mandatory-${mandatoryCode}`)).check();
    await expect(page.locator(tid('patrol-candidates-summary')).innerText()).resolves.toContain('必到 1 处');
    await waitForPatrolMap();
  });

  it('takes its hotspot cells from the shift’s validated forecast, names the winning model, and offers Gi* instead', async () => {
    await expect(page.locator(tid('patrol-hotspots-forecast')).getAttribute('aria-pressed')).resolves.toBe('true');
    const note = page.locator(tid('patrol-forecast-method'));
    await expect(note.innerText()).resolves.toMatch(/^预测方法：.+（选模型时的 PAI：本方法 [\d.–]+，上期计数 [\d.–]+，KDE [\d.–]+）$/);
    const ids = () => page.$$eval('[data-testid="patrol-candidate"][data-kind="hotspot"]', (els) => els.map((e) => (e as HTMLElement).dataset.id).join(','));
    const forecastCells = await ids();
    await page.locator(tid('patrol-hotspots-gi')).click();
    // The Gi* answer has no model to name; its cells are the last weeks' significant clusters.
    await note.waitFor({ state: 'detached', timeout: 60_000 });
    await page.locator(`${tid('patrol-candidates')}[data-status="ready"][data-count]`).waitFor({ timeout: 60_000 });
    expect(await ids()).not.toBe(forecastCells);
    await page.locator(tid('patrol-hotspots-forecast')).click();
    await note.waitFor({ timeout: 60_000 });
    await page.locator(`${tid('patrol-candidates')}[data-status="ready"][data-count]`).waitFor({ timeout: 60_000 });
    // The 必到 mark of the test above is kept: key places do not depend on the hotspot source.
    await expect(page.locator(tid('patrol-candidates-summary')).innerText()).resolves.toContain('必到 1 处');
    await waitForPatrolMap();
  });

  it('plans a timed route along the streets within the budget, visiting the 必到 place, and draws it', async () => {
    const before = await capturePatrolMap();
    await page.locator(tid('patrol-generate')).click();
    await page.locator(`${tid('patrol-view')}[data-plan="done"]`).waitFor({ timeout: 60_000 });
    await waitForPatrolMap();
    const rows = await page.locator(tid('patrol-stop-row')).evaluateAll((trs) =>
      trs.map((tr) => ({ id: (tr as HTMLElement).dataset.id!, arrival: (tr as HTMLElement).dataset.arrival!, departure: (tr as HTMLElement).dataset.departure! })),
    );
    stopCount = rows.length;
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) {
      expect(r.arrival).toMatch(/^(19|20):[0-5]\d$/);
      expect(r.departure).toMatch(/^(19|20):[0-5]\d$/);
      expect(r.departure > r.arrival).toBe(true);
    }
    expect(rows.map((r) => r.id)).toContain(mandatoryCode);
    const totals = page.locator(tid('patrol-totals'));
    expect(Number(await totals.getAttribute('data-minutes'))).toBeLessThanOrEqual(90);
    // The list ends with the walk back: at 19:00 + the route's minutes, after the last stop's departure.
    const back = page.locator(tid('patrol-back-row'));
    const backAt = (await back.getAttribute('data-back-at'))!;
    const minutes = Math.ceil(Number(await totals.getAttribute('data-minutes')) - 1e-9);
    expect(backAt).toBe(`${19 + Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`);
    expect(backAt > rows[rows.length - 1].departure).toBe(true);
    await expect(back.innerText()).resolves.toMatch(/返回\S+派出所/);
    expect(Number(await totals.getAttribute('data-distance-km'))).toBeGreaterThan(0.5);
    expect(['dijkstra', 'pgrouting']).toContain(await totals.getAttribute('data-method'));
    await expect(page.locator(tid('patrol-method')).innerText()).resolves.toContain('沿道路网络');
    await expect(page.locator(tid('patrol-route-hotspots')).innerText()).resolves.toBe('热点来源：本时段预测');
    expect(await layersDrawn()).toEqual(expect.arrayContaining(['patrol-route', 'patrol-route-arrows', 'patrol-stops', 'patrol-stop-numbers', 'patrol-start']));
    const after = await capturePatrolMap();
    expect(changedShare(before, after)).toBeGreaterThan(0.01);
    expect(distinctColours(after)).toBeGreaterThan(50);
  });

  it('exports the route as GPX 1.1, a waypoint a stop, and as GeoJSON', async () => {
    const gpx = await download('patrol-export-gpx');
    expect(gpx.name).toMatch(/^巡防路线-\S+派出所-1900-2300-步行-\d{8}\.gpx$/);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.localName,
        version: doc.documentElement.getAttribute('version'),
        wpts: [...doc.getElementsByTagName('wpt')].map((w) => ({ name: w.getElementsByTagName('name')[0]?.textContent, time: w.getElementsByTagName('time')[0]?.textContent })),
        trkpts: doc.getElementsByTagName('trkpt').length,
      };
    }, gpx.text);
    expect(parsed).toMatchObject({ error: 0, root: 'gpx', version: '1.1' });
    expect(parsed.wpts).toHaveLength(stopCount);
    for (const w of parsed.wpts) {
      expect(w.name).toMatch(/^\d+\. /);
      expect(w.time).toMatch(/^\d{4}-\d\d-\d\dT1[12]:[0-5]\d:[0-5]\dZ$/); // 19:00–20:59 in Shanghai
    }
    expect(parsed.trkpts).toBeGreaterThan(stopCount * 3);

    const geojson = await download('patrol-export-geojson');
    expect(geojson.name).toMatch(/\.geojson$/);
    const fc = JSON.parse(geojson.text) as { type: string; features: { geometry: { type: string }; properties: { kind: string; id: string } }[] };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features[0].geometry.type).toBe('LineString');
    const stops = fc.features.filter((f) => f.properties.kind === 'stop');
    expect(stops).toHaveLength(stopCount);
    expect(stops.every((f) => f.geometry.type === 'Point')).toBe(true);
    expect(stops.map((f) => f.properties.id)).toContain(mandatoryCode);
  });

  it('saves the route and assigns it to an officer picked from the list, shown by name, and lists it', async () => {
    const unit = page.locator(tid('patrol-save-unit'));
    await page.locator(`${tid('patrol-save-unit')} option[value^="officer:"]`).first().waitFor({ state: 'attached' });
    const options = await page.locator(`${tid('patrol-save-unit')} option`).evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
    // The beat holding most of the route's stops is proposed; its station, beats and their officers are offered, by name.
    const { stops, beats } = await page.evaluate(async () => {
      const deck = (window as unknown as { __jingwang: { deck: { props: { layers: { id: string; props: { data: { lngLat: [number, number] }[] } }[] } } } }).__jingwang.deck;
      const beats = (await (await fetch('/api/beats')).json()) as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
      return { stops: deck.props.layers.find((l) => l.id === 'patrol-stops')!.props.data.map((d) => d.lngLat), beats };
    });
    const perBeat = new Map<string, number>();
    for (const s of stops) {
      const code = beats.features.find((b) => booleanPointInPolygon(s, b))?.properties.code;
      if (code) perBeat.set(code, (perBeat.get(code) ?? 0) + 1);
    }
    expect(perBeat.size, 'no stop lies in a beat').toBeGreaterThan(0);
    const most = Math.max(...perBeat.values());
    expect([...perBeat].filter(([, n]) => n === most).map(([code]) => `beat:${code}`)).toContain(await unit.inputValue());
    expect(options.filter((o) => o.value.startsWith('station:'))).toHaveLength(1);
    const officer = options.find((o) => o.value.startsWith('officer:'))!;
    expect(officer.text).toMatch(/社区民警/);
    await page.locator(tid('patrol-save-name')).fill('夜巡 e2e 一线');
    await unit.selectOption(officer.value);
    // Terms changed after planning: the shown route is not what the form says, so it cannot be saved until planned
    // again or the terms put back.
    const budget = page.locator(tid('patrol-budget'));
    const planned = await budget.inputValue();
    await budget.fill(String(Number(planned) + 5));
    await expect(page.locator(tid('patrol-save-stale')).innerText()).resolves.toBe('条件已更改：先点“生成路线”，再保存新路线。');
    await expect(page.locator(tid('patrol-save')).isDisabled()).resolves.toBe(true);
    await budget.fill(planned);
    await expect(page.locator(tid('patrol-save-stale')).count()).resolves.toBe(0);
    await page.locator(tid('patrol-save')).click();
    await expect(page.locator(tid('patrol-saved')).innerText()).resolves.toContain(officer.text);
    // Saved on a day it does not run (the form's weekdays on a weekend), the leader is told from when its crew sees it.
    const listed = await page.evaluate(() => fetch('/api/patrol/routes').then((r) => r.json() as Promise<{ name: string; firstOnToday: string }[]>));
    const first = listed.find((r) => r.name === '夜巡 e2e 一线')!.firstOnToday;
    const notToday = page.locator(tid('patrol-saved-not-today'));
    if (first === localDateKey(Date.now())) await expect(notToday.count()).resolves.toBe(0);
    else await expect(notToday.innerText()).resolves.toMatch(new RegExp(`^今天不在它的执行日内：${first}（周[一二三四五六日]）起`));
    const row = page.locator(`${tid('patrol-saved-row')}[data-name="夜巡 e2e 一线"]`);
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain(officer.text);
    // One end time: the saved list reads the minute the stop list's walk back ends (they differed by one, rounded twice).
    const backAt = await page.locator(tid('patrol-back-row')).getAttribute('data-back-at');
    await expect(row.innerText()).resolves.toContain(`19:00–${backAt}（时段至 23:00）`);
    await expect(unit.inputValue()).resolves.toBe(officer.value); // the saved route's assignee stays chosen
    await page.waitForTimeout(500);
    await saveScreenshot(page, 'patrol');
  });

  it('prints a patrol card: the map as an image and the timed stops, alone on the page in print media', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => {
        w.printed += 1;
      };
    });
    await page.locator(tid('patrol-print')).click();
    await expect(page.evaluate(() => (window as unknown as { printed: number }).printed)).resolves.toBe(1);
    const src = await page.locator(tid('patrol-card-map')).getAttribute('src');
    expect(src).toMatch(/^data:image\/png;base64,/);
    // Streets under the route: the built-in base map's road casing (#c9c1b2) and main-road fill (#f3d9a0) are in the image.
    const image = PNG.sync.read(Buffer.from(src!.split(',')[1], 'base64'));
    let road = 0;
    for (let i = 0; i < image.data.length; i += 4) {
      const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]];
      const near = (c: number[]) => Math.abs(r - c[0]) + Math.abs(g - c[1]) + Math.abs(b - c[2]) < 24;
      if (near([201, 193, 178]) || near([243, 217, 160])) road++;
    }
    expect(road / (image.width * image.height)).toBeGreaterThan(0.005);
    // The stops are printed as discs larger than the screen's 11 px ones (which printed about 1.5 mm across): 14 px
    // right of each stop's centre is still its disc's blue, violet or red.
    const { centres, cssWidth } = await page.evaluate(() => {
      const hooks = (window as unknown as { __jingwang: { map: { project(p: [number, number]): { x: number; y: number }; getContainer(): HTMLElement }; deck: { props: { layers: { id: string; props: { data: { lngLat: [number, number] }[] } }[] } } } }).__jingwang;
      const data = hooks.deck.props.layers.find((l) => l.id === 'patrol-stops')!.props.data;
      return { centres: data.map((d) => hooks.map.project(d.lngLat)), cssWidth: hooks.map.getContainer().querySelector('canvas')!.clientWidth };
    });
    const ratio = image.width / cssWidth;
    const discColours = [[0, 61, 165], [109, 40, 217], [220, 38, 38]];
    const inDisc = centres.filter(({ x, y }) => {
      const [px, py] = [Math.round((x + 14) * ratio), Math.round(y * ratio)];
      if (px < 0 || py < 0 || px >= image.width || py >= image.height) return true;
      const i = (py * image.width + px) * 4;
      return discColours.some((c) => Math.abs(image.data[i] - c[0]) + Math.abs(image.data[i + 1] - c[1]) + Math.abs(image.data[i + 2] - c[2]) < 30);
    });
    expect(centres.length).toBe(stopCount);
    expect(inDisc.length).toBe(stopCount);
    await expect(page.locator(tid('patrol-card-row')).count()).resolves.toBe(stopCount);
    expect(await page.locator(tid('patrol-card')).isVisible()).toBe(false);

    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator(tid('patrol-card')).isVisible()).toBe(true);
      expect(await page.locator(tid('patrol-view')).isVisible()).toBe(false);
      const card = await page.locator(tid('patrol-card')).innerText();
      expect(card).toContain('巡防卡');
      expect(card).toContain('19:00–23:00');
      // The page's 演示数据 badge does not print: the card carries its own.
      expect(await page.locator(tid('demo-badge')).isVisible()).toBe(false);
      await expect(page.locator(tid('patrol-card-demo')).innerText()).resolves.toBe('演示数据');
      // The plan's weekdays, and no date the card would be for (issue 12).
      const fields = await page.locator(`${tid('patrol-card')} .patrol-card-fields div`).evaluateAll((ds) => Object.fromEntries(ds.map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent])));
      expect(fields['巡防时段']).toBe('19:00–23:00');
      expect(fields['星期']).toBe('一至五');
      expect(fields['分配给']).toMatch(/社区民警/);
      expect(card).toContain('沿道路网络');
      const firstArrival = await page.locator(tid('patrol-stop-row')).first().getAttribute('data-arrival');
      expect(card).toContain(firstArrival!);
      mkdirSync('test-results', { recursive: true });
      await page.screenshot({ path: 'test-results/patrol-card.png', fullPage: true });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('opens a saved route again, and deletes it', async () => {
    const row = page.locator(`${tid('patrol-saved-row')}[data-name="夜巡 e2e 一线"]`);
    // The form's source changed since; the route brings back its own.
    await page.locator(tid('patrol-hotspots-gi')).click();
    // The planner has scrolled down the right-hand column to the saved list, below the route on screen.
    const scrolled = await page.locator('.patrol-right').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
      return el.scrollTop;
    });
    expect(scrolled).toBeGreaterThan(0);
    await row.locator(tid('patrol-open')).click();
    await page.locator(`${tid('patrol-saved-row')}.current[data-name="夜巡 e2e 一线"]`).waitFor();
    // The row is current already (the route just saved is on screen), so wait for the opened route's form.
    await page.locator(`${tid('patrol-hotspots-forecast')}[aria-pressed="true"]`).waitFor({ timeout: 15_000 });
    await expect(page.locator(tid('patrol-route-hotspots')).getAttribute('data-source')).resolves.toBe('forecast');
    await expect(page.locator(tid('patrol-stop-row')).count()).resolves.toBe(stopCount);
    await expect(page.locator(tid('patrol-result')).innerText()).resolves.toContain('夜巡 e2e 一线');
    // The list sits below the result; opening a route scrolls its panel back up to the result's top.
    await expect.poll(() => page.locator(tid('patrol-result')).evaluate((el) => {
      const panel = el.closest('.patrol-right')!.getBoundingClientRect();
      return el.getBoundingClientRect().top >= panel.top - 1 && el.getBoundingClientRect().top < panel.bottom;
    }), { timeout: 5_000 }).toBe(true);
    await row.locator(tid('patrol-delete')).click();
    await row.locator(tid('patrol-delete-confirm')).click();
    await row.waitFor({ state: 'detached' });
  });

  it('names the 必到 place that cannot be visited within a 10-minute budget (422)', async () => {
    await page.locator(tid(`patrol-mandatory-${mandatoryCode}`)).uncheck();
    await page.locator(tid(`patrol-mandatory-${farthestCode}`)).check();
    await page.locator(tid('patrol-budget')).fill('10');
    await page.locator(tid('patrol-generate')).click();
    const alert = page.locator(tid('patrol-infeasible'));
    await alert.waitFor({ timeout: 60_000 });
    expect((await alert.getAttribute('data-stop-ids'))!.split(',')).toContain(farthestCode);
    await expect(alert.innerText()).resolves.toContain('10 分钟');
    // The server's own words under it are Chinese too, naming the place, not an English sentence (issue 12).
    const serverSays = await alert.locator('.patrol-muted').innerText();
    expect(serverSays).toMatch(/必到点位「[^」]+」无法在 10 分钟内全部到达/);
    expect(serverSays).not.toMatch(/\b(the|cannot|within|stops)\b/i);
    await alert.screenshot({ path: 'test-results/patrol-infeasible.png' });
    await page.locator(tid('patrol-budget')).fill('90');
  });

  it('names a start picked on the map by the place it is at, keeping the coordinates for hovering', async () => {
    await page.locator(tid('patrol-start-point')).check();
    await page.locator(tid('patrol-pick')).click();
    const box = (await page.locator(`${tid('patrol-map')} ${tid('map')}`).boundingBox())!;
    // The route's framing puts its stops, at the station's hotspots among the buildings, round the middle.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const place = page.locator(tid('patrol-point-place'));
    await place.waitFor({ timeout: 30_000 });
    await expect(place.innerText()).resolves.toMatch(/^\S+附近$/);
    await expect(page.locator(tid('patrol-point')).innerText()).resolves.not.toMatch(/\d+\.\d{3,}/);
    const [lng, lat] = (await place.getAttribute('title'))!.split(',').map(Number);
    expect(lng > 107 && lng < 108 && lat > 31 && lat < 32).toBe(true);
    await page.locator(tid('patrol-start-station')).check();
  });

  it('stacks into one column on a phone: terms and candidates, the map full width with the route drawn, the route', async () => {
    expect(await stopsOnMap()).toBe(stopCount);
    await atPhoneSize(page, async () => {
      const { overflowPx, boxes } = await screenFit(page, { left: '.patrol-left', map: `${tid('patrol-map')} > ${tid('map')}`, right: '.patrol-right' });
      expect(overflowPx).toBe(0);
      const { left, map, right } = boxes as Record<string, Box>;
      expect(map.top).toBeGreaterThanOrEqual(left.bottom);
      expect(map.right - map.left).toBe(phoneViewport.width);
      expect(map.height).toBeGreaterThan(phoneViewport.height / 2);
      expect(right.top).toBeGreaterThanOrEqual(map.bottom);
      // The map redrew at its new size, route and all.
      await page.locator(tid('patrol-map')).scrollIntoViewIfNeeded();
      await page.waitForTimeout(1500);
      const drawn = await capturePatrolMap();
      expect(drawn.width).toBe(phoneViewport.width);
      expect(distinctColours(drawn)).toBeGreaterThan(50);
      // Framed again for the narrower map: every stop is on it, not only those near the middle of the desktop's framing.
      expect(await stopsOnMap()).toBe(stopCount);
      await saveScreenshot(page, 'patrol-phone');
      // Big enough for a thumb: the 必到 boxes and the buttons.
      const sizes = await page.locator(`input[data-testid^="patrol-mandatory-"], ${tid('patrol-generate')}`).evaluateAll((els) => els.map((el) => {
        const r = el.getBoundingClientRect();
        return { id: el.getAttribute('data-testid'), width: r.width, height: r.height };
      }));
      expect(sizes.length).toBeGreaterThan(1);
      for (const size of sizes) expect(Math.min(size.width, size.height), size.id!).toBeGreaterThanOrEqual(24);
      expect(sizes.find((size) => size.id === 'patrol-generate')!.height).toBeGreaterThanOrEqual(36);
      // From the top of the form, 生成路线 brings the new route's map to the top of the screen, the stops under it.
      await page.locator(tid(`patrol-mandatory-${farthestCode}`)).uncheck();
      await page.locator('.patrol-page').evaluate((el) => el.scrollTo(0, 0));
      await page.locator(tid('patrol-generate')).click();
      await expect.poll(() => page.locator(tid('patrol-map')).evaluate((el) => {
        const top = el.getBoundingClientRect().top - el.closest('.patrol-page')!.getBoundingClientRect().top;
        return Math.abs(top) < 2;
      }), { timeout: 60_000 }).toBe(true);
    });
  });

  it('raised no error in the page', () => {
    expect(app.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
