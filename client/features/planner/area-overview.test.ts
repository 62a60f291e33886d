import { describe, expect, it } from 'vitest';
import type { PlannerAreas } from '../../../core/contracts/planner';
import { summariseAreas } from './area-overview';

const areas: PlannerAreas = {
  jurisdiction: null,
  streets: [
    {
      code: '511703001',
      name: '三里坪街道',
      plannable: true,
      communities: [
        { code: '511703001001', name: '梧桐梁社区', households: 1150, buildings: 30, grids: 3, gridHouseholds: [350, 500, 300] },
        { code: '511703001002', name: '曹家梁社区', households: 820, buildings: 20, grids: 2, gridHouseholds: [521, 299] },
      ],
    },
    // Partly in the caller's jurisdiction: only 南坝社区 is listed, and the street cannot be opened whole.
    { code: '511703002', name: '翠屏街道', plannable: false, communities: [{ code: '511703002001', name: '南坝社区', households: 410, buildings: 9, grids: 1, gridHouseholds: [410] }] },
  ],
};

describe('the planner’s area overview', () => {
  it('lists each street before its communities, counting the grids outside the band with both ends inside it', () => {
    const rows = summariseAreas(areas, [300, 500]);
    expect(rows.map((r) => [r.choice.kind, r.name, r.grids, r.households, r.outsideBand, r.smallest, r.largest])).toEqual([
      ['street', '三里坪街道', 5, 1970, 2, 299, 521],
      ['community', '梧桐梁社区', 3, 1150, 0, 300, 500],
      ['community', '曹家梁社区', 2, 820, 2, 299, 521],
      ['street', '翠屏街道', 1, 410, 0, 410, 410],
      ['community', '南坝社区', 1, 410, 0, 410, 410],
    ]);
    expect(rows[2].choice).toEqual({ kind: 'community', code: '511703001002' });
    expect(rows.map((r) => r.openable)).toEqual([true, true, true, false, true]);
  });

  it('follows the band it is given', () => {
    expect(summariseAreas(areas, [350, 450]).map((r) => r.outsideBand)).toEqual([4, 2, 2, 0, 0]);
  });
});
