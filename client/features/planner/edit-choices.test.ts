import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/messages';
import { editChoices } from './edit-choices';
import { fixtureCommunities, plannerFixture } from './planner-fixture';
import { moveUnits, publishedPlanState } from './plan-state';
import { toPlanUnits } from './plan-units';

const pu = toPlanUnits(plannerFixture());
const t = createTranslator('zh-CN');
// As the planner names grids: published ones by name, a new key by its draft label.
const names: Record<string, string> = { G1: '测试社区第1网格', G2: '测试社区第2网格', G3: '另一社区第1网格' };
const gridName = (key: string) => names[key] ?? t('plannerDraftGridName', { key });
// Community A (columns 0–3) and B (columns 4–5) by the names the area's units give them.
const communities: Record<string, string> = { [fixtureCommunities.A]: '翠屏社区', [fixtureCommunities.B]: '玉坪社区' };
const named = { grid: gridName, community: (code: string) => communities[code] ?? code };

describe('editChoices', () => {
  it('says where the selection lies by grid name, not by code', () => {
    const choices = editChoices(t, pu, publishedPlanState(pu), ['b0-0', 'b0-1'], null, named);
    expect(choices.selectionText).toBe('已选 2 栋楼（1 个小区，200 户），位于网格 测试社区第1网格');
  });

  it('offers the grids of the community to move to by name, a new grid by its draft label', () => {
    const state = moveUnits(pu, publishedPlanState(pu), ['b3-0', 'b3-1'], 'N001');
    const choices = editChoices(t, pu, state, ['b0-0', 'b0-1'], null, named);
    expect(choices.moveTargets).toEqual([
      { key: 'G2', name: '测试社区第2网格' },
      { key: 'N001', name: '新网格 N001' },
    ]);
    expect(choices.selectionText).toContain('位于网格 测试社区第1网格');
  });

  it('offers no grid for a selection across two communities, and says in Chinese which communities they are, by name', () => {
    // Column 4 lies in community B (grid G3), column 3 in A (G2): no grid may hold both. Selected B first, named in the area's order.
    const choices = editChoices(t, pu, publishedPlanState(pu), ['b4-0', 'b4-1', 'b3-0', 'b3-1'], null, named);
    expect(choices.moveTargets).toEqual([]);
    expect(choices.moveRefusal).toBe('所选小区分属 翠屏社区、玉坪社区，不能移入同一网格，请按社区分别选择。');
    expect(choices.moveRefusal).not.toMatch(/\d/);
  });

  it('refuses no move of a selection in one community', () => {
    expect(editChoices(t, pu, publishedPlanState(pu), ['b0-0', 'b0-1'], null, named).moveRefusal).toBeNull();
    expect(editChoices(t, pu, publishedPlanState(pu), [], null, named).moveRefusal).toBeNull();
  });

  it('offers the neighbours of the picked grid to merge with by name', () => {
    expect(editChoices(t, pu, publishedPlanState(pu), [], 'G1', named).mergePartners).toEqual([{ key: 'G2', name: '测试社区第2网格' }]);
  });
});
