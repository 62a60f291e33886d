import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Activity } from '../../core/contracts/workforce';
import { launchBrowser, logIn, navigateTo, saveScreenshot } from './driver';

const tid = (id: string) => `[data-testid="${id}"]`;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  // A PC set to New York and to English: the forms still read and show dates as the district's, year-month-day.
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, timezoneId: 'America/New_York', locale: 'en-US' });
  page = await context.newPage();
  await page.goto(inject('baseUrl') + '/');
  await logIn(page, { username: 'grid001', password: inject('demoPassword') });
  await navigateTo(page, 'workforce');
  await page.locator(tid('workforce-view')).waitFor({ timeout: 60_000 });
  await page.locator(`${tid('wf-grid')} option`).first().waitFor({ state: 'attached', timeout: 30_000 });
});
afterAll(async () => {
  await browser?.close();
});

describe('the workforce forms’ dates (网格队伍), in a browser set to New York', () => {
  it('says why a work record is not saved when Enter is pressed on a time it cannot read, without leaving the field', async () => {
    await page.locator(tid('wf-tab-work')).click();
    const when = page.locator(tid('wf-activity-when'));
    await when.fill('2026-5-1 25:00');
    await when.press('Enter');
    const issue = page.locator(tid('wf-activity-when-issue'));
    await issue.waitFor({ timeout: 2_000 });
    await expect(issue.innerText()).resolves.toBe('时间请按 24 小时制「时:分」填写，在 00:00–23:59 之间，如 14:30');
    await expect(when.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });

  it('records a work record at the time typed, in Shanghai, and lists it so', async () => {
    await page.locator(tid('wf-tab-work')).click();
    await page.locator(tid('wf-activity-kind')).selectOption('patrol');
    const when = page.locator(tid('wf-activity-when'));
    await when.fill('2026-5-1 9:05');
    await page.locator(tid('wf-activity-place')).fill('日期测试巡逻点');
    await expect(when.inputValue()).resolves.toBe('2026-05-01 09:05'); // written back as read, 24-hour
    await page.locator(tid('wf-activity-when-calendar')).click();
    await page.locator(`${tid('wf-activity-when-popup')} .rdp-selected`).waitFor();
    await saveScreenshot(page, 'workforce-activity-date');
    await page.keyboard.press('Escape');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/workforce/activities') && r.request().method() === 'POST');
    await page.locator(tid('wf-activity-submit')).click();
    const body = (await (await saved).json()) as Activity;
    expect(Date.parse(body.occurredAt)).toBe(Date.parse('2026-05-01T09:05:00+08:00'));
    const row = page.locator(tid('wf-activity-row'), { hasText: '日期测试巡逻点' });
    await expect(row.locator('td').first().innerText()).resolves.toBe('2026/5/1 09:05');
  });

  it('records a meeting on the day typed and refuses a day the calendar lacks, saying what to type', async () => {
    await page.locator(tid('wf-tab-meetings')).click();
    const day = page.locator(tid('wf-meeting-date'));
    await day.fill('2026-2-30');
    await day.blur();
    await expect(page.locator(tid('wf-meeting-date-issue')).innerText()).resolves.toBe('2026 年 2 月没有 30 日（该月只有 28 天）');
    await saveScreenshot(page, 'workforce-meeting-date');
    await day.fill('2026/4/28');
    await day.blur();
    await expect(day.inputValue()).resolves.toBe('2026-04-28');
    await page.locator(tid('wf-meeting-topic')).fill('日期测试联席会');
    await page.locator(tid('wf-meeting-minutes')).fill('纪要');
    await page.locator(tid('wf-meeting-attendee')).first().check();
    await page.locator(tid('wf-meeting-submit')).click();
    await expect(page.locator(tid('wf-meeting'), { hasText: '日期测试联席会' }).locator('strong').innerText()).resolves.toBe('2026-04-28');
  });
});
