import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeMeasure } from '../../core/measures/glossary';
import { captureMap, changedShare, distinctColours, openMapPage, saveScreenshot, settle, toggleLayer, type MapPage } from './driver';

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
