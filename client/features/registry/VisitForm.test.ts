import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RegistryBuilding } from '../../../core/contracts/registry';
import { I18nProvider } from '../../i18n/I18nProvider';
import { VisitForm } from './VisitForm';

const building = { code: 'C0001-B01', gridCode: '511703001001001', openTasks: [], visits: [] } as unknown as RegistryBuilding;

describe('the visit form', () => {
  it('asks for the visit’s time as year-month-day and 24-hour text, not the browser’s datetime input (AM/PM in English)', () => {
    const html = renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: 'zh-CN', children: createElement(VisitForm, { building, onRecord: async () => {} }) }));
    expect(html).not.toContain('datetime-local');
    expect(html).toMatch(/placeholder="如 2026-12-05 14:30"[^>]*aria-label="走访时间（不填为现在）"[^>]*data-testid="registry-visit-at"/);
  });
});
