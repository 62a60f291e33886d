import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DateCalendar, type DateCalendarProps } from './DateCalendar';

const render = (props: Partial<DateCalendarProps>) =>
  renderToStaticMarkup(createElement(DateCalendar, { day: '', language: 'zh-CN', onPick: () => {}, ...props }));
// The day's cell as DayPicker writes it: 'data-disabled' when it cannot be picked.
const isOffered = (html: string, day: string) => {
  const cell = new RegExp(`<td[^>]*data-day="${day}"[^>]*>`).exec(html)?.[0] ?? '';
  expect(cell, `the calendar shows ${day}`).toMatch(/^<td/);
  return !cell.includes('data-disabled');
};

describe('DateCalendar', () => {
  afterEach(() => vi.useRealTimers());

  it('offers the days from min to max only (a due date from today, a visit until today)', () => {
    const html = render({ day: '2026-12-10', min: '2026-12-05', max: '2026-12-20' });
    expect([isOffered(html, '2026-12-04'), isOffered(html, '2026-12-05'), isOffered(html, '2026-12-20'), isOffered(html, '2026-12-21')]).toEqual([false, true, true, false]);
    expect(html).toMatch(/class="rdp-button_previous"[^>]*aria-disabled="true"/);
    expect(isOffered(render({ day: '2026-12-10' }), '2026-12-01')).toBe(true);
  });

  it('opens on the first month it offers when nothing is chosen and min lies ahead', () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-05T10:00:00+08:00') });
    expect(render({ min: '2027-02-01' })).toContain('aria-label="2027年2月"');
    expect(render({})).toContain('aria-label="2026年12月"');
  });
});
