import { describe, expect, it } from 'vitest';
import type { PlanDraft } from '../../../core/contracts/planner';
import { PlanDraftInputSchema } from '../../../core/contracts/planner';
import { reopenDraft, toDraftInput } from './draft-io';
import { plannerFixture } from './planner-fixture';
import { acceptDocking, moveUnits, publishedPlanState, setGridLocked } from './plan-state';
import { toPlanUnits } from './plan-units';

const data = plannerFixture();
const pu = toPlanUnits(data);
const published = publishedPlanState(pu);

describe('saving and reopening drafts', () => {
  it('sends a body the contract accepts, without locks and docking of grids that are gone', () => {
    let state = setGridLocked(published, 'G1', true);
    state = acceptDocking(state, { G1: 'B1', G2: 'B1' });
    state = setGridLocked(state, 'G2', true);
    state = setGridLocked(state, 'G2', false);
    state = { ...state, locked: new Set([...state.locked, 'GONE']) };
    const body = toDraftInput('  方案一 ', data.area, [300, 500], state);
    expect(PlanDraftInputSchema.parse(body)).toEqual(body);
    expect(body).toMatchObject({ name: '方案一', areaKind: 'street', areaCode: '511703001', locked: ['G1'], docking: { G1: 'B1', G2: 'B1' } });
    expect(Object.keys(body.assignment)).toHaveLength(12);
  });

  it('reopens a draft over today’s units, reporting buildings added and removed since', () => {
    const saved = moveUnits(pu, published, ['b2-0'], 'G1');
    const body = toDraftInput('d', data.area, [250, 450], saved);
    delete body.assignment['b5-1'];
    body.assignment['gone'] = 'G1';
    const draft: PlanDraft = {
      ...body,
      id: '00000000-0000-4000-8000-000000000002',
      status: 'draft',
      createdBy: 'planner',
      createdByName: '网格规划员（演示）',
      updatedAt: '2025-01-01T00:00:00Z',
      publishedAt: null,
      publishedBy: null,
    };
    const reopened = reopenDraft(pu, draft);
    expect(reopened.band).toEqual([250, 450]);
    expect(reopened.missing).toEqual(['b5-1']);
    expect(reopened.unknown).toEqual(['gone']);
    expect(reopened.state.assignment.get('b2-1')).toBe('G1');
    expect(reopened.state.assignment.get('b5-1')).toBe('G3');
    expect(reopened.state.assignment.has('gone')).toBe(false);
  });
});
