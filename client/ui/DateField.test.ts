import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Language } from '../i18n/messages';
import { DateField, type DateFieldProps } from './DateField';

function render(props: Partial<DateFieldProps>, language: Language = 'zh-CN'): string {
  const field = createElement(DateField, { value: '', onChange: () => {}, label: '开始日期', testId: 'd', ...props });
  return renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: language, children: field }));
}

describe('DateField', () => {
  it('is a text field, not the browser’s date input, written year-month-day', () => {
    const html = render({ value: '2026-12-05' });
    expect(html).toContain('value="2026-12-05"');
    expect(html).not.toMatch(/type="date/);
    expect(html).toContain('placeholder="如 2026-12-05"');
    expect(html).toContain('aria-label="开始日期"');
    expect(html).toContain('title="选择日期"');
    expect(html).not.toContain('data-testid="d-issue"');
  });

  it('shows a date-time with a 24-hour time and asks for one in that form', () => {
    const html = render({ value: '2026-12-05T14:30', withTime: true });
    expect(html).toContain('value="2026-12-05 14:30"');
    expect(html).not.toMatch(/type="datetime-local"|PM|AM/);
    expect(render({ withTime: true })).toContain('placeholder="如 2026-12-05 14:30"');
  });

  it('refuses 2026-13-01 with a Chinese message that says what to type', () => {
    const html = render({ value: '2026-13-01' });
    expect(html).toContain('value="2026-13-01"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toMatch(/<span class="date-field-issue" role="alert" data-testid="d-issue">没有 13 月，请按「年-月-日」填写，如 2026-12-05<\/span>/);
  });

  it('speaks the interface’s language, not the browser’s', () => {
    const html = render({ value: '2026-13-01' }, 'en');
    expect(html).toContain('placeholder="e.g. 2026-12-05"');
    expect(html).toContain('There is no month 13');
  });
});
