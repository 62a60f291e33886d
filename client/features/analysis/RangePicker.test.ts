import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { defaultFilter } from './analysis-filter';
import { RangePicker } from './RangePicker';

const render = (fromDay: string, toDay: string) =>
  renderToStaticMarkup(
    createElement(I18nProvider, { initialLanguage: 'zh-CN', children: createElement(RangePicker, { filter: { ...defaultFilter, range: 'custom', fromDay, toDay }, onChange: () => {} }) }),
  );

/** The <input> tag with the test id, whatever the order of its attributes. */
const inputTag = (html: string, testId: string) => new RegExp(`<input[^>]*data-testid="${testId}"[^>]*>`).exec(html)?.[0] ?? '';

describe('the analysis period', () => {
  it('shows a custom period as year-month-day text, not as the browser’s date inputs (mm/dd/yyyy in an English one)', () => {
    const html = render('2026-11-01', '2026-11-28');
    expect(html).not.toContain('type="date"');
    expect(inputTag(html, 'analysis-from')).toMatch(/aria-label="开始日期".*value="2026-11-01"/);
    expect(inputTag(html, 'analysis-to')).toMatch(/aria-label="结束日期".*value="2026-11-28"/);
  });

  it('says what to type for a day that does not exist, as a link with from=2026-13-01 can carry', () => {
    expect(render('2026-13-01', '2026-11-28')).toContain('没有 13 月，请按「年-月-日」填写，如 2026-12-05');
  });
});
