import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { apiSession, browserPerFile, logIn, openApp, type AppPage } from './driver';
import { withIdCheckChar, withWrongCheckChar } from '../fixtures/registry/resident-csv';

// 实有人口 → 变更 (PATCH /api/residents/:id) in headless Chromium, as grid staff record a correction or a move-out.
// The tests change only their own resident, R00000000 in grid001's grid, imported here (or, on a database kept from an
// earlier run, found there) and put back before each test; its id sorts before every demo resident's (R000001…), so it
// is the first row of the first page. It is left moved out, so the other files' counts are the seed's again.

const tid = (id: string) => `[data-testid="${id}"]`;
const residentId = 'R00000000';
const row = (page: Page) => page.locator(`${tid('resident-row')}[data-resident-id="${residentId}"]`);

const idNumber = withIdCheckChar('51170319880412031');
const wrongCheck = withWrongCheckChar(idNumber);
const start = { name: '测试居民', phone: '13800000000', houseNumber: '9单元901室', kind: 'floating', movedOutOn: null };

const { browser, opened } = browserPerFile();
let grid001: { api: APIRequestContext; csrfToken: string };
let admin: { api: APIRequestContext; csrfToken: string };

beforeAll(async () => {
  const login = (username: string) => apiSession(inject('baseUrl'), { username, password: inject('demoPassword') });
  [grid001, admin] = await Promise.all([login('grid001'), login('admin')]);
  const listed = (await (await grid001.api.get('/api/residents?limit=1')).json()) as { rows: { buildingCode: string }[] };
  const csv = `id,name,id_number,phone,building_code,house_number,kind,moved_in_on,moved_out_on,house_code\r\n`
    + `${residentId},${start.name},${idNumber},${start.phone},${listed.rows[0].buildingCode},${start.houseNumber},floating,2024-05-01,,\r\n`;
  const res = await grid001.api.post('/api/registry/import?kind=residents', {
    data: { kind: 'residents', format: 'csv', content: csv }, headers: { 'x-csrf-token': grid001.csrfToken },
  });
  // 422: a database kept from an earlier run already has it (an import only adds); beforeEach puts it back as it began.
  if (res.status() !== 201 && res.status() !== 422) throw new Error(`importing the test resident answered ${res.status()}: ${await res.text()}`);
});
beforeEach(async () => {
  const res = await admin.api.patch(`/api/residents/${residentId}`, { data: { ...start, idNumber }, headers: { 'x-csrf-token': admin.csrfToken } });
  if (res.status() !== 200) throw new Error(`putting the test resident back answered ${res.status()}: ${await res.text()}`);
});
afterAll(async () => {
  await admin?.api.patch(`/api/residents/${residentId}`, { data: { movedOutOn: '2025-01-31' }, headers: { 'x-csrf-token': admin.csrfToken } });
  await Promise.all([grid001?.api.dispose(), admin?.api.dispose()]);
});

/** grid001 on the residents page, the test resident's row drawn; `patches` counts the page's PATCH requests. */
async function residentsPage(): Promise<{ app: AppPage; page: Page; patches: string[] }> {
  const app = opened(await openApp(browser(), inject('baseUrl'), '/residents'));
  await logIn(app.page, { username: 'grid001', password: inject('demoPassword') });
  await row(app.page).waitFor({ timeout: 60_000 });
  const patches: string[] = [];
  app.page.on('request', (r) => {
    if (r.method() === 'PATCH') patches.push(r.url());
  });
  return { app, page: app.page, patches };
}

async function openChange(page: Page) {
  await row(page).locator(tid('resident-change-button')).click();
  await page.locator(tid('resident-change-dialog')).waitFor();
}

describe('recording a resident’s change (变更) on the 实有人口 page', () => {
  it('opens a form in Chinese whose masked fields start empty, and sends nothing when nothing was typed', async () => {
    const { app, page, patches } = await residentsPage();
    await openChange(page);
    await expect(page.locator('#resident-change-title').innerText()).resolves.toBe(`变更居民信息 · ${residentId}`);
    for (const field of ['name', 'idNumber', 'phone', 'houseNumber']) await expect(page.locator(tid(`resident-change-${field}`)).inputValue()).resolves.toBe('');
    await expect(page.locator(tid('resident-change-phone')).getAttribute('placeholder')).resolves.toBe('现为 138****0000');
    await expect(page.locator(tid('resident-change-kind')).inputValue()).resolves.toBe('floating');
    await page.locator(tid('resident-change-submit')).click();
    await expect(page.locator(tid('resident-change-error')).innerText()).resolves.toContain('没有要修改的内容');
    expect(patches).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('shows the server’s words beside the field at fault, and keeps what was typed', async () => {
    const { page } = await residentsPage();
    await openChange(page);
    await page.locator(tid('resident-change-idNumber')).fill(wrongCheck);
    await page.locator(tid('resident-change-phone')).fill('13912345678');
    await page.locator(tid('resident-change-submit')).click();
    await expect(page.locator(tid('resident-change-issue-idNumber')).innerText()).resolves.toBe('校验位错误（GB 11643），请核对号码');
    await expect(page.locator(tid('resident-change-phone')).inputValue()).resolves.toBe('13912345678');
    await page.locator(tid('resident-change-cancel')).click();
    await page.locator(tid('resident-change-dialog')).waitFor({ state: 'detached' });
    // Refused whole: the phone was not written either.
    await expect(row(page).innerText()).resolves.toContain('138****0000');
  });

  it('saves a double-clicked change once, refreshes the table and audits the fields, not their values', async () => {
    const { page, patches } = await residentsPage();
    await openChange(page);
    await page.locator(tid('resident-change-phone')).fill('13912345678');
    await page.locator(tid('resident-change-kind')).selectOption('registered');
    const reloaded = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/residents' && r.request().method() === 'GET');
    await page.locator(tid('resident-change-submit')).dblclick();
    await page.locator(tid('resident-change-dialog')).waitFor({ state: 'detached' });
    await reloaded;
    await expect(page.locator(tid('resident-change-done')).innerText()).resolves.toBe(`已保存 ${residentId} 的变更，记为今日已核验。`);
    // The answer arrives before React draws it: wait for the row, not the response.
    await expect.poll(() => row(page).innerText(), { timeout: 10_000 }).toMatch(/139\*\*\*\*5678[\s\S]*户籍人口/);
    expect(patches).toHaveLength(1);

    const audit = (await (await admin.api.get('/api/admin/audit?action=resident_change&username=grid001&limit=50')).json()) as { route: string; records: string[] }[];
    const newest = audit.find((r) => r.records[0] === residentId);
    expect(newest).toMatchObject({ route: '/api/residents/:id', records: [residentId, 'phone', 'kind'] });
  });

  it('records a move-out: the resident leaves the list', async () => {
    const { page } = await residentsPage();
    await openChange(page);
    await page.locator(tid('resident-change-moved-out')).fill('2025-01-31');
    await page.locator(tid('resident-change-submit')).click();
    await expect(page.locator(tid('resident-change-done')).innerText()).resolves.toBe(`${residentId} 已于 2025-01-31 迁出，不再列入实有人口。`);
    await row(page).waitFor({ state: 'detached' });
  });

  it('refuses a move-out before the moved-in date beside the date, in Chinese', async () => {
    const { page } = await residentsPage();
    await openChange(page);
    await page.locator(tid('resident-change-moved-out')).fill('2024-04-30');
    await page.locator(tid('resident-change-submit')).click();
    await expect(page.locator(tid('resident-change-issue-movedOutOn')).innerText()).resolves.toBe('2024-04-30 早于入住日期（2024-05-01）');
    await expect(page.locator(tid('resident-change-submit')).isEnabled()).resolves.toBe(true);
  });
});

describe('finding a resident by name on the 实有人口 page', () => {
  it('lists only the residents of that name, and says plainly when there is none', async () => {
    const { app, page } = await residentsPage();
    await page.locator(tid('residents-person-search')).fill(start.name);
    await page.locator(tid('residents-search')).click();
    await expect.poll(() => page.locator(tid('resident-row')).count(), { timeout: 15_000 }).toBe(1);
    await expect(row(page).isVisible()).resolves.toBe(true);
    await page.locator(tid('residents-person-search')).fill('查无此人测试');
    await page.locator(tid('residents-search')).click();
    await expect.poll(() => page.locator(tid('residents-person-none')).textContent(), { timeout: 15_000 })
      .toBe('辖区内没有找到“查无此人测试”（只查未迁出的人员；查询记入审计日志）');
    expect(app.pageErrors).toEqual([]);
  });
});
