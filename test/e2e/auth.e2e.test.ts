import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { apiSession, browserPerFile, captureMap, changedShare, distinctColours, logIn, navigateTo, openApp, openPhone, phoneViewport, saveScreenshot, saveScreenshotTo, screenFit, settle, toggleLayer, waitForMap, type AppPage, type Box } from './driver';

const tid = (id: string) => `[data-testid="${id}"]`;
const fullIdNumber = /^\d{17}[\dX]$/;

const { browser, opened } = browserPerFile();
let app: AppPage | undefined;

// The header and the menus are the same on every view: the tests of them sign in on one without the map, whose drawing
// in software WebGL costs seconds of CPU a page.
const noMap = '/residents';

async function signedIn(username: string, path = '/', options: { fakeClock?: boolean } = {}): Promise<Page> {
  app = opened(await openApp(browser(), inject('baseUrl'), path, options));
  await logIn(app.page, { username, password: inject('demoPassword') });
  await app.page.locator(tid('user-menu-button')).waitFor();
  return app.page;
}

describe('logging in', () => {
  it("shows the server's message for a wrong password and stays on the login form", async () => {
    app = opened(await openApp(browser(), inject('baseUrl')));
    await logIn(app.page, { username: 'viewer', password: 'not-the-password' });
    const alert = app.page.locator(`${tid('login-form')} [role="alert"]`);
    await expect(alert.innerText()).resolves.toContain('用户名或密码错误');
    expect(await app.page.locator(tid('user-menu-button')).count()).toBe(0);
  });

  it('shows the role, the jurisdiction and the end of the session in the user menu', async () => {
    const page = await signedIn('grid001', noMap);
    await page.locator(tid('user-menu-button')).click();
    await expect(page.locator(tid('user-role')).innerText()).resolves.toBe('网格长');
    // By the grid's name (…社区第N网格), never its 15-digit code; the code stays in the title.
    const scope = page.locator(tid('user-scope'));
    await expect(scope.innerText()).resolves.toMatch(/^网格 \S+社区第\d+网格$/);
    await expect(scope.getAttribute('title')).resolves.toMatch(/^\d{15}$/);
    // 12 hours from now, in local time: at least a date and hours:minutes
    await expect(page.locator(tid('session-ends-at')).innerText()).resolves.toMatch(/\d{1,2}:\d{2}/);
    await saveScreenshotTo(page, '/tmp/jingwang-user-menu.png');
  });
});

describe('navigation by role', () => {
  it('gives an administrator links to audit, wall tokens and users under 系统管理, which names the one open', async () => {
    const page = await signedIn('admin', noMap);
    for (const v of ['map', 'residents', 'wall']) expect(await page.locator(tid(`nav-${v}`)).count(), v).toBe(1);
    await page.locator(tid('nav-system')).click();
    await expect(page.locator(tid('nav-system-menu')).innerText()).resolves.toBe('审计\n大屏令牌\n接口令牌\n底图\n用户');
    await page.locator(tid('nav-audit')).click();
    await page.locator(tid('audit-view')).waitFor();
    await expect(page.locator(tid('nav-system-menu')).count()).resolves.toBe(0);
    await expect(page.locator(tid('nav-system')).innerText()).resolves.toBe('系统管理：审计 ▾');
  });

  it('links a beat’s officer to no wall, and at /wall tells him it shows the whole district and where his beat is', async () => {
    const page = await signedIn('officer01', noMap);
    await expect(page.locator(tid('nav-wall')).count()).resolves.toBe(0);
    // The demo officer is named after his beat ('城区派出所第1警格 社区民警（演示）'), which the refusal must name.
    const beat = (await page.locator(tid('user-menu-button')).innerText()).trim().split(/\s+/)[0];
    await page.goto(`${inject('baseUrl')}/wall`);
    const refused = page.locator(tid('wall-refused'));
    await refused.waitFor({ timeout: 30_000 });
    const text = await refused.innerText();
    expect(text).toMatch(/^指挥大屏显示全区汇总，只对全区范围的账号和大屏令牌开放；您的辖区是.+，请在地图和警情研判中查看本辖区 返回警网$/);
    expect(text).toContain(`您的辖区是${beat}，`);
    await expect(page.locator(tid('wall-token-form')).isVisible()).resolves.toBe(true);
    await expect(page.locator(tid('wall-panel-incidents')).count()).resolves.toBe(0);
  });

  it('fits an administrator’s every view into the header at 1280 px, in Chinese and in English, the product’s name whole', async () => {
    const page = await signedIn('admin', noMap);
    await page.setViewportSize({ width: 1280, height: 800 });
    // The demo database's badge takes its room in the header once the server has said so: measured before, it fitted.
    await page.locator(tid('demo-badge')).waitFor();
    const fits = () =>
      page.evaluate(() => {
        const q = (s: string) => document.querySelector(s) as HTMLElement;
        const nav = q('.app-nav');
        const name = q('.app-title-name');
        const lang = q('[data-testid="language-switch"]').getBoundingClientRect();
        const system = q('[data-testid="nav-system"]').getBoundingClientRect();
        return {
          navScrolls: nav.scrollWidth > nav.clientWidth,
          nameCut: name.scrollWidth > name.clientWidth,
          langInside: lang.right <= window.innerWidth,
          systemInside: system.right <= window.innerWidth && system.width > 0,
        };
      });
    expect(await fits()).toEqual({ navScrolls: false, nameCut: false, langInside: true, systemInside: true });
    await expect(page.locator(tid('app-title')).innerText()).resolves.toBe('警网\n达川区 警网融合态势图');
    await page.locator(tid('language-switch')).click();
    await expect(page.locator('.app-title-name').innerText()).resolves.toBe('Jingwang');
    expect(await fits()).toEqual({ navScrolls: false, nameCut: false, langInside: true, systemInside: true });
    // The choice outlives a reload (it fell back to Chinese), and so does switching back.
    await page.reload();
    await page.locator(tid('user-menu-button')).waitFor();
    await expect(page.locator('.app-title-name').innerText()).resolves.toBe('Jingwang');
    await page.locator(tid('language-switch')).click();
    await page.reload();
    await page.locator(tid('user-menu-button')).waitFor();
    await expect(page.locator('.app-title-name').innerText()).resolves.toBe('警网');
  });

  it('on a phone-sized screen, points a grid worker to the field app and lays the map page out in one column; no hint on a desktop', async () => {
    const page = await signedIn('worker001');
    const hint = page.locator(tid('phone-hint'));
    await expect(hint.isVisible()).resolves.toBe(false);
    const zoom = () => page.evaluate(() => (window as unknown as { __jingwang: { map: { getZoom(): number } } }).__jingwang.map.getZoom());
    await waitForMap(page);
    const desktopZoom = await zoom();
    await page.setViewportSize(phoneViewport);
    await expect(hint.isVisible()).resolves.toBe(true);
    // The grid is framed again for the narrower map (kept at the desktop's zoom, half of it was off the screen).
    await expect.poll(zoom, { timeout: 5_000 }).toBeLessThan(desktopZoom - 0.5);
    await expect(hint.innerText()).resolves.toContain('手机上请使用外勤版');
    await expect(hint.locator('a').getAttribute('href')).resolves.toBe('/m/');
    // The map full width and tall, the panels that float over it on a desktop under it, the navigation on screen.
    const { overflowPx, boxes } = await screenFit(page, { map: `${tid('map-page')} > ${tid('map')}`, left: '.panel-left', right: '.panel-right', nav: '.app-nav' });
    expect(overflowPx).toBe(0);
    const { map, left, right, nav } = boxes as Record<string, Box>;
    expect([map.left, map.right]).toEqual([0, phoneViewport.width]);
    expect(map.height).toBeGreaterThan(phoneViewport.height / 2);
    expect(left.top).toBeGreaterThanOrEqual(map.bottom);
    expect(right.top).toBeGreaterThanOrEqual(left.bottom);
    expect(nav.right).toBeLessThanOrEqual(phoneViewport.width);
    expect(nav.bottom).toBeLessThanOrEqual(map.top);
    // The map's zoom buttons are a thumb's size too (MapLibre's own are 29 px).
    const zoomButtons = await page.locator(`${tid('map-page')} .maplibregl-ctrl-group button`).evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height));
    expect(zoomButtons.length).toBeGreaterThanOrEqual(2);
    expect(Math.min(...zoomButtons)).toBeGreaterThanOrEqual(36);
    await saveScreenshot(page, 'map-phone');
    // In English the first line is wider ("Jingwang", "Demo data"): the language button still sits on it, not before the navigation.
    await page.locator(tid('language-switch')).click();
    await expect(page.locator('.app-title-name').innerText()).resolves.toBe('Jingwang');
    const english = await screenFit(page, { lang: tid('language-switch'), user: tid('user-menu-button'), nav: '.app-nav' });
    expect(english.overflowPx).toBe(0);
    const { lang, user, nav: navEn } = english.boxes as Record<string, Box>;
    expect(lang.top).toBe(user.top);
    expect(lang.bottom).toBeLessThanOrEqual(navEn.top);
    await page.locator(tid('language-switch')).click();
    // 知道了，不再提示 puts the hint away, on this browser for good.
    const close = page.locator(tid('phone-hint-close'));
    await expect(close.innerText()).resolves.toBe('知道了，不再提示');
    expect((await close.boundingBox())!.height).toBeGreaterThanOrEqual(36);
    await close.click();
    await expect(hint.count()).resolves.toBe(0);
    await page.reload();
    await waitForMap(page);
    await expect(hint.count()).resolves.toBe(0);
  });

  it('gives a viewer no admin views, and says 无权访问 at an admin address typed in, keeping the address', async () => {
    const page = await signedIn('viewer', '/admin/audit');
    await page.locator(tid('nav-map')).waitFor();
    for (const v of ['residents', 'audit', 'wall-tokens', 'users']) expect(await page.locator(tid(`nav-${v}`)).count(), v).toBe(0);
    expect(await page.locator(tid('audit-view')).count()).toBe(0);
    await expect(page.locator(tid('no-access-reason')).innerText()).resolves.toContain('“只读用户”');
    expect(await page.locator(tid('no-access-link-map')).count()).toBe(1);
    expect(await page.locator(tid('no-access-link-audit')).count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/admin/audit');
  });
});

describe('the residents register', () => {
  it('shows a grid leader masked rows only', async () => {
    const page = await signedIn('grid001', '/residents');
    await page.locator(tid('resident-row')).first().waitFor();
    const ids = await page.locator(tid('resident-id-number')).allInnerTexts();
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) {
      expect(id).toMatch(/^\d{4}\*+[\dX]{4}$/);
      expect(id).not.toMatch(fullIdNumber);
    }
    await expect(page.locator(tid('page-info')).innerText()).resolves.toMatch(/共 [\d,]+ 条/);
    // Building and grid by name (小区 + 楼栋, 社区第 N 网格), not by their codes alone.
    await expect(page.locator(tid('resident-row')).first().innerText()).resolves.toMatch(/\S+\d+栋\s[\s\S]*社区第\d+网格/);
    // The filters read as one row: 网格 named as 类别 is (size, colour, line), the boxes level, 全部网格 beside its box, not under it.
    const row = await page.evaluate(() => {
      const q = (s: string) => document.querySelector(s) as HTMLElement;
      const gridLabel = q('[data-testid="residents-grid-label"]');
      const kindLabel = q('[data-testid="residents-view"] .filters select').closest('label')!;
      const box = q('[data-testid="residents-grid-search"] input').getBoundingClientRect();
      const select = q('[data-testid="residents-view"] .filters select').getBoundingClientRect();
      const any = q('[data-testid="residents-grid-any"]').getBoundingClientRect();
      const style = (el: Element) => [getComputedStyle(el).fontSize, getComputedStyle(el).color];
      return {
        sameStyle: JSON.stringify(style(gridLabel)) === JSON.stringify(style(kindLabel)),
        labelsLevel: Math.abs(gridLabel.getBoundingClientRect().top - kindLabel.getBoundingClientRect().top) <= 1,
        boxesLevel: Math.abs(box.bottom - select.bottom) <= 2,
        anyBeside: any.top < box.bottom && any.left >= box.right,
      };
    });
    expect(row).toEqual({ sameStyle: true, labelsLevel: true, boxesLevel: true, anyBeside: true });
    await saveScreenshotTo(page, '/tmp/jingwang-residents.png');
  });

  it('unmasks one record in a dialog that says it is audited, and the audit log has the unmask', async () => {
    const page = await signedIn('grid001', '/residents');
    const row = page.locator(tid('resident-row')).first();
    const residentId = await row.getAttribute('data-resident-id');
    await row.locator(tid('unmask-button')).click();
    const full = page.locator(tid('unmasked-id-number'));
    await expect(full.innerText()).resolves.toMatch(fullIdNumber);
    await expect(page.locator(tid('unmask-audit-note')).innerText()).resolves.toContain('此次查看已记入审计日志');
    await saveScreenshotTo(page, '/tmp/jingwang-unmask.png');
    const idNumber = await full.innerText();
    await page.locator(tid('unmask-close')).click();
    await page.locator(tid('unmask-dialog')).waitFor({ state: 'detached' });
    // the full number was in the dialog only
    expect(await page.locator('body').innerText()).not.toContain(idNumber);

    const { api } = await apiSession(inject('baseUrl'), { username: 'admin', password: inject('demoPassword') });
    const audit = (await (await api.get('/api/admin/audit?action=unmask&username=grid001')).json()) as { records: string[]; outcome: string }[];
    await api.dispose();
    expect(audit.some((r) => r.records.includes(residentId!) && r.outcome === 'success')).toBe(true);
  });
});

describe('the admin views', () => {
  it('searches the audit log', async () => {
    const page = await signedIn('admin', '/admin/audit');
    await page.locator(`${tid('audit-table')}[aria-busy="false"]`).waitFor(); // the unfiltered first answer
    await page.locator(tid('audit-action')).selectOption({ label: '登录' });
    const searched = page.waitForResponse((r) => r.url().includes('/api/admin/audit?') && r.url().includes('action=login'));
    await page.locator(tid('audit-search')).click();
    expect((await searched).status()).toBe(200);
    await page.locator(`${tid('audit-table')}[aria-busy="false"]`).waitFor();
    const actions = await page.locator(tid('audit-row')).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(['login']));
    // Issue 12: the action in words, and the caller's IPv4 address without the IPv6 mapping prefix.
    const cells = await page.locator(tid('audit-row')).first().locator('td').allInnerTexts();
    expect(cells).toContain('登录');
    expect(cells.join(' ')).not.toContain('::ffff:');
    expect(cells.at(-1)).toMatch(/^\d{1,3}(\.\d{1,3}){3}$|^::1$/);
    await saveScreenshotTo(page, '/tmp/jingwang-audit.png');
  });

  it('issues a wall token, shows it once, and revokes it', async () => {
    const page = await signedIn('admin', '/admin/wall-tokens');
    const name = `e2e 大屏 ${Date.now()}`;
    await page.locator(tid('wall-token-name')).fill(name);
    await page.locator(tid('wall-token-issue')).click();
    await expect(page.locator(tid('issued-token-value')).inputValue()).resolves.toMatch(/^[A-Za-z0-9_-]{20,100}$/);
    await expect(page.locator(tid('issued-token')).innerText()).resolves.toContain('/wall');
    const row = page.locator(tid('wall-token-row'), { hasText: name });
    await row.waitFor();
    await saveScreenshotTo(page, '/tmp/jingwang-wall-tokens.png');
    await page.locator(tid('issued-token-done')).click();
    expect(await page.locator(tid('issued-token')).count()).toBe(0);
    await row.locator(tid('wall-token-revoke')).click();
    await row.locator(tid('wall-token-revoke')).click(); // confirm
    await page.locator(`${tid('wall-token-row')}[data-revoked="true"]`, { hasText: name }).waitFor();
  });

  it('issues an API token for a grid leader that reads only their grid on /ogc, and refuses it once revoked', async () => {
    const page = await signedIn('admin', '/admin/api-tokens');
    // An empty list says so (and how to fill it), and only an empty one.
    await page.locator(tid('api-tokens-table')).waitFor();
    const before = await page.locator(tid('api-token-row')).count();
    await expect(page.locator(tid('api-tokens-empty')).count()).resolves.toBe(before === 0 ? 1 : 0);
    const name = `e2e QGIS ${Date.now()}`;
    await page.locator(tid('api-token-name')).fill(name);
    await page.locator(tid('api-token-account')).selectOption('grid001');
    // The account is offered by name, role and jurisdiction, not by its username alone.
    const offered = await page.locator(`${tid('api-token-account')} option[value="grid001"]`).innerText();
    expect(offered).toContain('网格长');
    expect(offered).toContain('网格');
    await page.locator(tid('api-token-days')).fill('30');
    await page.locator(tid('api-token-issue')).click();
    const token = await page.locator(tid('issued-token-value')).inputValue();
    expect(token.length).toBeGreaterThan(20);
    await expect(page.locator(tid('issued-token')).innerText()).resolves.toContain('/ogc');
    const row = page.locator(tid('api-token-row'), { hasText: name });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain('未使用');
    await expect(page.locator(tid('api-tokens-empty')).count()).resolves.toBe(0);
    await saveScreenshotTo(page, '/tmp/jingwang-api-tokens.png');
    // From the test process, as a desktop client would: no browser cookie travels with the token.
    const origin = new URL(page.url()).origin;
    const bearer = { Authorization: `Bearer ${token}` };
    const mine = await fetch(`${origin}/ogc/collections/grids/items?limit=1000`, { headers: bearer });
    expect(mine.status).toBe(200);
    const grids = (await mine.json()) as { numberMatched: number };
    expect(grids.numberMatched).toBe(1);
    await page.locator(tid('issued-token-done')).click();
    await row.locator(tid('api-token-revoke')).click();
    await row.locator(tid('api-token-revoke')).click(); // confirm
    await page.locator(`${tid('api-token-row')}[data-revoked="true"]`, { hasText: name }).waitFor();
    expect((await fetch(`${origin}/ogc/collections`, { headers: bearer })).status).toBe(401);
  });

  it('lists the users with their roles', async () => {
    const page = await signedIn('admin', '/admin/users');
    await page.locator(tid('user-row')).first().waitFor();
    const text = await page.locator(tid('users-table')).innerText();
    for (const u of ['admin', 'grid001', 'viewer']) expect(text).toContain(u);
    expect(text).toContain('网格长');
    await saveScreenshotTo(page, '/tmp/jingwang-users.png');
  });

  it('adds a grid worker by the grid’s name, who signs in, changes the password, and is disabled when they leave', async () => {
    const page = await signedIn('admin', '/admin/users');
    await page.locator(tid('users-new')).click();
    const form = page.locator(tid('account-form'));
    await form.locator(tid('account-username')).fill('liu.yang');
    await form.locator(tid('account-display-name')).fill('刘洋');
    await form.locator(tid('account-role')).selectOption('grid_worker');
    await form.locator(tid('account-scope-filter')).fill('梧桐梁');
    await form.locator(tid('account-scope-codes')).getByLabel('梧桐梁社区第1网格').check();
    // 对应人员: the grid's staff by name; its grid worker already has worker001, so cannot be picked twice.
    const staff = form.locator(tid('account-person-choices'));
    await expect(staff.locator('label', { hasText: '已有账号 worker001' }).locator('input').isDisabled()).resolves.toBe(true);
    const free = staff.locator('label', { hasText: '梧桐梁社区第1网格' }).filter({ has: page.locator('input:not([disabled])') }).first();
    const person = (await free.innerText()).split(' · ')[0].trim();
    await free.locator('input').check();
    await expect(form.locator(tid('account-person-chosen')).innerText()).resolves.toBe(`已选：${person}（梧桐梁社区第1网格）`);
    // A weak password first: the server's rule comes back in Chinese and nothing typed is lost.
    await form.locator(tid('account-password')).fill('onlyletters');
    await form.locator(tid('account-submit')).click();
    await expect(form.locator(tid('account-error')).innerText()).resolves.toContain('须包含字母、数字、符号中的至少两类');
    await expect(form.locator(tid('account-display-name')).inputValue()).resolves.toBe('刘洋');
    await form.locator(tid('account-password')).fill('Wutong-2026');
    await form.locator(tid('account-submit')).click();
    const row = page.locator(`${tid('user-row')}[data-username="liu.yang"]`);
    await expect(row.innerText()).resolves.toMatch(new RegExp(`刘洋\\s+网格员\\s+网格 梧桐梁社区第1网格\\s+${person}（梧桐梁社区第1网格）\\s+正常`));

    const worker = opened(await openApp(browser(), inject('baseUrl'), noMap));
    await logIn(worker.page, { username: 'liu.yang', password: 'Wutong-2026' });
    // The administrator knows the first password: nothing opens until he has chosen his own, and Escape does not dismiss it.
    const first = worker.page.locator(tid('password-first'));
    await expect(first.innerText()).resolves.toContain('刘洋，您当前的密码由管理员设置');
    await worker.page.keyboard.press('Escape');
    await expect(first.isVisible()).resolves.toBe(true);
    await saveScreenshotTo(worker.page, '/tmp/jingwang-first-password.png');
    await first.locator(tid('password-current')).fill('Wutong-2026');
    await first.locator(tid('password-new')).fill('Liuyang-new-88');
    await first.locator(tid('password-repeat')).fill('Liuyang-new-88');
    await first.locator(tid('password-submit')).click();
    await worker.page.locator(tid('user-menu-button')).waitFor();
    // Changed again later under the user menu, as anyone does.
    await worker.page.locator(tid('user-menu-button')).click();
    await worker.page.locator(tid('menu-change-password')).click();
    const own = worker.page.locator(tid('password-form'));
    await own.locator(tid('password-current')).fill('Liuyang-new-88');
    await own.locator(tid('password-new')).fill('Liuyang-new-99');
    await own.locator(tid('password-repeat')).fill('Liuyang-new-99');
    await own.locator(tid('password-submit')).click();
    await own.locator(tid('password-done')).waitFor();
    // Grid workers mostly carry a phone: the field app's 我的 has the same form.
    const phone = opened(await openPhone(browser(), inject('baseUrl'), '/m', [107.49, 31.21]));
    await logIn(phone.page, { username: 'liu.yang', password: 'Liuyang-new-99' });
    await phone.page.locator(tid('field-tab-mine')).click();
    await phone.page.locator(tid('field-change-password')).click();
    await phone.page.locator(tid('password-current')).fill('Liuyang-new-99');
    await phone.page.locator(tid('password-new')).fill('Liuyang-m-2026');
    await phone.page.locator(tid('password-repeat')).fill('Liuyang-m-2026');
    await phone.page.locator(tid('password-submit')).click();
    await phone.page.locator(tid('password-done')).waitFor();
    await saveScreenshotTo(phone.page, '/tmp/jingwang-field-password.png');
    const fresh = opened(await openApp(browser(), inject('baseUrl'), noMap));
    await logIn(fresh.page, { username: 'liu.yang', password: 'Liuyang-m-2026' });
    await fresh.page.locator(tid('user-menu-button')).waitFor();

    await row.locator(tid('user-toggle-disabled')).click();
    await row.locator(tid('user-toggle-disabled')).click(); // confirm
    await row.locator('td').nth(5).filter({ hasText: /^已停用$/ }).waitFor();
    await fresh.page.reload();
    await fresh.page.locator(tid('login-form')).waitFor();
    await saveScreenshotTo(page, '/tmp/jingwang-users-added.png');
  });
});

describe('the map across views', () => {
  it('keeps the one map while another view is open and draws it again on return', async () => {
    const page = await signedIn('admin');
    await waitForMap(page);
    await settle(page);
    await page.evaluate(() => ((window as unknown as Record<string, unknown>).__firstMap = window.__jingwang!.map));
    const before = await captureMap(page);
    await navigateTo(page, 'residents');
    await page.locator(tid('residents-view')).waitFor();
    await expect(page.locator(tid('map-page')).evaluate((e) => getComputedStyle(e).visibility)).resolves.toBe('hidden');
    await page.goBack(); // the browser's back button returns to the map
    await page.locator(tid('residents-view')).waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__firstMap === window.__jingwang?.map)).toBe(true);
    await settle(page);
    const after = await captureMap(page);
    expect(distinctColours(after)).toBeGreaterThan(50);
    expect(changedShare(before, after)).toBeLessThan(0.01);
    await toggleLayer(page, 'grids');
    expect(changedShare(after, await captureMap(page))).toBeGreaterThan(0.05);
  });
});

describe('the end of a session', () => {
  it('drops to the login form with a notice when the server has ended the session', async () => {
    const page = await signedIn('grid001', '/residents');
    await page.locator(tid('resident-row')).first().waitFor();
    const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
    const out = await page.request.post('/api/auth/logout', { headers: { 'x-csrf-token': me.csrfToken }, data: {} });
    expect(out.status()).toBe(200);
    await nextRequest(page, tid('residents-search')); // a data fetch, now answered 401
    await page.locator(tid('session-expired')).waitFor();
    await expect(page.locator(tid('session-expired')).innerText()).resolves.toBe('会话已过期，请重新登录');
    expect(await page.locator(tid('login-form')).count()).toBe(1);
    expect(await page.locator(tid('residents-view')).count()).toBe(0);
    expect(await page.locator(tid('map')).count()).toBe(0);
    await saveScreenshotTo(page, '/tmp/jingwang-session-expired.png');
    expect(app!.pageErrors).toEqual([]);
  });

  it('drops to the login form when the cookie is gone, and logging in again returns to the view', async () => {
    const page = await signedIn('grid001', '/residents');
    await page.locator(tid('resident-row')).first().waitFor();
    await app!.context.clearCookies();
    await nextRequest(page, tid('page-next'));
    await page.locator(tid('session-expired')).waitFor();
    await logIn(page, { username: 'grid001', password: inject('demoPassword') });
    await page.locator(tid('resident-row')).first().waitFor();
    expect(await page.locator(tid('session-expired')).count()).toBe(0);
    expect(app!.pageErrors).toEqual([]);
  });

  it('warns two minutes before the idle expiry, and "Stay signed in" asks the server and hides the warning', async () => {
    const page = await signedIn('grid001', '/residents', { fakeClock: true });
    await page.locator(tid('resident-row')).first().waitFor();
    expect(await page.locator(tid('idle-warning')).count()).toBe(0);
    // Stop the page's clock so that only fastForward moves it: a loaded machine must not let the warning run out.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 10_000); // ahead of the running clock, even on a slow machine
    await page.clock.fastForward('28:30');
    await page.locator(tid('idle-warning')).waitFor();
    await expect(page.locator(tid('idle-warning')).innerText()).resolves.toMatch(/会话将在 1:\d\d 后过期/);
    await saveScreenshotTo(page, '/tmp/jingwang-idle-warning.png');
    const meRequest = page.waitForRequest((r) => r.url().endsWith('/api/auth/me'));
    await page.locator(tid('stay-signed-in')).dispatchEvent('click'); // a click without pointer moves, which would slide too
    await meRequest;
    await page.locator(tid('idle-warning')).waitFor({ state: 'detached' });
  });
});

/**
 * Makes the page ask the server something by clicking `selector` — unless the page has already noticed the ended
 * session by itself (the map's layers refresh in the background) and left the view, which is as good.
 */
async function nextRequest(page: Page, selector: string) {
  const button = page.locator(selector);
  if (!(await button.isVisible())) return;
  await button.click({ timeout: 5_000 }).catch((err: unknown) => {
    if (!String(err).includes('detached') && !String(err).includes('Timeout')) throw err;
  });
}
