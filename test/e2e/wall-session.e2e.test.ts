import { describe, expect, inject, it } from 'vitest';
import { adminSession, browserPerFile, logIn, openApp, openWall, waitForWall, type AppPage } from './driver';

// A wall runs for days: its session ends (SESSION_MAX_HOURS) and it must sign in again by itself; its token may be
// revoked, and then it must stop presenting figures as live.

const tid = (id: string) => `[data-testid="${id}"]`;
const { browser, opened } = browserPerFile();
let wall: AppPage | undefined;

async function issueWallToken(name: string): Promise<{ id: string; token: string }> {
  const { api, csrfToken } = await adminSession();
  const res = await api.post('/api/admin/wall-tokens', { data: { name }, headers: { 'x-csrf-token': csrfToken } });
  expect(res.status()).toBe(201);
  const issued = (await res.json()) as { id: string; token: string };
  await api.dispose();
  return issued;
}

async function revokeWallToken(id: string) {
  const { api, csrfToken } = await adminSession();
  expect((await api.delete(`/api/admin/wall-tokens/${id}`, { headers: { 'x-csrf-token': csrfToken } })).status()).toBe(200);
  await api.dispose();
}

const sessionCookie = async (w: AppPage) => (await w.context.cookies()).find((c) => c.name === 'jw_session')?.value;

describe('the wall’s session', () => {
  it('is opened again with the stored token when it ends, and the wall keeps running', async () => {
    const { id, token } = await issueWallToken('e2e session wall');
    wall = opened(await openWall(browser(), inject('baseUrl'), `/wall?token=${token}`, { width: 1280, height: 720 }));
    await waitForWall(wall.page);
    const first = await sessionCookie(wall);
    expect(first).toBeTruthy();
    // As if the session had reached its maximum age: the server has ended it and the browser no longer has its cookie.
    // The live stream notices at its next session check (LIVE_SESSION_CHECK_SECONDS, 5 s in these tests); a 401 from
    // a request takes the same way back (wall-contact.test.ts, wall-reauth.test.ts), but the wall's requests are a minute apart.
    const ended = await wall.page.evaluate(async () => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      return (await fetch('/api/auth/logout', { method: 'POST', headers: { 'x-csrf-token': me.csrfToken } })).status;
    });
    expect(ended).toBe(200);
    await wall.context.clearCookies();
    await expect.poll(() => sessionCookie(wall!), { timeout: 30_000, interval: 500 }).toBeTruthy();
    expect(await sessionCookie(wall)).not.toBe(first);
    await wall.page.locator(tid('wall-connection') + '[data-state="live"]').waitFor({ timeout: 10_000 });
    expect(await wall.page.locator(tid('wall-access-lost')).count()).toBe(0);
    expect(wall.pageErrors).toEqual([]);
    await revokeWallToken(id);
  }, 90_000);

  it('shows that the wall token was revoked, in the server’s words, instead of figures and 实时', async () => {
    const { id, token } = await issueWallToken('e2e revoked wall');
    wall = opened(await openWall(browser(), inject('baseUrl'), `/wall?token=${token}`, { width: 1280, height: 720 }));
    await waitForWall(wall.page);
    await wall.page.locator(tid('wall-connection') + '[data-state="live"]').waitFor({ timeout: 10_000 });
    await revokeWallToken(id);
    // The live stream is cut within LIVE_SESSION_CHECK_SECONDS (5 s in these tests); the wall's token is then refused too.
    const notice = wall.page.locator(tid('wall-access-lost'));
    await notice.waitFor({ timeout: 30_000 });
    await expect(notice.innerText()).resolves.toBe('大屏令牌无效或已吊销，请联系管理员重新发放');
    expect(await wall.page.locator(tid('wall-connection')).count()).toBe(0);
    expect(await wall.page.locator(tid('wall-panel-incidents')).count()).toBe(0);
    expect(await wall.page.evaluate(() => sessionStorage.getItem('jingwang.wallToken'))).toBeNull();
  }, 90_000);

  it('takes a person without a wall token to the password login and back to the wall', async () => {
    // A commander's wall whose session ended shows the token box and 用账号重新登录: the link signs in and returns here.
    wall = opened(await openApp(browser(), inject('baseUrl'), '/wall?kiosk=0'));
    const link = wall.page.locator(tid('wall-account-sign-in'));
    await link.waitFor({ timeout: 30_000 });
    // Readable across the room on the wall's navy: WCAG contrast of at least 4.5 against the page's background.
    const contrast = await link.evaluate((el) => {
      const rgb = (css: string) => css.match(/[\d.]+/g)!.slice(0, 3).map(Number);
      const luminance = (css: string) => {
        const [r, g, b] = rgb(css).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      let back: Element | null = el;
      while (back && /rgba\(0, 0, 0, 0\)|transparent/.test(getComputedStyle(back).backgroundColor)) back = back.parentElement;
      const [a, b] = [luminance(getComputedStyle(el).color), luminance(getComputedStyle(back ?? document.body).backgroundColor)];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });
    expect(contrast).toBeGreaterThanOrEqual(4.5);
    await link.click();
    await logIn(wall.page, { username: 'commander', password: inject('demoPassword') });
    await wall.page.waitForURL((url) => url.pathname === '/wall' && url.search === '?kiosk=0', { timeout: 30_000 });
    await waitForWall(wall.page);
    expect(wall.pageErrors).toEqual([]);
  }, 90_000);
});
