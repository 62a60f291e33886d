import { describe, expect, inject, it } from 'vitest';
import { browserPerFile, logIn, openApp, waitForWall, wallPanelsCutOff, type AppPage } from './driver';

// A viewer may watch the wall (a district-wide jurisdiction) but not read units' positions (positionViewers): the
// wall must not ask for them every refresh (40 console errors in 3 minutes), nor list unit dots the map cannot show.

const tid = (id: string) => `[data-testid="${id}"]`;
const { browser, opened } = browserPerFile();
let app: AppPage | undefined;

describe('the wall signed in as a viewer', () => {
  it('asks for no unit positions, lists no unit dots in the legend, and says the account sees none', async () => {
    app = opened(await openApp(browser(), inject('baseUrl')));
    await logIn(app.page, { username: 'viewer', password: inject('demoPassword') });
    await app.page.locator(tid('user-menu-button')).waitFor();
    const asked: string[] = [];
    const refused: string[] = [];
    app.page.on('request', (r) => void (new URL(r.url()).pathname === '/api/field/positions' && asked.push(r.url())));
    app.page.on('response', (r) => void (r.status() === 403 && refused.push(r.url())));
    await app.page.goto(inject('baseUrl') + '/wall');
    await waitForWall(app.page);
    await app.page.locator(tid('wall-dosage-counts')).waitFor();
    await expect(app.page.locator(tid('wall-legend-no-positions')).innerText()).resolves.toBe('本账号无权查看单位位置，地图不显示巡逻单位');
    // Said in the legend, not in the patrol panel, where it pushed the panel's last row (另有 N 处) out of sight.
    expect(await wallPanelsCutOff(app.page)).toEqual([]);
    expect(await app.page.locator(tid('wall-legend-unit-police')).count()).toBe(0);
    expect(await app.page.locator(tid('wall-legend-unit-grid')).count()).toBe(0);
    expect(asked).toEqual([]);
    expect(refused).toEqual([]);
  }, 90_000);
});
