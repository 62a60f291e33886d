import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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

  it('switches the interface to English and back', async () => {
    const title = mp.page.locator('[data-testid="app-title"]');
    const zh = await title.innerText();
    await mp.page.locator('[data-testid="language-switch"]').click();
    const en = await title.innerText();
    expect(zh).toMatch(/警网/);
    expect(en).toMatch(/Jingwang/);
    await mp.page.locator('[data-testid="language-switch"]').click();
    await expect(title.innerText()).resolves.toBe(zh);
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
