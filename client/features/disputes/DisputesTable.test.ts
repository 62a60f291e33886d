import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DisputeSummary } from '../../../core/contracts/disputes';
import type { DisputeStatus } from '../../../core/disputes';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/messages';
import { DisputesTable } from './DisputesTable';

const row = (code: string, status: DisputeStatus, dueAt: string | null): DisputeSummary => ({
  code, type: 'neighbour', status, source: 'resident', summary: '楼上漏水邻里纠纷', registeredAt: '2026-11-20T02:00:00Z', resolvedAt: null,
  gridCode: 'G1', gridName: '梧桐梁社区第1网格', buildingCode: null, placeName: null, communityCode: null, streetCode: null, beatCode: null,
  lngLat: [107.5, 31.2], remit: null, responsibleBody: null, dueAt, overdue: dueAt !== null, riskScore: 5, riskLevel: 'low',
  parties: [], masked: true,
});
const render = (rows: DisputeSummary[], language: Language = 'zh-CN') =>
  renderToStaticMarkup(
    createElement(I18nProvider, {
      initialLanguage: language,
      children: createElement(DisputesTable, {
        rows, total: rows.length, sort: 'due', onSort: () => {}, pagination: { pageIndex: 0, pageSize: 20 }, onPagination: () => {},
        selected: null, onSelect: () => {}, busy: false,
      }),
    }),
  );
const dueCells = (html: string) => [...html.matchAll(/data-testid="dispute-due">([^<]*)</g)].map((m) => m[1]);

describe('the register’s 办理时限 column', () => {
  // It showed the time alone: an overdue 已化解 row read as late to be resolved, where its follow-up visit is late.
  it('names the step each dispute waits for, as the reminders do', () => {
    const [resolved, mediating, closed] = dueCells(render([row('MD0021', 'resolved', '2026-12-03T21:43:07Z'), row('MD0022', 'mediating', '2026-12-03T21:43:07Z'), row('MD0023', 'closed', null)]));
    expect(resolved).toMatch(/^回访时限 \S+/);
    expect(mediating).toMatch(/^调解时限 \S+/);
    expect(closed).toBe('—');
  });

  it('speaks English in English', () => {
    expect(dueCells(render([row('MD0021', 'resolved', '2026-12-03T21:43:07Z')], 'en'))[0]).toMatch(/^follow-up visit due /);
  });
});

describe('the register’s 当事人 column', () => {
  it('keeps each masked name whole on its line, and shows — without parties', () => {
    const named = { ...row('MD0031', 'mediating', null), parties: [{ role: 'applicant' as const, name: '梁**' }, { role: 'respondent' as const, name: '唐**' }] };
    const html = render([named, row('MD0032', 'mediating', null)]);
    expect(html).toContain('<span data-testid="dispute-parties-cell"><span class="nowrap">梁**、</span><span class="nowrap">唐**</span></span>');
    expect(html.match(/dispute-parties-cell/g)).toHaveLength(1);
  });
});
