import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ActivityForm } from './ActivityForm';

describe('the work record form', () => {
  it('asks for the time as year-month-day and 24-hour text, not the browser’s datetime input (AM/PM in English)', () => {
    const html = renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: 'zh-CN', children: createElement(ActivityForm, { gridCode: 'G1', onRecorded: () => {} }) }));
    expect(html).not.toContain('datetime-local');
    expect(html).toMatch(/placeholder="如 2026-12-05 14:30"[^>]*aria-label="时间"[^>]*data-testid="wf-activity-when"/);
  });
});
