import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PlanDraftSummary } from '../../../core/contracts/planner';
import { I18nProvider } from '../../i18n/I18nProvider';
import { DraftsPanel, type DraftsPanelProps } from './DraftsPanel';

// Saved at 10:50:24 in Dachuan (02:50:24 UTC): the panel says so in the district's time, to the minute, in the status line and the list.
const savedAt = '2026-12-05T02:50:24.000Z';
const draft = { id: 'd1', name: '明月江街道网格方案 2026-12-05', status: 'draft', createdBy: 'admin', updatedAt: savedAt, publishedAt: null } as unknown as PlanDraftSummary;

function render(overrides: Partial<DraftsPanelProps> = {}): string {
  const props: DraftsPanelProps = {
    name: draft.name, onName: () => {}, draftId: 'd1', dirty: false, status: { kind: 'saved', at: savedAt },
    list: { data: [draft], error: null, loading: false, reload: () => {} } as unknown as DraftsPanelProps['list'],
    onSave: () => {}, onPublish: () => {}, onOpen: () => {}, onNew: () => {}, disabled: false, username: 'admin', ...overrides,
  };
  return renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: 'zh-CN', children: createElement(DraftsPanel, props) }));
}

describe('DraftsPanel', () => {
  it('says when the draft was saved, in the district’s time', () => {
    const html = render();
    expect(html).toContain('已保存（2026/12/5 10:50）');
    expect(html).not.toContain('[object');
  });

  it('dates the area’s drafts in the district’s time, not the browser’s', () => {
    expect(render({ status: { kind: 'idle' } })).toContain('2026/12/5 10:50');
  });

  it('marks a draft of another planner with its author, and not one’s own', () => {
    expect(render({ username: 'planner' })).toContain('（admin 建立）');
    expect(render({ username: 'admin' })).not.toContain('建立）');
  });
});
