import { describe, expect, it } from 'vitest';
import type { PlanDraftSummary } from '../../../core/contracts/planner';
import { findNewerPublish } from './stale-draft';

const plan = (id: string, status: PlanDraftSummary['status'], updatedAt: string, publishedAt: string | null = null): PlanDraftSummary => ({
  id, name: id, status, areaKind: 'street', areaCode: '511703001', createdBy: 'admin', createdByName: '系统管理员（演示）', updatedAt, publishedAt, publishedBy: publishedAt ? 'planner' : null,
});

describe('a draft older than the area’s published plan', () => {
  const published = plan('p', 'published', '2026-12-06T05:00:00Z', '2026-12-06T05:00:00Z');

  it('is found: it was drawn on the grids before that plan, and would undo it', () => {
    expect(findNewerPublish(plan('d', 'draft', '2026-12-05T09:00:00Z'), [published])?.id).toBe('p');
  });

  it('is not a draft saved after the publish, nor a published or archived plan', () => {
    expect(findNewerPublish(plan('d', 'draft', '2026-12-06T06:00:00Z'), [published])).toBeNull();
    expect(findNewerPublish(plan('a', 'archived', '2026-12-01T00:00:00Z'), [published])).toBeNull();
    expect(findNewerPublish(plan('d', 'draft', '2026-12-05T09:00:00Z'), [plan('x', 'archived', '2026-12-06T05:00:00Z', '2026-12-06T05:00:00Z')])).toBeNull();
  });
});
