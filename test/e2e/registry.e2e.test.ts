import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Me } from '../../core/contracts/auth';
import type { FreshnessAnswer, GridFreshness } from '../../core/contracts/registry';
import { demoFirstId, demoGridBuildings, expectedRejections, residentCsv } from '../fixtures/registry/resident-csv';
import { gbkBytes } from '../support/gbk-bytes';
import { launchBrowser, logIn, openApp, saveScreenshot, type AppPage } from './driver';

const tid = (id: string) => `[data-testid="${id}"]`;

let browser: Browser;
let app: AppPage;
let page: Page;
let gridCode = '';
let buildings: string[] = [];
let badFile = '';
let cleanFile = '';
let gbkFile = '';

/** A GET of the API with the page's session (as the page itself would ask). */
const api = <T>(path: string) =>
  page.evaluate(async (p) => {
    const res = await fetch(p);
    if (!res.ok) throw new Error(`${p} answered ${res.status}`);
    return res.json();
  }, path) as Promise<T>;
const gridRow = async () => (await api<Extract<FreshnessAnswer, { level: 'grids' }>>('/api/registry/freshness')).rows.find((r) => r.gridCode === gridCode)!;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openApp(browser, inject('baseUrl'), '/registry');
  page = app.page;
  await logIn(page, { username: 'grid001', password: inject('demoPassword') });
  await page.locator(tid('registry-view')).waitFor({ timeout: 60_000 });
  gridCode = (await api<Me>('/api/auth/me')).scope.codes[0];
  buildings = (await api<Extract<FreshnessAnswer, { level: 'buildings' }>>(`/api/registry/freshness?grid=${gridCode}`)).rows.map((r) => r.buildingCode);
  // The sample files' residents, in the grid's own buildings; ids of their own when the database outlives the run.
  const firstId = inject('databaseUrl') ? 900_000_001 + (Date.now() % 89_999_000) : demoFirstId;
  const dir = mkdtempSync(join(tmpdir(), 'jingwang-registry-'));
  badFile = join(dir, 'residents-3-bad.csv');
  cleanFile = join(dir, 'residents-clean.csv');
  writeFileSync(badFile, residentCsv({ buildings, firstId, withBadRows: true }));
  writeFileSync(cleanFile, residentCsv({ buildings, firstId, withBadRows: false }));
  gbkFile = join(dir, 'residents-gbk.csv');
  writeFileSync(gbkFile, gbkBytes(residentCsv({ buildings, firstId, withBadRows: false })));
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

async function importFile(path: string, dryRun = false) {
  await page.locator(tid('registry-tab-import')).click();
  await page.locator(tid('registry-import-kind')).selectOption('residents');
  await page.locator(tid('registry-import-file')).setInputFiles(path);
  const box = page.locator(tid('registry-import-dry-run'));
  if ((await box.isChecked()) !== dryRun) await box.click();
  await page.locator(tid('registry-import-submit')).click();
}

describe('the 一标三实 registers, in headless Chromium', () => {
  it('keeps the sample files in test/fixtures/registry as the generator writes them for the demo grid', async () => {
    expect(buildings).toEqual(demoGridBuildings);
    const fixture = (name: string) => readFileSync(join('test/fixtures/registry', name), 'utf8');
    expect(fixture('residents-3-bad.csv')).toBe(residentCsv({ buildings: demoGridBuildings, firstId: demoFirstId, withBadRows: true }));
    expect(fixture('residents-clean.csv')).toBe(residentCsv({ buildings: demoGridBuildings, firstId: demoFirstId, withBadRows: false }));
  });

  it('opens for a grid leader, in Chinese, with the freshness of their grid', async () => {
    await expect(page.locator(tid('nav-registry')).innerText()).resolves.toBe('一标三实');
    const rows = page.locator(tid('registry-grids-row'));
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().getAttribute('data-code')).resolves.toBe(gridCode);
    await expect(page.locator(`${tid('registry-grids')} thead`).innerText()).resolves.toMatch(/核验率[\s\S]*逾期未核查/);
    // The list is named as the grid leader's own, not 全部网格, with the grid's name on hovering.
    await expect(page.locator(tid('registry-crumb-grids')).innerText()).resolves.toBe('本网格');
    await expect(page.locator(tid('registry-crumb-grids')).getAttribute('title')).resolves.toMatch(/^网格 \S+社区第\d+网格$/);
  });

  it('shows every column header whole at 1600 px, the last (待办/逾期任务) too', async () => {
    await page.setViewportSize({ width: 1600, height: 1000 });
    const cut = await page.evaluate((sel) => {
      const wrap = document.querySelector(`${sel} .table-wrap`)!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>(`${sel} thead th`)]
        .filter((th) => th.scrollWidth > th.clientWidth || th.getBoundingClientRect().right > wrap.right + 0.5)
        .map((th) => th.innerText);
    }, tid('registry-grids'));
    await saveScreenshot(page, 'registry-1600');
    expect(cut).toEqual([]);
    await expect(page.locator(`${tid('registry-grids')} thead th`).last().innerText()).resolves.toBe('待办/逾期任务');
  });

  it('refuses a file with three bad rows, naming each row and why, and writes nothing', async () => {
    const before = await gridRow();
    await importFile(badFile);
    const report = page.locator(tid('registry-import-refusal'));
    await report.waitFor({ timeout: 30_000 });
    const rejections = await page.locator(tid('registry-rejection')).evaluateAll((trs) =>
      trs.map((tr) => ({ row: Number(tr.getAttribute('data-row')), field: tr.getAttribute('data-field'), reason: tr.getAttribute('data-reason') })),
    );
    expect(rejections).toEqual(expectedRejections);
    const said = await page.locator(tid('registry-rejections')).innerText();
    expect(said).toContain('校验位错误（GB 11643）');
    expect(said).toContain('辖区内没有楼栋 C9999-B99');
    expect(said).toContain('不能早于入住日期（moved_in_on）');
    await expect(page.locator(tid('registry-import-nothing-written')).innerText()).resolves.toBe('10 行中有 3 行不合格，未导入任何数据');
    const after = await gridRow();
    expect(after.residents).toBe(before.residents);
    expect(after.residentsVerified).toBe(before.residentsVerified);
    await report.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'registry-import');
  });

  it('refuses the file saved as GBK (Excel’s CSV) before sending it, pointing to the encoding, and checks it when GBK is chosen', async () => {
    const before = await gridRow();
    await importFile(gbkFile, true);
    await expect(page.locator(tid('registry-import-error')).innerText()).resolves.toMatch(/^导入失败：文件不是 UTF-8 编码（Excel 另存的 CSV 常为 GBK）：请把“文件编码”选为 GBK/);
    await page.locator(tid('registry-import-text-encoding')).selectOption('gbk');
    await page.locator(tid('registry-import-submit')).click();
    const result = page.locator(`${tid('registry-import-result')}[data-dry-run="true"]`);
    await result.waitFor({ timeout: 30_000 });
    await expect(result.getAttribute('data-written')).resolves.toBe('10');
    expect((await gridRow()).residents).toBe(before.residents);
    await page.locator(tid('registry-import-text-encoding')).selectOption('utf-8');
  });

  it('checks the corrected file without writing, then imports all ten rows', async () => {
    const before = await gridRow();
    await importFile(cleanFile, true);
    await page.locator(`${tid('registry-import-result')}[data-dry-run="true"]`).waitFor({ timeout: 30_000 });
    expect((await gridRow()).residents).toBe(before.residents);
    await importFile(cleanFile, false);
    const result = page.locator(`${tid('registry-import-result')}[data-dry-run="false"]`);
    await result.waitFor({ timeout: 30_000 });
    await expect(result.getAttribute('data-written')).resolves.toBe('10');
    await expect(result.innerText()).resolves.toContain('导入成功：已写入 10 条实有人口记录');
    expect((await gridRow()).residents).toBe(before.residents + 10);
  });

  it('records a verification visit on a stale building and shows the grid’s freshness rise', async () => {
    await page.locator(tid('registry-tab-freshness')).click();
    await page.locator(tid('registry-grids-row')).first().click();
    // The buildings are listed stalest first.
    const first = page.locator(tid('registry-buildings-row')).first();
    await first.waitFor();
    const code = (await first.getAttribute('data-id'))!;
    expect(Number(await first.getAttribute('data-freshness'))).toBeLessThan(1);
    const before: GridFreshness = await gridRow();
    await first.click();
    await page.locator(`${tid('registry-building')}[data-code="${code}"]`).waitFor();
    await page.locator(tid('registry-visit-notes')).fill('入户核查：人口、房屋、单位信息均已核实');
    await page.locator(tid('registry-visit-submit')).click();
    const change = page.locator(tid('registry-freshness-change'));
    await change.waitFor({ timeout: 30_000 });
    const [shownBefore, shownAfter] = [Number(await change.getAttribute('data-before')), Number(await change.getAttribute('data-after'))];
    expect(shownBefore).toBe(before.residentsVerifiedShare);
    expect(shownAfter).toBeGreaterThan(shownBefore);
    const after = await gridRow();
    expect(after.residentsVerifiedShare).toBe(shownAfter);
    await expect(change.innerText()).resolves.toMatch(/网格人员核验率\s+\d+\.\d%\s+→\s+\d+\.\d%/);
    // The building's records now read as verified, and the visit is listed.
    await page.locator(`${tid('registry-building-verified')}.verified-fresh`).waitFor();
    await page.locator(`${tid('registry-visits')} li`, { hasText: '入户核查' }).first().waitFor();
    await change.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'registry');
  });

  it('gives a collection task to a grid worker of the grid, lists it, and cancels it', async () => {
    await page.locator(tid('registry-tab-tasks')).click();
    await page.locator(`${tid('registry-task-building')} option`).nth(1).waitFor({ state: 'attached' });
    await page.locator(tid('registry-task-building')).selectOption({ index: 1 });
    await expect(page.locator(tid('registry-task-assignee')).inputValue()).resolves.toMatch(/^P\d+$/);
    await page.locator(tid('registry-task-note')).fill('核查新入住人员');
    await page.locator(tid('registry-task-submit')).click();
    await page.locator(tid('registry-task-message'), { hasText: /^已分派给/ }).waitFor();
    const row = page.locator(tid('registry-task-table-row'), { hasText: '核查新入住人员' });
    await row.waitFor();
    await row.locator(tid('registry-task-cancel')).click();
    await page.locator(tid('registry-task-message'), { hasText: /^已取消/ }).waitFor();
    await row.waitFor({ state: 'detached' });
  });

  it('exports the grid’s residents masked, as a CSV file made in the browser', async () => {
    await page.locator(tid('registry-tab-export')).click();
    await page.locator(`${tid('registry-export-grid')} option`).first().waitFor({ state: 'attached' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(tid('registry-export-submit')).click()]);
    expect(download.suggestedFilename()).toMatch(/^实有人口-.+网格\.csv$/); // named by the server, the grid by its name
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''); // the server writes a BOM for spreadsheets
    expect(text.split(/\r?\n/)[0]).toMatch(/^id,name,id_number,phone,building_code,house_number,kind,moved_in_on,moved_out_on,house_code,grid_code,verified_at/);
    expect(text).toMatch(/,\d{4}\*{10}[\dX]{4},/);
    await page.locator(tid('registry-export-done'), { hasText: '已脱敏' }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
