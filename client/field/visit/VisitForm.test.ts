import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { MemoryOutboxStorage, Outbox } from '../outbox/outbox';
import { VisitForm, type VisitFormProps } from './VisitForm';

const outbox = new Outbox(new MemoryOutboxStorage(), async () => ({ networkError: true }));
const render = (props: Pick<VisitFormProps, 'target' | 'buildings'>) =>
  renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: 'zh-CN', children: createElement(VisitForm, { ...props, outbox, onQueued: () => {}, onBack: () => {} }) }));
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the phone’s 核查走访 form', () => {
  it('names the building and the task, shows the time as now in 24-hour text, and counts the note to 1000', () => {
    const html = render({
      target: { buildingCode: 'C0001-B02', place: '梧桐梁社区星河城2栋', task: { id: 't1', note: '2栋一标三实核查（演示）', dueOn: '2026-12-17', overdue: false } },
      buildings: [],
    });
    expect(html).toMatch(/data-testid="visit-building">梧桐梁社区星河城2栋</);
    expect(text(html)).toContain('采集任务：2栋一标三实核查（演示）（2026-12-17 前）');
    expect(html).toMatch(/data-testid="visit-at" value="\d{4}-\d{2}-\d{2} \d{2}:\d{2}"/);
    expect(html).not.toContain('datetime-local');
    expect(html).toMatch(/data-testid="visit-notes-count">0\/1000</);
    expect(html).toMatch(/<textarea[^>]*maxLength="1000"/);
    expect(text(html)).toContain('提交');
  });

  it('asks which building for a task of a whole grid, from today’s overdue buildings', () => {
    const html = render({
      target: { buildingCode: null, place: '梧桐梁社区第1网格', task: { id: 't1', note: '核查出租屋', dueOn: '2026-12-17', overdue: false } },
      buildings: [{ code: 'C0002-B01', place: '梧桐梁社区锦绣苑1栋', verifiedAt: null }],
    });
    expect(html).toContain('data-testid="visit-building-pick"');
    expect(html).toMatch(/<option value="C0002-B01">梧桐梁社区锦绣苑1栋<\/option>/);
  });
});
