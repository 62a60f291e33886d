import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { defaultFilter, rangeProblem, type AnalysisFilter } from './analysis-filter';
import { FilterBar } from './FilterBar';

const now = new Date('2026-03-09T17:30:00Z');
const render = (filter: AnalysisFilter) =>
  renderToStaticMarkup(
    createElement(I18nProvider, {
      initialLanguage: 'zh-CN',
      children: createElement(FilterBar, { filter, onChange: () => {}, categories: [], problem: rangeProblem(filter, now) }),
    }),
  );

describe('the analysis filter bar', () => {
  it('says a date that does not exist is invalid, as its field does, not that it is missing', () => {
    const html = render({ ...defaultFilter, range: 'custom', fromDay: '2026-02-01', toDay: '2026-02-30' });
    expect(html).toContain('2026 年 2 月没有 30 日（该月只有 28 天）');
    expect(html).toContain('时间范围无效：所填日期不存在或未填完整');
    expect(html).not.toContain('请选择开始和结束日期');
  });

  it('asks for the dates while one is blank', () => {
    expect(render({ ...defaultFilter, range: 'custom', fromDay: '', toDay: '2026-02-01' })).toContain('请选择开始和结束日期。');
  });
});
