import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FieldToday } from '../../../core/contracts/field';
import { I18nProvider } from '../../i18n/I18nProvider';
import { MemoryOutboxStorage, Outbox } from '../outbox/outbox';
import { TodayScreen } from './TodayScreen';

const today: FieldToday = {
  date: '2026-12-05',
  routes: [],
  tasks: [
    { id: 't1', place: '梧桐梁社区星河城2栋', note: '2栋一标三实核查（演示）', dueOn: '2026-12-17', overdue: false, buildingCode: 'C0001-B02' },
    { id: 't2', place: '梧桐梁社区星河城3栋', note: '3栋核查', dueOn: '2026-12-01', overdue: true, buildingCode: 'C0001-B03' },
  ],
  buildingsToVerify: [{ code: 'C0002-B01', place: '梧桐梁社区锦绣苑1栋', verifiedAt: null }],
  disputes: [],
  measures: { openDisputes: 0, overdueChecks: 1 },
  meetings: [],
};

/** An outbox that cannot reach the server: what is queued stays waiting. */
async function offlineOutbox(...visits: object[]) {
  const outbox = new Outbox(new MemoryOutboxStorage(), async () => ({ networkError: true }));
  for (const [i, body] of visits.entries()) await outbox.enqueue({ id: `v${i}`, kind: 'visit', path: '/api/registry/visits', body, label: '核查走访' });
  await outbox.flush();
  return outbox;
}

const render = (outbox: Outbox, canRecordVisits: boolean) =>
  renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: 'zh-CN', children: createElement(TodayScreen, { state: { status: 'ready', today, copiedAt: null }, outbox, canRecordVisits }) }));
const opens = (html: string, testId: string) => [...html.matchAll(new RegExp(`data-testid="${testId}" data-row="([^"]+)" data-state="open"><button type="button" data-testid="${testId}-open"`, 'g'))].map((m) => m[1]);

describe('今日', () => {
  it('opens a 核查走访 from each task and each overdue building for a role that may record one', async () => {
    const html = render(await offlineOutbox(), true);
    expect(opens(html, 'today-task')).toEqual(['t1', 't2']);
    expect(opens(html, 'today-building')).toEqual(['C0002-B01']);
    expect(html).toContain('记录走访 ›');
  });

  it('lists them without a way in for a role that may not (a patrol leader)', async () => {
    const html = render(await offlineOutbox(), false);
    expect(html).not.toContain('<button');
    expect(html).toContain('梧桐梁社区星河城2栋');
  });

  it('says a task’s or a building’s visit waits in the queue instead of opening a second', async () => {
    const html = render(await offlineOutbox({ buildingCode: 'C0001-B02', taskId: 't1' }, { buildingCode: 'C0002-B01' }), true);
    expect(opens(html, 'today-task')).toEqual(['t2']);
    expect(opens(html, 'today-building')).toEqual([]);
    expect(html.match(/data-state="waiting"/g)).toHaveLength(2);
    expect(html).toContain('走访待上传');
  });
});
