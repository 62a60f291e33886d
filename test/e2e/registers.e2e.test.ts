import { pointOnFeature } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Me } from '../../core/contracts/auth';
import type { DisputePage } from '../../core/contracts/disputes';
import { apiSession, captureMap, domTextAgainstTofu, launchBrowser, logIn, navigateTo, openApp, saveScreenshot, settle, type AppPage } from './driver';

const tid = (id: string) => `[data-testid="${id}"]`;

let browser: Browser;
let app: AppPage;
let page: Page;
let code = ''; // the dispute the tests register
let summary = ''; // its 事由, as long as it may be
let gridCode = ''; // its grid, whose leader is graded
let round = ''; // the latest round of the demo's assessments, so the map colours the grid by the new grade

/** GET an API path with the page's session. */
const api = <T,>(path: string) => page.evaluate(async (p) => (await (await fetch(p)).json()) as unknown, path) as Promise<T>;

/** The next answer of an API path whose query matches. */
const answerTo = (path: string, match: (search: URLSearchParams) => boolean) =>
  page.waitForResponse((r) => {
    const url = new URL(r.url());
    return url.pathname === path && match(url.searchParams);
  }, { timeout: 60_000 });

/** The state buttons the drawer offers, by the state they move to. */
const offeredMoves = () => page.locator(`${tid('dispute-transitions')} button[data-testid^="dispute-move-"]`).evaluateAll((bs) => bs.map((b) => b.getAttribute('data-testid')!.slice('dispute-move-'.length)));

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openApp(browser, inject('baseUrl'), '/disputes');
  page = app.page;
  await logIn(page, { username: 'commander', password: inject('demoPassword') });
  await page.locator(tid('disputes-view')).waitFor({ timeout: 60_000 });
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

describe('the disputes register (矛盾纠纷), in headless Chromium', () => {
  it('opens at /disputes for a commander, in Chinese, with the list, the high-risk list and the reminders', async () => {
    await expect(page.locator(tid('nav-disputes')).innerText()).resolves.toBe('矛盾纠纷');
    await page.locator(tid('dispute-row')).first().waitFor({ timeout: 30_000 });
    expect(Number(await page.locator(tid('disputes-table')).getAttribute('data-total'))).toBeGreaterThan(20);
    // Each row's grid by its name, not its 15-digit code.
    await expect(page.locator(tid('dispute-row')).first().innerText()).resolves.toMatch(/社区第\d+网格/);
    await page.locator(tid('dispute-high-risk-row')).first().waitFor();
    await expect(page.locator(tid('dispute-reminders')).innerText()).resolves.toContain('超期提醒');
    expect(app.pageErrors).toEqual([]);
  });

  it('registers a dispute at a building and shows its 民转刑 early-warning score with the reasons threats and violence', async () => {
    await page.locator(tid('dispute-register-open')).click();
    // Sent empty, the form names what is missing, in Chinese, and sends nothing.
    await page.locator(tid('dispute-register-submit')).click();
    await expect(page.locator(`${tid('dispute-register-form')} .field-error`).first().innerText()).resolves.toBe('请选择纠纷类型');
    await page.locator(tid('dispute-type')).selectOption('neighbour');
    await page.locator(tid('dispute-source')).selectOption('grid_worker');
    // Text past the limit is kept and counted, not cut; the form refuses it in Chinese (issue 12).
    const tooLong = '楼上漏水'.repeat(31); // 124 characters, the limit is 120
    await page.locator(tid('dispute-summary')).fill(tooLong);
    await expect(page.locator(tid('dispute-summary')).inputValue()).resolves.toBe(tooLong);
    await expect(page.locator(tid('dispute-summary-count')).getAttribute('data-over')).resolves.toBe('true');
    await expect(page.locator(tid('dispute-summary-count')).innerText()).resolves.toContain('124/120');
    await page.locator(tid('dispute-register-submit')).click();
    await expect(page.locator(`${tid('dispute-register-form')} .field-error`).allInnerTexts()).resolves.toContain('请填写事由（120 字以内）');
    // A long 事由 (here 120 characters) stays two lines in the list, the whole of it in the cell's title.
    summary = `${'楼上漏水引发邻里冲突，'.repeat(10)}（浏览器测试）`.slice(0, 120);
    await page.locator(tid('dispute-summary')).fill(summary);
    await expect(page.locator(tid('dispute-summary-count')).getAttribute('data-over')).resolves.toBe('false');
    await page.locator(tid('dispute-description-input')).fill('楼上住户扬言报复，双方在楼道动手推搡。');
    // The place is found by its address, as a grid worker knows it, never by a building code.
    await page.locator(tid('dispute-place-search-input')).fill('星河城1栋');
    await page.locator(tid('dispute-place-search-option')).first().click();
    await expect(page.locator(tid('dispute-place-chosen')).getAttribute('data-building')).resolves.toMatch(/\S/);
    await page.locator(tid('dispute-party-add')).click();
    // A party without a name, with a 14-digit ID number and a bad phone: all three are said at once, each field outlined.
    await page.locator(tid('dispute-party-id-input')).fill('51170319900101');
    await page.locator(tid('dispute-party-phone-input')).fill('12345');
    await page.locator(tid('dispute-register-submit')).click();
    const partyErrors = page.locator(`${tid('dispute-party-row')} ${tid('dispute-party-error')}`);
    await expect(partyErrors.evaluateAll((es) => es.map((e) => [e.getAttribute('data-field'), e.textContent]))).resolves.toEqual([
      ['name', '请填写当事人姓名'],
      ['idNumber', '身份证号应为 18 位，且校验位正确（GB 11643）'],
      ['phone', '电话应为 11 位手机号或固定电话（如 0818-2345678）'],
    ]);
    await expect(page.locator(`${tid('dispute-party-row')} [aria-invalid="true"]`).count()).resolves.toBe(3);
    await page.locator(tid('dispute-party-name-input')).fill('欧阳娜娜');
    await page.locator(tid('dispute-party-id-input')).fill('');
    await page.locator(tid('dispute-party-phone-input')).fill('');
    await expect(partyErrors.count()).resolves.toBe(0);
    await page.locator(tid('dispute-register-submit')).click();

    const drawer = page.locator(tid('dispute-drawer'));
    await drawer.waitFor({ timeout: 30_000 });
    code = (await drawer.getAttribute('data-code'))!;
    expect(code).toMatch(/^MD\d+$/);
    await expect(page.locator(tid('dispute-party-name')).innerText()).resolves.toBe('欧***'); // masked
    const reasons = await page.locator(tid('dispute-risk-reason')).evaluateAll((ls) => ls.map((l) => [l.getAttribute('data-rule'), l.textContent]));
    expect(reasons.map(([rule]) => rule)).toEqual(expect.arrayContaining(['threats', 'violence']));
    expect(reasons.find(([rule]) => rule === 'threats')![1]).toContain('扬言');
    expect(reasons.find(([rule]) => rule === 'violence')![1]).toContain('动手');
    const score = Number(await page.locator(tid('dispute-risk-panel')).getAttribute('data-score'));
    expect(score).toBeGreaterThanOrEqual(55); // threats 20 + violence 30 + a neighbour dispute 5, and repeats at the building if any
    // The list, newest first, shows it at the top.
    await page.locator(`${tid('dispute-row')}[data-code="${code}"]`).waitFor();
    await expect(page.locator(tid('dispute-row')).first().getAttribute('data-code')).resolves.toBe(code);
    const cell = page.locator(`${tid('dispute-row')}[data-code="${code}"] ${tid('dispute-summary-cell')}`);
    await expect(cell.getAttribute('title')).resolves.toBe(summary);
    const { height, lineHeight } = await cell.evaluate((el) => {
      const style = getComputedStyle(el);
      return { height: el.getBoundingClientRect().height, lineHeight: parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5 };
    });
    expect(height).toBeLessThanOrEqual(2 * lineHeight + 1);
    gridCode = (await api<{ gridCode: string }>(`/api/disputes/${code}`)).gridCode;
  });

  it('moves it registered → assessed → mediating → escalated → resolved → visited → closed, offering only the allowed moves, the timeline growing', async () => {
    const path: [string, string[]][] = [
      ['assessed', ['assessed']],
      ['mediating', ['mediating', 'referred', 'escalated']],
      ['escalated', ['resolved', 'referred', 'escalated']],
      ['resolved', ['resolved']],
      ['visited', ['visited', 'mediating']],
      ['closed', ['closed', 'mediating']],
    ];
    for (const [k, [to, offered]] of path.entries()) {
      // Only the workflow's next states have a button: a refused move cannot even be asked for.
      expect((await offeredMoves()).sort()).toEqual([...offered].sort());
      // A move without a reason is refused by the form.
      await page.locator(tid(`dispute-move-${to}`)).click();
      await expect(page.locator(`${tid('dispute-transitions')} .field-error`).innerText()).resolves.toBe('请填写办理说明（500 字以内）');
      await page.locator(tid('dispute-move-reason')).fill(`浏览器测试：第 ${k + 1} 步`);
      await page.locator(tid(`dispute-move-${to}`)).click();
      await page.locator(`${tid('dispute-drawer')} [data-status="${to}"]`).waitFor({ timeout: 30_000 });
      await expect(page.locator(tid('dispute-event')).count()).resolves.toBe(k + 2);
      await expect(page.locator(tid('dispute-event')).last().innerText()).resolves.toContain(`浏览器测试：第 ${k + 1} 步`);
      if (to === 'escalated') {
        // Escalation adds its points: the dispute is now high risk, and the high-risk list of open disputes shows it.
        await expect(page.locator(tid('dispute-risk-panel')).getAttribute('data-level')).resolves.toBe('high');
        await page.locator(`${tid('dispute-risk-reason')}[data-rule="escalation"]`).waitFor();
        await page.locator(`${tid('dispute-high-risk-row')}[data-code="${code}"]`).waitFor({ timeout: 30_000 });
        // The row says where it is, as the register names its place (it read 100 MD0385 邻里纠纷 · 已登记 alone).
        const place = (await page.locator(`${tid('dispute-drawer')} ${tid('dispute-place')}`).innerText()).trim();
        expect(place).not.toBe('');
        await expect(page.locator(`${tid('dispute-high-risk-row')}[data-code="${code}"]`).innerText()).resolves.toContain(` · ${place}`);
      }
    }
    await page.locator(tid('dispute-final')).waitFor();
    expect(await offeredMoves()).toEqual([]);
    const events = await page.locator(tid('dispute-event')).evaluateAll((ls) => ls.map((l) => l.getAttribute('data-to')));
    expect(events).toEqual(['registered', 'assessed', 'mediating', 'escalated', 'resolved', 'visited', 'closed']);
    // Who acted, by name (the login on hover), as the account names its holder.
    const me = await page.evaluate(async () => (await (await fetch('/api/auth/me')).json()) as { displayName: string });
    const assessed = page.locator(tid('dispute-event')).nth(1);
    await expect(assessed.innerText()).resolves.toContain(me.displayName);
    await expect(assessed.locator('span[title="commander"]').count()).resolves.toBe(1);
  });

  it('lists it among the high-risk disputes, sorted by risk', async () => {
    await page.locator(tid('dispute-filter-risk')).selectOption('high');
    await Promise.all([answerTo('/api/disputes', (q) => q.get('risk') === 'high'), page.locator(tid('dispute-apply')).click()]);
    await page.locator(`${tid('disputes-table')}:not([aria-busy]) ${tid('dispute-row')}[data-code="${code}"]`).waitFor({ timeout: 30_000 });
    const levels = await page.locator(`${tid('dispute-row')} ${tid('dispute-risk')}`).allInnerTexts();
    expect(levels.every((l) => l.includes('高'))).toBe(true);
    await Promise.all([answerTo('/api/disputes', (q) => q.get('sort') === 'risk' && q.get('risk') === 'high'), page.locator(tid('dispute-sort-riskScore')).click()]);
    await expect(page.locator(tid('dispute-sort-riskScore')).getAttribute('aria-sort')).resolves.toBe('descending');
    await page.locator(`${tid('disputes-table')}:not([aria-busy])`).waitFor();
    const scores = await page.locator(`${tid('dispute-row')} ${tid('dispute-risk')}`).allInnerTexts();
    expect(scores.map((s) => parseInt(s, 10))).toEqual(scores.map((s) => parseInt(s, 10)).sort((a, b) => b - a));
    // The grid filter offers the grids by name, not a box for a 15-digit code.
    const gridOptions = await page.locator(`${tid('dispute-filter-grid')} option`).allInnerTexts();
    expect(gridOptions[0]).toBe('全部');
    expect(gridOptions.length).toBeGreaterThan(10);
    expect(gridOptions.slice(1).every((o) => /社区第\d+网格$/.test(o))).toBe(true);
    await saveScreenshot(page, 'disputes');
    expect(app.pageErrors).toEqual([]);
  });

  it('tells an officer who opens a dispute outside the beat so plainly, naming the dispute and the beat, not as a failed load', async () => {
    const officer = await apiSession(inject('baseUrl'), { username: 'officer01', password: inject('demoPassword') });
    let outside = '';
    let beat: string;
    try {
      beat = ((await (await officer.api.get('/api/auth/me')).json()) as Me).jurisdiction.names.join('、');
      // A dispute of the district (the commander sees them all) that the officer's beat does not hold (QA: MD0001).
      for (const row of (await api<DisputePage>('/api/disputes?limit=50')).rows) {
        if ((await officer.api.get(`/api/disputes/${row.code}`)).status() === 404) {
          outside = row.code;
          break;
        }
      }
    } finally {
      await officer.api.dispose();
    }
    expect(outside, 'a dispute outside officer01’s beat').toMatch(/^MD\d+$/);
    expect(beat).toMatch(/\S/);
    const desk = await openApp(browser, inject('baseUrl'), `/disputes?code=${outside}`);
    try {
      await logIn(desk.page, { username: 'officer01', password: inject('demoPassword') });
      const drawer = desk.page.locator(`${tid('dispute-drawer')}[data-code="${outside}"]`);
      const notice = drawer.locator(tid('dispute-not-in-scope'));
      await notice.waitFor({ timeout: 60_000 });
      await expect(notice.innerText()).resolves.toBe(`矛盾纠纷 ${outside} 不在您的辖区（${beat}）内，或不存在`);
      // A notice, not an error: nothing in red, no 数据加载失败.
      await expect(drawer.locator('[role="alert"], .error').count()).resolves.toBe(0);
      await expect(drawer.innerText()).resolves.not.toContain('数据加载失败');
      expect(desk.pageErrors).toEqual([]);
    } finally {
      await desk.close();
    }
  });
});

describe('the grid workforce (网格队伍), the grid page and the map, in headless Chromium', () => {
  it('grades the leader of the dispute’s grid 差 with the score breakdown and a comment, and ranks the grade', async () => {
    await page.locator(tid('dispute-drawer-close')).click();
    await navigateTo(page, 'workforce');
    await page.locator(tid('workforce-view')).waitFor();
    await page.locator(`${tid('wf-grid')} option[value="${gridCode}"]`).waitFor({ state: 'attached', timeout: 30_000 });
    await page.locator(tid('wf-grid')).selectOption(gridCode);
    await page.locator(tid('wf-person')).first().waitFor();
    await page.locator(tid('wf-tab-assessments')).click();
    await page.locator(tid('wf-ranking-row')).first().waitFor({ timeout: 30_000 });
    round = await page.locator(tid('wf-ranking-round')).inputValue();
    expect(round).toMatch(/^\d{4}-\d{2}\/\d{2}$/);
    await page.locator(tid('wf-assessment-round')).selectOption(round);
    // The round is graded already: the form opens on that grade, says so, and offers to change it.
    const existing = page.locator(tid('wf-assessment-existing'));
    await existing.waitFor({ timeout: 30_000 });
    await expect(existing.innerText()).resolves.toMatch(/^本期已考评：(好|较好|一般|差)，总分 /);
    await expect(page.locator(`${tid('wf-assessment-form')} input[type="radio"]:checked`).count()).resolves.toBe(1);
    await expect(page.locator(tid('wf-assessment-score-work')).inputValue()).resolves.toMatch(/^\d/);
    await expect(page.locator(tid('wf-assessment-submit')).innerText()).resolves.toBe('修改考评');
    await page.locator(tid('wf-assessment-grade-poor')).check();
    for (const [part, points] of [['work', '8'], ['disputes', '6'], ['data', '10'], ['residents', '9']]) {
      await page.locator(tid(`wf-assessment-score-${part}`)).fill(points);
    }
    await expect(page.locator(tid('wf-assessment-total')).innerText()).resolves.toContain('33');
    await page.locator(tid('wf-assessment-comments')).fill('纠纷上报不及时，台账不全（浏览器测试）');
    await page.locator(tid('wf-assessment-submit')).click();
    await expect(page.locator(tid('wf-assessment-message')).innerText()).resolves.toContain('差');
    // The ranking reloads with the new grade; the search finds the grid by its code.
    await page.locator(tid('wf-ranking-search')).fill(gridCode);
    const row = page.locator(`${tid('wf-ranking-row')}[data-grid="${gridCode}"][data-grade="poor"]`);
    await row.waitFor({ timeout: 30_000 });
    await expect(page.locator(tid('wf-ranking-row')).count()).resolves.toBe(1);
    await expect(row.innerText()).resolves.toContain('纠纷上报不及时');
  });

  it('shows the grade on the grid’s page with its people, work, freshness, disputes and incidents', async () => {
    await page.locator(`${tid('workforce-view')} ${tid(`grid-link-${gridCode}`)}`).first().click(); // 打开网格页, above the ranking
    await page.locator(tid('grid-page')).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe(`/grids/${gridCode}`);
    const grade = page.locator(`${tid('gp-grade')}[data-round="${round}"]`);
    await expect(grade.getAttribute('data-grade')).resolves.toBe('poor');
    await expect(grade.innerText()).resolves.toContain('差');
    await expect(page.locator(tid('wf-person')).count()).resolves.toBeGreaterThan(3);
    // The beat by name (派出所第N警格), never its code (PS02-J15).
    await expect(page.locator(tid('gp-facts')).innerText()).resolves.toMatch(/警格 \S+派出所第\d+警格/);
    await expect(page.locator(tid('gp-freshness')).innerText()).resolves.toMatch(/\d+%/);
    await expect(page.locator(tid('gp-disputes')).innerText()).resolves.toContain('未结纠纷');
    await expect(page.locator(tid('gp-incidents')).innerText()).resolves.toContain('警情');
    await saveScreenshot(page, 'grid-page');
    expect(app.pageErrors).toEqual([]);
  });

  it('says plainly that a grid address leads nowhere, with the way back to the map', async () => {
    const gridUrl = page.url();
    await page.goto(new URL('/grids/999999999999999', gridUrl).href);
    await expect.poll(() => page.locator(tid('gp-error')).textContent(), { timeout: 30_000 })
      .toBe('没有编码为 999999999999999 的网格：地址有误，或该网格已在重新划分中撤销。');
    await page.locator(tid('gp-back-to-map')).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await page.goto(gridUrl);
    await page.locator(`${tid('grid-page')}[data-grid="${gridCode}"]`).waitFor({ timeout: 30_000 });
  });

  it('colours the grid by its new grade on the map, and a click on it opens its page', async () => {
    await navigateTo(page, 'map');
    await settle(page);
    await page.locator(tid('grid-colour-by')).selectOption('grade');
    await page.locator(tid('legend-grade')).waitFor();
    await settle(page);
    const grids = await api<{ features: Feature<Polygon | MultiPolygon, { code: string }>[] }>('/api/grids');
    const inside = pointOnFeature(grids.features.find((f) => f.properties.code === gridCode)!).geometry.coordinates as [number, number];
    // Where the grid is on the screen (page pixels) and in the map's capture.
    const [x, y, left, top] = await page.evaluate((lngLat) => {
      const map = (window as unknown as { __jingwang: { map: { project(p: [number, number]): { x: number; y: number }; getContainer(): HTMLElement } } }).__jingwang.map;
      const p = map.project(lngLat);
      const box = map.getContainer().getBoundingClientRect();
      return [p.x, p.y, box.left, box.top];
    }, inside);
    // The grade 差 fills it red (ColorBrewer RdYlGn's red over the base map), not the greens of 好 and 较好: most
    // pixels around the point are red (a label or a point symbol may cover a few). The pointer is kept off the map,
    // whose hover highlight would lighten the grid.
    await page.mouse.move(800, 10);
    await settle(page);
    const png = await captureMap(page);
    let red = 0;
    for (let dy = -7; dy <= 7; dy++) {
      for (let dx = -7; dx <= 7; dx++) {
        const i = ((Math.round(y) + dy) * png.width + Math.round(x) + dx) * 4;
        if (png.data[i] - png.data[i + 1] > 60 && png.data[i] - png.data[i + 2] > 60) red++;
      }
    }
    expect(red / 225).toBeGreaterThan(0.5);
    // Its tooltip says the grade; a click opens its page.
    await page.mouse.move(left + x, top + y);
    await expect(page.locator('.deck-tooltip').innerText()).resolves.toContain('网格长考评：差');
    // In the shipped font: deck.gl's own stack has no CJK font on this machine, and drew every character as a box.
    expect(await domTextAgainstTofu(page, '.deck-tooltip')).toBeGreaterThan(0.05);
    await page.mouse.click(left + x, top + y);
    await page.locator(`${tid('grid-page')}[data-grid="${gridCode}"]`).waitFor({ timeout: 30_000 });
    expect(app.pageErrors).toEqual([]);
  });
});
