import { pointOnFeature } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeMeasure } from '../../core/measures/glossary';
import { apiSession, captureMap, changedShare, distinctColours, openMapPage, ringYellowPixels, saveScreenshot, settle, toggleLayer, type MapPage } from './driver';

let mp: MapPage;
beforeAll(async () => {
  mp = await openMapPage(inject('baseUrl'), { username: 'commander', password: inject('demoPassword') });
  await settle(mp.page);
  await saveScreenshot(mp.page, 'map');
});
afterAll(async () => {
  await mp?.close();
});

describe('the first map, in headless Chromium', () => {
  it('draws a varied map, not a blank canvas', async () => {
    expect(distinctColours(await captureMap(mp.page))).toBeGreaterThan(50);
  });

  it('draws the grids: hiding them changes a large part of the map, showing them restores it', async () => {
    const before = await captureMap(mp.page);
    await toggleLayer(mp.page, 'grids');
    const hidden = await captureMap(mp.page);
    await toggleLayer(mp.page, 'grids');
    const shown = await captureMap(mp.page);
    expect(changedShare(before, hidden)).toBeGreaterThan(0.05);
    expect(changedShare(before, shown)).toBeLessThan(0.01);
  });

  it('draws the incident heatmap: hiding it changes the map', async () => {
    const before = await captureMap(mp.page);
    await toggleLayer(mp.page, 'heatmap');
    const hidden = await captureMap(mp.page);
    await toggleLayer(mp.page, 'heatmap');
    expect(changedShare(before, hidden)).toBeGreaterThan(0.01);
  });

  it('keeps in the legend only what the map shows: a layer switched off takes its entries with it', async () => {
    const legend = (id: string) => mp.page.locator(`[data-testid="legend"] [data-testid="${id}"]`);
    const beatEntry = mp.page.locator('[data-testid="legend"] li[data-layer="beats"]');
    await expect(legend('legend-heatmap').isVisible()).resolves.toBe(true);
    await expect(beatEntry.count()).resolves.toBe(1);
    await mp.page.locator('[data-testid="layer-toggle-heatmap"]').click();
    await mp.page.locator('[data-testid="layer-toggle-beats"]').click();
    await expect.poll(() => legend('legend-heatmap').isVisible()).toBe(false);
    await expect(beatEntry.count()).resolves.toBe(0);
    await expect(legend('legend-households').isVisible()).resolves.toBe(true);
    await mp.page.locator('[data-testid="layer-toggle-heatmap"]').click();
    await mp.page.locator('[data-testid="layer-toggle-beats"]').click();
    await expect.poll(() => legend('legend-heatmap').isVisible()).toBe(true);
    await expect(beatEntry.count()).resolves.toBe(1);
    await settle(mp.page);
  });

  it('says in the interface that the data is demo data', async () => {
    await expect(mp.page.locator('[data-testid="demo-badge"]').innerText()).resolves.toMatch(/演示数据|Demo data/);
  });

  it('shows a figure’s ⓘ tooltip with the glossary’s words, on top of the map and within the window', async () => {
    const info = mp.page.locator('[data-testid="figure-residents"] .measure-info');
    const tip = mp.page.locator('[data-testid="figure-residents"] .measure-tip');
    await expect(tip.isVisible()).resolves.toBe(false);
    await info.hover();
    await tip.waitFor({ state: 'visible' });
    await expect(tip.innerText()).resolves.toBe(describeMeasure('residents', 'zh-CN'));
    const box = (await tip.boundingBox())!;
    const viewport = mp.page.viewportSize()!;
    expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height).toBe(true);
    await saveScreenshot(mp.page, 'map-figure-tooltip');
    // Not covered by the map or a neighbouring panel: the topmost element at its centre is the tooltip (which lets
    // the pointer through, so elementFromPoint would skip it: it is made hit-testable for the look).
    const onTop = await tip.evaluate((el: HTMLElement) => {
      el.style.pointerEvents = 'auto';
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      el.style.pointerEvents = '';
      return el.contains(top);
    });
    expect(onTop).toBe(true);
    await mp.page.mouse.move(0, 0);
  });

  it('rings a new incident where it happened and counts it in the period’s figure, without a reload', async () => {
    const figure = mp.page.locator('[data-testid="figure-incidents"] dd');
    const count = async () => Number((await figure.innerText()).replace(/\D/g, ''));
    await expect.poll(count).toBeGreaterThan(0);
    const before = await count();
    await mp.page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const { api, csrfToken } = await apiSession(inject('baseUrl'), { username: 'commander', password: inject('demoPassword') });
    const grids = (await (await api.get('/api/grids')).json()) as FeatureCollection<Polygon | MultiPolygon>;
    const [lng, lat] = pointOnFeature(grids.features[0]).geometry.coordinates;
    const res = await api.post('/api/incidents', { data: { categoryCode: 'NOISE', source: '110', lng, lat }, headers: { 'x-csrf-token': csrfToken } });
    expect(res.status()).toBe(201);
    const { id } = (await res.json()) as { id: number };
    await api.dispose();
    await mp.page.locator(`.incident-ring[data-incident-id="${id}"]`).waitFor({ state: 'attached', timeout: 10_000 });
    // Drawn over the grids and names, in its own yellow: under deck.gl's canvas it showed pale through the fills.
    expect(await ringYellowPixels(mp.page, id)).toBeGreaterThan(100);
    await expect.poll(count, { timeout: 15_000 }).toBe(before + 1);
    expect(await mp.page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    // Another period shows its own count under its own name, never the year's while it loads.
    const label = mp.page.locator('[data-testid="figure-incidents"] dt');
    const shown: string[] = [];
    const watch = setInterval(() => void mp.page.locator('[data-testid="figure-incidents"]').innerText().then((t) => shown.push(t), () => {}), 50);
    await mp.page.locator('[data-testid="period-7d"]').click();
    await expect.poll(() => label.innerText()).toContain('近7天');
    await expect.poll(count).toBeLessThan(before);
    clearInterval(watch);
    const yearUnderWeek = shown.filter((t) => t.includes('近7天') && Number(t.replace(/.*）/s, '').replace(/\D/g, '')) >= before);
    expect(yearUnderWeek).toEqual([]);
    await mp.page.locator('[data-testid="period-12m"]').click();
    await expect.poll(count, { timeout: 15_000 }).toBe(before + 1);
  });

  it('offers 实有人口 for a name the map’s search does not find, and opens it on that name', async () => {
    const input = mp.page.locator('[data-testid="map-search-input"]');
    await input.fill('张伟');
    const people = mp.page.locator('[data-testid="map-search-people"]');
    await expect(people.innerText()).resolves.toBe('找人？到“实有人口”按姓名查找“张伟”');
    await people.click();
    await mp.page.locator('[data-testid="residents-view"]').waitFor();
    expect(new URL(mp.page.url()).searchParams.get('q')).toBe('张伟');
    await expect(mp.page.locator('[data-testid="residents-person-search"]').inputValue()).resolves.toBe('张伟');
    await mp.page.goBack();
    await mp.page.locator('[data-testid="map-page"]:not(.map-area-hidden)').waitFor();
    await input.fill('');
    await settle(mp.page);
  });

  it('switches the interface to English and back', async () => {
    const title = mp.page.locator('[data-testid="app-title"]');
    // MapLibre's own buttons too, which say 'Zoom in' unless told otherwise.
    const zoomIn = mp.page.locator('.maplibregl-ctrl-zoom-in');
    const zh = await title.innerText();
    await expect(zoomIn.getAttribute('title')).resolves.toBe('放大');
    await mp.page.locator('[data-testid="language-switch"]').click();
    const en = await title.innerText();
    expect(zh).toMatch(/警网/);
    expect(en).toMatch(/Jingwang/);
    await expect(zoomIn.getAttribute('title')).resolves.toBe('Zoom in');
    await mp.page.locator('[data-testid="language-switch"]').click();
    await expect(title.innerText()).resolves.toBe(zh);
    await expect(zoomIn.getAttribute('aria-label')).resolves.toBe('放大');
  });

  it('sends no request off this machine', async () => {
    const offHost = mp.requests.filter((u) => {
      if (u.startsWith('data:') || u.startsWith('blob:')) return false;
      const host = new URL(u).hostname;
      return host !== 'localhost' && host !== '127.0.0.1';
    });
    expect(mp.requests.length).toBeGreaterThan(5);
    expect(offHost).toEqual([]);
  });
});
