import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { GridHandover, PublishPreview } from '../../../core/contracts/planner';
import { I18nProvider } from '../../i18n/I18nProvider';
import { createTranslator } from '../../i18n/messages';
import { previewGridNames } from './publish-texts';
import { PublishPreviewPanel } from './PublishPreviewPanel';

const t = createTranslator('zh-CN');
const grid = (code: string, name: string) => ({ code, name });
const handover = (from: string, to: string): GridHandover => ({
  from: grid(from, '南滨社区第2网格'), to: grid(to, '南滨社区第12网格'), retired: true, households: 300, sharedHouseholds: 200,
  people: [{ id: 'P1', name: '张三', role: 'grid_leader' }], accounts: [], meetings: 1, workRecords: 2, tasks: 0, assessmentsKept: 0,
});
// The draft's N001 becomes 南滨社区第12网格 and takes over the retired 南滨社区第2网格; N002 becomes 第13网格.
const preview: PublishPreview = {
  changed: { buildings: 5, households: 300, residents: 800 },
  total: { buildings: 40, households: 2000, residents: 5000 },
  codes: { '511703001012001': '511703001012001', N001: '511703001012012', N002: '511703001012013' },
  added: [grid('511703001012012', '南滨社区第12网格'), grid('511703001012013', '南滨社区第13网格')],
  removed: [grid('511703001012002', '南滨社区第2网格')],
  kept: [grid('511703001012001', '南滨社区第1网格')],
  redrawn: [grid('511703001012001', '南滨社区第1网格')],
  unchangedOutlines: 0,
  handovers: [handover('511703001012002', '511703001012012')],
  staffWithBuildings: 0,
  leaderless: [grid('511703001012013', '南滨社区第13网格')],
  sharedLeadership: [{ grid: grid('511703001012012', '南滨社区第12网格'), leaders: ['张三', '李四'] }],
  undecided: [],
  docking: [],
};
const published: Record<string, string> = { '511703001012001': '南滨社区第1网格', '511703001012002': '南滨社区第2网格' };
const gridName = (key: string) => published[key] ?? t('plannerDraftGridName', { key });

const text = (p: PublishPreview = preview) => {
  const html = renderToStaticMarkup(
    createElement(I18nProvider, { initialLanguage: 'zh-CN', children: createElement(PublishPreviewPanel, { preview: p, gridNames: previewGridNames(t, p, gridName) }) }),
  );
  return html.replace(/<[^>]*>/g, ' ');
};
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('the publish preview', () => {
  it('names a new grid one way in every line: its final name with its draft label in brackets', () => {
    const lines = text();
    // 新增, the handover's 接替网格 and the shared leadership name N001; 新增 and the leaderless line name N002.
    expect(count(lines, '南滨社区第12网格（新网格 N001）')).toBe(3);
    expect(count(lines, '南滨社区第12网格')).toBe(3);
    expect(count(lines, '新网格 N001')).toBe(3);
    expect(count(lines, '南滨社区第13网格（新网格 N002）')).toBe(2);
    expect(count(lines, '南滨社区第13网格')).toBe(2);
  });

  it('names the grids it replaces by their own names, as the old grids they are', () => {
    const lines = text();
    // 撤销 and the handover's 原网格.
    expect(lines).toContain('撤销：南滨社区第2网格');
    expect(count(lines, '南滨社区第2网格')).toBe(2);
    expect(count(lines, '南滨社区第2网格（')).toBe(0);
  });

  it('names the published grids whose outline is redrawn, a continued code with its draft label, and counts those kept', () => {
    // N003 continues 第3网格 with other buildings; 第1网格 loses a compound; the other four keep their outline.
    const moved: PublishPreview = {
      ...preview,
      codes: { ...preview.codes, N003: '511703001012003' },
      kept: [...preview.kept, grid('511703001012003', '南滨社区第3网格')],
      redrawn: [grid('511703001012001', '南滨社区第1网格'), grid('511703001012003', '南滨社区第3网格')],
      unchangedOutlines: 4,
    };
    expect(text(moved)).toContain('以下 2 个网格的边界将重新划定，网格长熟悉的范围会变：南滨社区第1网格、南滨社区第3网格（新网格 N003）。另有 4 个网格边界不变。');
  });

  it('says no outline is redrawn when every grid keeps its buildings', () => {
    const unchanged: PublishPreview = { ...preview, added: [], removed: [], handovers: [], leaderless: [], sharedLeadership: [], redrawn: [], unchangedOutlines: 5 };
    const lines = text(unchanged);
    expect(lines).toContain('没有网格的边界重新划定，5 个网格边界不变。');
    expect(lines).not.toContain('网格长熟悉的范围会变');
  });
});

describe('the docking changes of the preview', () => {
  it('lists the grids that change beat by name, and counts the new grids by beat without naming them again', () => {
    const redocked: PublishPreview = {
      ...preview,
      docking: [
        { grid: grid('511703001012001', '南滨社区第1网格'), from: '三里坪派出所第1警格', to: '三里坪派出所第2警格' },
        { grid: grid('511703001012012', '南滨社区第12网格'), from: null, to: '三里坪派出所第1警格' },
        { grid: grid('511703001012013', '南滨社区第13网格'), from: null, to: '三里坪派出所第1警格' },
      ],
    };
    const lines = text(redocked);
    expect(lines).toContain('改挂警格的网格（3）：');
    expect(lines).toContain('南滨社区第1网格：三里坪派出所第1警格 → 三里坪派出所第2警格');
    expect(lines).toContain('新网格 2 个 → 三里坪派出所第1警格');
    // The new grids stay named where they were: 新增, the handover, the leaderless and shared-leadership lines.
    expect(count(lines, '南滨社区第12网格（新网格 N001）')).toBe(3);
  });

  it('says nothing of beats when every grid keeps its beat', () => {
    expect(text()).not.toContain('警格');
  });
});
