import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { AuditView } from './AuditView';

describe('the audit search form', () => {
  it('asks for its times as year-month-day and 24-hour text, not the browser’s datetime inputs (AM/PM in English)', () => {
    const html = renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: 'zh-CN', children: createElement(AuditView) }));
    expect(html).not.toContain('datetime-local');
    expect(html).toMatch(/placeholder="如 2026-12-05 14:30"[^>]*aria-label="起始时间"[^>]*data-testid="audit-from"/);
    expect(html).toMatch(/placeholder="如 2026-12-05 14:30"[^>]*aria-label="截止时间"[^>]*data-testid="audit-to"/);
  });
});
