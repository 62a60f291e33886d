import { describe, expect, it } from 'vitest';
import type { PlanProblem, PublishPreview, PublishResult } from '../../../core/contracts/planner';
import { createTranslator } from '../../i18n/messages';
import type { GridRow } from './grid-rows';
import { dockingView, outlineText, previewGridNames, publishedRedrawnText, publishedText, publishWarnings, refusalView } from './publish-texts';

const t = createTranslator('zh-CN');
const en = createTranslator('en');

const grid = (code: string, name: string) => ({ code, name });
const changes = (added: PublishPreview['added'], kept: PublishPreview['kept']): PublishPreview => ({
  changed: { buildings: 0, households: 0, residents: 0 },
  total: { buildings: 40, households: 2000, residents: 5000 },
  codes: {}, added, removed: [], kept, redrawn: [], unchangedOutlines: 0, handovers: [], staffWithBuildings: 0, leaderless: [], sharedLeadership: [], undecided: [], docking: [],
});
const codes = ['511703001012001', '511703001012002', '511703001012003', '511703001012004', '511703001012005'];

describe('publishedText', () => {
  it('counts no new codes when every grid keeps its code, though the result maps every grid to its code', () => {
    const result: PublishResult = {
      planId: 'p', grids: 5, warnings: [],
      codes: Object.fromEntries(codes.map((c) => [c, c])),
      changes: changes([], codes.map((c, i) => grid(c, `南滨社区第${i + 1}网格`))),
    };
    expect(publishedText(t, result)).toBe('发布成功：5 个网格，分配了 0 个新编码。');
  });

  it('counts the grids the preview calls 新增, in either language', () => {
    const result: PublishResult = {
      planId: 'p', grids: 5, warnings: [],
      codes: { ...Object.fromEntries(codes.slice(0, 4).map((c) => [c, c])), N001: '511703001012006' },
      changes: changes([grid('511703001012006', '南滨社区第6网格')], codes.slice(0, 4).map((c) => grid(c, c))),
    };
    expect(publishedText(t, result)).toBe('发布成功：5 个网格，分配了 1 个新编码。');
    expect(publishedText(en, result)).toBe('Published: 5 grids, 1 codes assigned.');
  });
});

describe('publishedRedrawnText', () => {
  const result = (redrawn: PublishPreview['redrawn']): PublishResult => ({
    planId: 'p', grids: 5, warnings: [], codes: Object.fromEntries(codes.map((c) => [c, c])),
    changes: { ...changes([], codes.map((c) => grid(c, c))), redrawn },
  });

  it('names the grids whose outline the publication redrew, for their grid leaders to be told', () => {
    const redrawn = [grid(codes[0], '南滨社区第1网格'), grid(codes[1], '南滨社区第2网格')];
    expect(publishedRedrawnText(t, result(redrawn))).toBe('以下 2 个网格的边界已重新划定，请告知其网格长：南滨社区第1网格、南滨社区第2网格。');
    expect(publishedRedrawnText(en, result(redrawn))).toBe('These 2 grids have a new outline; tell their grid leaders: 南滨社区第1网格, 南滨社区第2网格.');
  });

  it('says nothing when every outline was kept', () => {
    expect(publishedRedrawnText(t, result([]))).toBeNull();
  });
});

const problem = (n: number): PlanProblem => ({ kind: 'contiguity', code: 'plan_grid_pieces', params: { grid: `G${n}` }, message: `以下网格不连片：南滨社区第${n}网格` });

describe('refusalView', () => {
  it('heads the list with the count and shows each problem once, not the joined message again', () => {
    const view = refusalView(t, '以下网格不连片：南滨社区第1网格', [problem(1)]);
    expect(view.heading).toBe('方案未通过校验，未发布（1 个问题）：');
    expect(view.heading).not.toContain('不连片');
    expect(view.shown.map((p) => p.message)).toEqual(['以下网格不连片：南滨社区第1网格']);
    expect(view.more).toBeNull();
  });

  it('shows the first ten of many problems and says how many more there are', () => {
    const problems = Array.from({ length: 83 }, (_, i) => problem(i + 1));
    const view = refusalView(t, problems.map((p) => p.message).join('；'), problems);
    expect(view.heading).toBe('方案未通过校验，未发布（83 个问题）：');
    expect(view.shown).toEqual(problems.slice(0, 10));
    expect(view.more).toBe('另有 73 个问题');
  });

  it('shows the message when the refusal came without its problems', () => {
    // A refusal without problems is not always a failed check (the plan in force, unchanged): the server's sentence says which.
    expect(refusalView(t, '方案与现行方案相同，没有可发布的改动', [])).toEqual({ heading: '未发布：方案与现行方案相同，没有可发布的改动', shown: [], more: null });
  });
});

const row = (key: string, households: number, inBand: boolean, contiguous = true): GridRow => ({
  key, communityCode: 'c', households, residents: 0, partyMembers: 0, institutionStaff: 0, areaKm2: 1, polsbyPopper: 1, contiguous, buildings: 1,
  deviationPct: 0, inBand, offending: !inBand || !contiguous, locked: false,
});

describe('publishWarnings', () => {
  const names: Record<string, string> = { G1: '南滨社区第1网格', G2: '南滨社区第2网格' };
  const gridName = (key: string) => names[key] ?? t('plannerDraftGridName', { key });

  it('names the grids outside the band and those in pieces, with their households', () => {
    const rows = [row('G1', 420, true), row('G2', 612, false), row('N001', 150, false, false)];
    expect(publishWarnings(t, rows, gridName)).toEqual([
      '注意：2 个网格户数超出范围：南滨社区第2网格（612 户）、新网格 N001（150 户）。',
      '注意：1 个网格不连续：新网格 N001（150 户）。',
    ]);
  });

  it('warns of nothing when every grid is in the band and in one piece', () => {
    expect(publishWarnings(t, [row('G1', 420, true)], gridName)).toEqual([]);
  });
});

describe('previewGridNames', () => {
  const names: Record<string, string> = { '511703001012001': '南滨社区第1网格', '511703001012003': '南滨社区第3网格' };
  const gridName = (key: string) => names[key] ?? t('plannerDraftGridName', { key });
  const preview = {
    codes: { '511703001012001': '511703001012001', N001: '511703001012012', N002: '511703001012003' },
    added: [grid('511703001012012', '南滨社区第12网格')],
    kept: [grid('511703001012001', '南滨社区第1网格'), grid('511703001012003', '南滨社区第3网格')],
  };

  it('names a new grid by its final name with its draft label once in brackets, by key as by code', () => {
    const named = previewGridNames(t, preview, gridName);
    expect(named.ofKey('N001')).toBe('南滨社区第12网格（新网格 N001）');
    expect(named.ofPlanGrid(grid('511703001012012', '南滨社区第12网格'))).toBe('南滨社区第12网格（新网格 N001）');
    expect(previewGridNames(en, preview, (key) => `new grid ${key}`).ofKey('N001')).toBe('南滨社区第12网格 (new grid N001)');
  });

  it('brackets the draft label of a new grid that continues an old code, as the preview lists it under kept', () => {
    expect(previewGridNames(t, preview, gridName).ofKey('N002')).toBe('南滨社区第3网格（新网格 N002）');
  });

  it('names a grid that keeps its code and name once, and a key the preview does not number as the draft does', () => {
    const named = previewGridNames(t, preview, gridName);
    expect(named.ofKey('511703001012001')).toBe('南滨社区第1网格');
    expect(named.ofPlanGrid(grid('511703001012001', '南滨社区第1网格'))).toBe('南滨社区第1网格');
    expect(named.ofKey('N009')).toBe('新网格 N009');
  });

  it('words the warnings with the same name as the preview once it is in', () => {
    const rows = [row('N001', 150, false, false)];
    expect(publishWarnings(t, rows, previewGridNames(t, preview, gridName).ofKey)).toEqual([
      '注意：1 个网格户数超出范围：南滨社区第12网格（新网格 N001）（150 户）。',
      '注意：1 个网格不连续：南滨社区第12网格（新网格 N001）（150 户）。',
    ]);
  });
});

describe('outlineText', () => {
  const named = (g: { name: string }) => g.name;
  const redrawn = (n: number) => Array.from({ length: n }, (_, i) => grid(`5117030010120${String(i + 10)}`, `玉坪社区第${i + 1}网格`));

  it('names the grids whose outline is redrawn, then counts the others that keep theirs', () => {
    expect(outlineText(t, { redrawn: redrawn(2), unchangedOutlines: 7 }, named)).toBe(
      '以下 2 个网格的边界将重新划定，网格长熟悉的范围会变：玉坪社区第1网格、玉坪社区第2网格。另有 7 个网格边界不变。',
    );
    expect(outlineText(en, { redrawn: redrawn(2), unchangedOutlines: 7 }, named)).toBe(
      'These 2 grids get a new outline, so the area their grid leaders know changes: 玉坪社区第1网格, 玉坪社区第2网格. 7 other grids keep their outline.',
    );
  });

  it('says that no outline changes when the plan keeps every grid’s buildings', () => {
    expect(outlineText(t, { redrawn: [], unchangedOutlines: 74 }, named)).toBe('没有网格的边界重新划定，74 个网格边界不变。');
  });

  it('names the first ten of many redrawn grids, and no count of unchanged ones when there are none', () => {
    expect(outlineText(t, { redrawn: redrawn(12), unchangedOutlines: 0 }, named)).toBe(
      `以下 12 个网格的边界将重新划定，网格长熟悉的范围会变：${redrawn(10).map(named).join('、')} 等（另 2 个）。`,
    );
  });

  it('says nothing of outlines when the plan keeps no published grid', () => {
    expect(outlineText(t, { redrawn: [], unchangedOutlines: 0 }, named)).toBeNull();
  });
});

describe('dockingView', () => {
  const named = (g: { name: string }) => g.name;
  const beat = (n: number) => `三里坪派出所第${n}警格`;
  const redocked = (n: number) => ({ grid: grid(`5117030010120${String(n + 10)}`, `南滨社区第${n}网格`), from: beat(1), to: beat(2) });
  const newGrid = (n: number, to: string | null) => ({ grid: grid(`5117030010120${String(n + 50)}`, `南滨社区第${n}网格`), from: null, to });
  const view = (docking: PublishPreview['docking'], added: PublishPreview['added'] = []) => dockingView(t, { docking, added }, named);

  it('names each published grid that changes beat with both beats by name, in either language', () => {
    expect(view([redocked(3), { ...redocked(4), from: beat(2), to: null }])).toEqual({
      heading: '改挂警格的网格（2）：',
      rows: ['南滨社区第3网格：三里坪派出所第1警格 → 三里坪派出所第2警格', '南滨社区第4网格：三里坪派出所第2警格 → 未对接警格'],
      more: null,
      newGrids: [],
    });
    expect(dockingView(en, { docking: [redocked(3)], added: [] }, named)?.rows).toEqual(['南滨社区第3网格: 三里坪派出所第1警格 → 三里坪派出所第2警格']);
  });

  it('counts the new grids by the beat they dock onto rather than naming them again after the 新增 line', () => {
    const fresh = [newGrid(12, beat(1)), newGrid(13, beat(2)), newGrid(14, beat(1))];
    expect(view([redocked(3), ...fresh], fresh.map((d) => d.grid))).toEqual({
      heading: '改挂警格的网格（4）：',
      rows: ['南滨社区第3网格：三里坪派出所第1警格 → 三里坪派出所第2警格'],
      more: null,
      newGrids: ['新网格 2 个 → 三里坪派出所第1警格', '新网格 1 个 → 三里坪派出所第2警格'],
    });
  });

  it('names a published grid docked onto no beat now as such, not as a new grid', () => {
    expect(view([{ ...redocked(3), from: null }])?.rows).toEqual(['南滨社区第3网格：未对接警格 → 三里坪派出所第2警格']);
  });

  it('names the first five of many re-docked grids and says how many more there are, counting them all in the heading', () => {
    const many = Array.from({ length: 8 }, (_, i) => redocked(i + 1));
    const cut = view([...many, newGrid(12, beat(3))], [newGrid(12, beat(3)).grid]);
    expect(cut?.heading).toBe('改挂警格的网格（9）：');
    expect(cut?.rows).toEqual(many.slice(0, 5).map((d) => `${d.grid.name}：三里坪派出所第1警格 → 三里坪派出所第2警格`));
    expect(cut?.more).toBe('另有 3 个网格改挂警格');
    expect(cut?.newGrids).toEqual(['新网格 1 个 → 三里坪派出所第3警格']);
  });

  it('says nothing of beats when no grid changes beat', () => {
    expect(view([])).toBeNull();
  });
});
