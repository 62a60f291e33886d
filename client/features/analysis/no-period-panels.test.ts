import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ListsPanel } from './ListsPanel';
import { answerForPeriod } from './period-answers';
import { ProfileCharts } from './ProfileCharts';
import type { RatesAnswer } from '../../../core/contracts/analysis';

const render = (element: ReactElement) => renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: 'zh-CN', children: element }));
const note = '时段无效，不显示结果：请先改正时间范围。';
const row = { code: 'G001', name: '巴山社区第1网格', residents: 1200, count: 9, per1000: 7.5, previous: 6, changePct: 50 };
// The last valid period's rates, as useLazyResource keeps them after the period turns invalid.
const period = { from: '2026-11-01T16:00:00Z', to: '2026-11-08T16:00:00Z' };
const rates: RatesAnswer = { ...period, until: period.to, previousFrom: '2026-10-25T16:00:00Z', previousTo: period.from, partial: false, recordsFrom: '2025-12-01T00:00:00Z', previousOnRecord: true, grids: [row], beats: [] };
const lastRates = { status: 'ready' as const, data: rates, asked: true };
const lists = (periodValid: boolean) =>
  createElement(ListsPanel, {
    periodValid,
    period: periodValid ? period : null,
    tab: 'grids',
    onTab: () => {},
    rates: answerForPeriod(periodValid ? period : null, lastRates),
    repeats: { status: 'ready', data: null, asked: false },
    retryRates: () => {},
    retryRepeats: () => {},
    areas: undefined,
    nameOf: (c: string) => c,
    selected: null,
    onPick: () => {},
  });

describe('the analysis panels while the period is invalid', () => {
  it('list no grid of the last valid period, and say why', () => {
    const html = render(lists(false));
    expect(html).toContain(note);
    expect(html).not.toContain('巴山社区第1网格');
    // Nor can the last valid period's list be exported under the invalid one.
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*data-testid="analysis-export"/);
  });

  it('list the grids again once the period is valid', () => {
    const html = render(lists(true));
    expect(html).toContain('巴山社区第1网格');
    expect(html).not.toContain(note);
    expect(html).toMatch(/<button(?![^>]*disabled)[^>]*data-testid="analysis-export"/);
  });

  it('draw no chart and say why', () => {
    const html = render(createElement(ProfileCharts, { profile: null, categories: [], periodValid: false }));
    expect(html.split(note)).toHaveLength(3);
  });
});
