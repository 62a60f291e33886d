import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DisputeReminder } from '../../../core/contracts/disputes';
import type { DisputeStatus } from '../../../core/disputes';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/messages';
import { RemindersPanel } from './RemindersPanel';

const reminder = (code: string, status: DisputeStatus): DisputeReminder => ({
  code, type: 'family', status, source: 'resident', summary: '房产继承家庭内部纠纷', registeredAt: '2026-11-20T02:00:00Z', resolvedAt: null,
  gridCode: 'G1', gridName: '梧桐梁社区第1网格', buildingCode: null, placeName: null, communityCode: null, streetCode: null, beatCode: null,
  lngLat: [107.5, 31.2], remit: null, responsibleBody: null, dueAt: '2026-12-03T21:43:07Z', overdue: true, riskScore: 5, riskLevel: 'low',
  parties: [], masked: true, remindedAs: 'jurisdiction',
});
const render = (rows: DisputeReminder[], language: Language = 'zh-CN') =>
  renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: language, children: createElement(RemindersPanel, { reminders: { status: 'ready', data: { rows } }, onSelect: () => {} }) }));
const lines = (html: string) => [...html.matchAll(/<span class="muted">([^<]*)<\/span>/g)].map((m) => m[1].replace(/\s+/g, ' ').trim());

describe('the overdue reminders', () => {
  // 已化解 · 时限 … read as if a resolved dispute were late to be resolved; it is its follow-up visit that is late.
  it('say what each overdue dispute waits for: a resolved one its follow-up visit, a registered one its assessment', () => {
    const [resolved, registered, referred] = lines(render([reminder('MD0021', 'resolved'), reminder('MD0380', 'registered'), reminder('MD0100', 'referred')]));
    expect(resolved).toMatch(/^· 已化解 · 回访时限 \S+ \S+ · 提醒您作为/);
    expect(registered).toMatch(/^· 已登记 · 研判时限 /);
    expect(referred).toMatch(/^· 已移交 · 移交答复时限 /);
  });

  it('speak English in English', () => {
    expect(lines(render([reminder('MD0021', 'resolved')], 'en'))[0]).toContain('follow-up visit due');
  });
});
