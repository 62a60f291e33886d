import { describe, expect, it } from 'vitest';
import { buildingVisitTarget, taskVisitTarget, type TodayTask } from './visit-target';

const task: TodayTask = { id: 't1', place: '梧桐梁社区星河城2栋', note: '2栋一标三实核查（演示）', dueOn: '2026-12-17', overdue: false, buildingCode: 'C0001-B02' };

describe('what a row of 今日 records a visit for', () => {
  it('a task: its building and itself, so the server closes it', () => {
    expect(taskVisitTarget(task)).toEqual({ buildingCode: 'C0001-B02', place: '梧桐梁社区星河城2栋', task: { id: 't1', note: '2栋一标三实核查（演示）', dueOn: '2026-12-17', overdue: false } });
  });

  it('a task of a whole grid: no building yet, the form asks which', () => {
    expect(taskVisitTarget({ ...task, buildingCode: null })?.buildingCode).toBeNull();
  });

  it('nothing from a copy kept before tasks named their building, rather than a visit at no building', () => {
    const { buildingCode: _buildingCode, ...old } = task;
    expect(taskVisitTarget(old)).toBeNull();
  });

  it('an overdue building: the building alone, no task', () => {
    expect(buildingVisitTarget({ code: 'C0002-B01', place: '梧桐梁社区锦绣苑1栋', verifiedAt: null })).toEqual({ buildingCode: 'C0002-B01', place: '梧桐梁社区锦绣苑1栋' });
  });
});
