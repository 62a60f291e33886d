import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ProfileAnswer } from '../../../core/contracts/analysis';
import { I18nProvider } from '../../i18n/I18nProvider';
import { TotalsPanel } from './TotalsPanel';

const render = (profile: ProfileAnswer) =>
  renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: 'zh-CN', children: createElement(TotalsPanel, { profile, days: 365 }) }));

const profile: ProfileAnswer = {
  from: '2025-12-07T16:00:00Z', to: '2026-12-07T16:00:00Z', until: '2026-12-07T06:00:00Z',
  previousFrom: '2024-12-07T16:00:00Z', previousTo: '2025-12-07T06:00:00Z', partial: true,
  recordsFrom: '2025-12-08T01:12:00Z', previousOnRecord: false,
  total: 60_959, previousTotal: 5, changePct: null,
  matrix: [], series: { bucket: 'week', buckets: [], clipped: { first: false, last: false }, categories: [] },
};

describe('TotalsPanel', () => {
  it('says the period before starts ahead of the records instead of a change, with where the records begin', () => {
    const html = render(profile);
    expect(html).toContain('上期早于记录');
    expect(html).toContain('早于首条警情记录');
    expect(html).not.toContain('%');
  });

  it('gives the change when the period before lies within the records', () => {
    expect(render({ ...profile, previousOnRecord: true, previousTotal: 50_000, changePct: 21.9 })).toContain('+21.9%');
  });
});
