import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DAY_MS, localDateKey } from '../../../core/time';
import { I18nProvider } from '../../i18n/I18nProvider';
import { TaskForm } from './TaskForm';

describe('the collection task form', () => {
  it('asks for the due date as year-month-day text, not the browser’s date input (mm/dd/yyyy in English), a week ahead', () => {
    const form = createElement(TaskForm, { grids: [{ code: '511703001001001', name: '第一网格' }], onCreated: () => {} });
    const html = renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: 'zh-CN', children: form }));
    expect(html).not.toContain('type="date"');
    const due = localDateKey(Date.now() + 7 * DAY_MS);
    expect(html).toMatch(new RegExp(`placeholder="如 2026-12-05"[^>]*aria-label="截止日期"[^>]*data-testid="registry-task-due" value="${due}"`));
  });
});
