import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { GridPeople } from '../../../core/contracts/workforce';
import { I18nProvider } from '../../i18n/I18nProvider';
import { MeetingForm } from './MeetingForm';

const counts = { grid_leader: 0, compound_leader: 0, building_leader: 0, grid_worker: 0, community_officer: 0 };
const people: GridPeople = { gridCode: 'G1', gridName: '网格一', roots: [], officers: [], counts };

describe('the meeting form', () => {
  it('asks for the day as year-month-day text, not the browser’s date input (mm/dd/yyyy in English)', () => {
    const html = renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: 'zh-CN', children: createElement(MeetingForm, { gridCode: 'G1', people, onRecorded: () => {} }) }));
    expect(html).not.toContain('type="date"');
    expect(html).toMatch(/placeholder="如 2026-12-05"[^>]*aria-label="日期"[^>]*data-testid="wf-meeting-date"/);
  });
});
