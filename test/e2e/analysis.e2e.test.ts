import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeMeasure } from '../../core/measures/glossary';
import { atPhoneSize, changedShare, launchBrowser, logIn, openApp, phoneViewport, saveScreenshot, screenFit, type AppPage, type Box } from './driver';

const tid = (id: string) => `[data-testid="${id}"]`;
const nightHours = '0,1,2,3,4,5,6,23';

let browser: Browser;
let app: AppPage;
let page: Page;

/** The analysis map's pixels (the dashboard's map is on the page too, hidden, so driver.captureMap would find two). */
async function captureAnalysisMap(): Promise<PNG> {
  return PNG.sync.read(await page.locator(`${tid('analysis-map')} ${tid('map')}`).screenshot());
}

/** Waits until the analysis map (the last map mounted, so the one in window.__jingwang) has drawn what it was given. */
async function waitForAnalysisMap(): Promise<void> {
  await page.waitForFunction(
    () => {
      const hooks = (window as unknown as { __jingwang?: { ready: boolean; map: { getContainer(): HTMLElement } } }).__jingwang;
      return hooks?.ready === true && hooks.map.getContainer().closest('[data-testid="analysis-map"]') !== null;
    },
    null,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(800);
}

const answerTo = (path: string, match: (search: URLSearchParams) => boolean) =>
  page.waitForResponse((r) => {
    const url = new URL(r.url());
    return url.pathname === path && match(url.searchParams);
  }, { timeout: 60_000 });

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openApp(browser, inject('baseUrl'), '/analysis');
  page = app.page;
  await logIn(page, { username: 'commander', password: inject('demoPassword') });
  await page.locator(tid('analysis-view')).waitFor({ timeout: 60_000 });
  await waitForAnalysisMap();
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

describe('the incident analysis view (警情研判), in headless Chromium', () => {
  it('opens at /analysis for a commander, in Chinese, with its filters, map and panels', async () => {
    await expect(page.locator(tid('nav-analysis')).innerText()).resolves.toBe('警情研判');
    await expect(page.locator(tid('analysis-shift-night')).innerText()).resolves.toContain('夜班');
    await page.locator(`${tid('analysis-totals')}[data-total]`).waitFor({ timeout: 60_000 });
    expect(Number(await page.locator(tid('analysis-totals')).getAttribute('data-total'))).toBeGreaterThan(0);
    // 近28天 runs to tonight's midnight: the change counts the period before up to the same moment, and says so.
    await expect(page.locator(tid('analysis-previous-label')).innerText()).resolves.toBe('上一同期（截至同一时刻）');
    await expect(page.locator(tid('analysis-series-partial')).last().innerText()).resolves.toMatch(/^末段未完，计至 \d{4}\/\d{1,2}\/\d{1,2} \d{2}:\d{2}/);
    expect(app.pageErrors).toEqual([]);
  });

  it('filters by categories and the night shift: the matrix holds night hours only, and the rates table fills', async () => {
    await page.locator(tid('analysis-range-90d')).click();
    await page.locator(tid('analysis-categories-summary')).click();
    await page.locator(tid('analysis-category-FIGHT')).check();
    await page.locator(tid('analysis-category-DRUNK')).check();
    await page.locator(tid('analysis-categories-summary')).click();
    const isFiltered = (q: URLSearchParams) => q.get('hours') === nightHours && q.get('categories') === 'DRUNK,FIGHT';
    const profileAnswer = answerTo('/api/analysis/profile', isFiltered);
    const ratesAnswer = answerTo('/api/analysis/rates', isFiltered);
    await page.locator(tid('analysis-shift-night')).click();
    const profile = (await (await profileAnswer).json()) as { total: number; matrix: number[][] };
    expect((await ratesAnswer).ok()).toBe(true);

    expect(profile.total).toBeGreaterThan(0);
    const dayHours = profile.matrix.flatMap((row) => row.filter((_, h) => h >= 7 && h < 23));
    expect(dayHours.every((n) => n === 0)).toBe(true);
    await page.locator(`${tid('analysis-matrix')}[data-total="${profile.total}"]`).waitFor();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="analysis-rates-table"]')?.getAttribute('data-rows')) > 0);
    const firstCount = await page.locator(`${tid('analysis-rates-table')} tbody tr:first-child td:nth-child(3)`).innerText();
    expect(Number(firstCount.replace(/,/g, ''))).toBeGreaterThan(0);
    // 导出 CSV saves the table as shown: a row a grid, the same counts, named after the tab and the period.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(tid('analysis-export')).click()]);
    expect(download.suggestedFilename()).toMatch(/^网格发案率-\d{4}-\d{2}-\d{2}至\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...lines] = parse(readFileSync((await download.path())!, 'utf8'), { bom: true }) as string[][];
    expect(header).toEqual(['网格', '编码', '人口', '警情数', '每千人', '上期', '变化（%）']);
    const shown = await page.$$eval('[data-testid="analysis-rates-table"] tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const byCount = (rows: [string, number][]) => rows.map((r) => `${r[0]} ${r[1]}`).sort();
    expect(byCount(lines.map((l) => [`${l[0]} ${l[1]}`, Number(l[3])]))).toEqual(byCount(shown.map((td) => [td[0].trim(), Number(td[2].replace(/,/g, ''))])));
    await expect(page.locator(tid('analysis-exported')).innerText()).resolves.toBe(`已导出 ${download.suggestedFilename()}，共 ${lines.length} 行`);
    // 每千人 is over the period chosen here, not 千人警情's 30 days: its ⓘ says so, and a click on it does not sort.
    const per1000 = page.locator(tid('analysis-sort-per1000'));
    await per1000.locator('.measure-info').hover();
    await expect(per1000.locator('.measure-tip').innerText()).resolves.toBe(describeMeasure('periodIncidentsPer1000', 'zh-CN'));
    await per1000.locator('.measure-info').click();
    await expect(per1000.getAttribute('aria-sort')).resolves.toBeNull();
    // The view's own URL keeps the filter (hours in shift order), so it can be bookmarked.
    expect(new URL(page.url()).searchParams.get('hours')?.split(',').map(Number).sort((a, b) => a - b).join(',')).toBe(nightHours);
    await waitForAnalysisMap();
  });

  it('switches on the hotspots: the API answers hot cells and the map draws them, with an FDR legend', async () => {
    const before = await captureAnalysisMap();
    const answer = answerTo('/api/analysis/hotspots', (q) => q.get('cell') === '150' && q.get('hours') === nightHours);
    await page.locator(tid('analysis-layer-hotspots')).check();
    const cells = (await (await answer).json()) as { features: { properties: { class: string } }[]; meta: { fdr: boolean } };
    const hot = cells.features.filter((f) => f.properties.class.startsWith('hot-'));
    expect(hot.length).toBeGreaterThan(0);
    expect(cells.meta.fdr).toBe(true);
    await page.waitForFunction(() => (window as unknown as { __jingwang?: { layersDrawn: string[] } }).__jingwang?.layersDrawn.includes('analysis-hotspots'));
    await waitForAnalysisMap();
    expect(changedShare(before, await captureAnalysisMap())).toBeGreaterThan(0.001);
    await expect(page.locator(tid('analysis-legend-hotspots')).innerText()).resolves.toContain('FDR');
  });

  it('plays the heatmap through a few frames and pauses', async () => {
    const before = await captureAnalysisMap();
    await page.locator(tid('analysis-play')).click();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="analysis-playback"]')?.getAttribute('data-frame')) >= 3, null, { timeout: 30_000 });
    await page.locator(tid('analysis-play')).click();
    const frame = Number(await page.locator(tid('analysis-playback')).getAttribute('data-frame'));
    await page.waitForTimeout(1500);
    expect(Number(await page.locator(tid('analysis-playback')).getAttribute('data-frame'))).toBe(frame);
    await expect(page.locator(tid('analysis-playback-label')).innerText()).resolves.toMatch(/\d{4}-\d{2}-\d{2}/);
    await waitForAnalysisMap();
    expect(changedShare(before, await captureAnalysisMap())).toBeGreaterThan(0.001);
    await saveScreenshot(page, 'analysis');
  });

  it('flies the map to a grid when its rates row is clicked', async () => {
    const centre = () => page.evaluate(() => (window as unknown as { __jingwang: { map: { getZoom(): number } } }).__jingwang.map.getZoom());
    const zoomBefore = await centre();
    await page.locator(`${tid('analysis-rates-table')} tbody tr:first-child`).click();
    await page.waitForFunction((z) => {
      const map = (window as unknown as { __jingwang: { map: { getZoom(): number; isMoving(): boolean } } }).__jingwang.map;
      return !map.isMoving() && map.getZoom() > z + 0.5;
    }, zoomBefore, { timeout: 10_000 });
    await expect(page.locator(`${tid('analysis-rates-table')} tbody tr.selected`).count()).resolves.toBe(1);
    expect(app.pageErrors).toEqual([]);
  });

  it('switches on emerging patterns, the forecast and the repeats: each answers, the back-test is printed, a place row is listed', async () => {
    const answers = ['emerging', 'forecast', 'repeats'].map((route) => answerTo(`/api/analysis/${route}`, (q) => q.get('hours') === nightHours));
    await page.locator(tid('analysis-layer-emerging')).check();
    await page.locator(tid('analysis-layer-forecast')).check();
    await page.locator(tid('analysis-layer-repeat-locations')).check();
    for (const answer of answers) expect((await answer).ok()).toBe(true);
    await page.locator(tid('analysis-backtest')).waitFor({ timeout: 60_000 });
    await expect(page.locator(tid('analysis-backtest-method')).innerText()).resolves.toMatch(/本方法\s+(\d+\.\d\d|–)\s+(\d+\.\d\d|–)/);
    await expect(page.locator(tid('analysis-backtest-baseline')).innerText()).resolves.toMatch(/基线/);
    await page.locator(tid('analysis-tab-places')).click();
    await page.locator(tid('analysis-places')).waitFor({ timeout: 60_000 });
    if (Number(await page.locator(tid('analysis-places')).getAttribute('data-rows')) > 0) {
      await page.locator(tid('analysis-place-row-0')).click();
      await expect(page.locator(tid('analysis-place-row-0')).getAttribute('class')).resolves.toBe('selected');
    }
    await waitForAnalysisMap();
    await saveScreenshot(page, 'analysis-layers');
    expect(app.pageErrors).toEqual([]);
  });

  it('shows a period without incidents as empty panels, not as a failure', async () => {
    // Local days: the period ends at the end of 7 January 2000 in Shanghai, 16:00 UTC.
    const answer = answerTo('/api/analysis/profile', (q) => q.get('to') === '2000-01-07T16:00:00.000Z');
    await page.locator(tid('analysis-range-custom')).click();
    await page.locator(tid('analysis-from')).fill('2000-01-01');
    await page.locator(tid('analysis-to')).fill('2000-01-07');
    const profile = (await (await answer).json()) as { total: number };
    expect(profile.total).toBe(0);
    await page.locator(`${tid('analysis-totals')}[data-total="0"]`).waitFor();
    await page.locator(`${tid('analysis-matrix')}[data-total="0"]`).waitFor();
    await page.waitForFunction(() =>
      ['hotspots', 'emerging', 'forecast', 'repeat-locations', 'heatmap'].every((k) => {
        const status = document.querySelector(`[data-testid="analysis-status-${k}"]`)?.getAttribute('data-status');
        return status === 'ready';
      }), null, { timeout: 60_000 });
    await expect(page.locator(tid('analysis-playback')).getAttribute('data-shown')).resolves.toBe('0');
    await expect(page.locator(tid('analysis-view')).isVisible()).resolves.toBe(true);
    expect(app.pageErrors).toEqual([]);
  });

  it('stacks into one column on a phone: filters, the map full width with its layer panel under it, then the panels', async () => {
    await atPhoneSize(page, async () => {
      const { overflowPx, boxes } = await screenFit(page, {
        filters: '.analysis-filters', map: `${tid('analysis-map')} > ${tid('map')}`, layers: '.analysis-map-panel', side: '.analysis-side',
      });
      expect(overflowPx).toBe(0);
      const { filters, map, layers, side } = boxes as Record<string, Box>;
      expect(map.top).toBeGreaterThanOrEqual(filters.bottom);
      expect(map.right - map.left).toBeGreaterThan(phoneViewport.width * 0.9);
      expect(map.height).toBeGreaterThan(phoneViewport.height / 2);
      expect(layers.top).toBeGreaterThanOrEqual(map.bottom);
      expect(side.top).toBeGreaterThanOrEqual(layers.bottom);
      // The 24 hour toggles and the shift presets are big enough for a thumb (they were 23 × 20 px).
      const toggles = await page.locator(`.analysis-hours button, ${tid('analysis-hours-all')}`).evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
      expect(toggles).toHaveLength(25);
      expect(Math.min(...toggles)).toBeGreaterThanOrEqual(36);
      await saveScreenshot(page, 'analysis-phone');
    });
    expect(app.pageErrors).toEqual([]);
  });
});
