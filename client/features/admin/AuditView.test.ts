import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { AuditRecords, AuditView } from './AuditView';

describe('the audit search form', () => {
  it('asks for its times as year-month-day and 24-hour text, not the browser’s datetime inputs (AM/PM in English)', () => {
    const html = renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: 'zh-CN', children: createElement(AuditView) }));
    expect(html).not.toContain('datetime-local');
    expect(html).toMatch(/placeholder="如 2026-12-05 14:30"[^>]*aria-label="起始时间"[^>]*data-testid="audit-from"/);
    expect(html).toMatch(/placeholder="如 2026-12-05 14:30"[^>]*aria-label="截止时间"[^>]*data-testid="audit-to"/);
  });
});

describe('an audit row’s records cell', () => {
  const planId = '1b51996a-8e1f-4184-be0e-e4f2f89ae261';
  // In a row of a table, as the view has it: a <td> outside one is not markup a browser keeps.
  const cell = (records: string[]) => {
    const row = createElement('table', null, createElement('tbody', null, createElement('tr', null, createElement(AuditRecords, { action: 'publish_grid_plan', records }))));
    return renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: 'zh-CN', children: row }));
  };

  it('shows a plan by its area and name, and its id only on hover', () => {
    const html = cell([planId, 'plan_name:方案名', 'area:曹家梁社区']);
    expect(html).toContain(`title="${planId}, plan_name:方案名, area:曹家梁社区"`);
    expect(html).toMatch(/>曹家梁社区 · 方案名<\/td>/);
  });

  it('has no hover for a row without records', () => {
    expect(cell([])).toMatch(/<td data-testid="audit-records"><\/td>/);
  });
});
