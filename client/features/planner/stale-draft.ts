import type { PlanDraftSummary } from '../../../core/contracts/planner';

/**
 * The area's plan published after `draft` was last saved, if any: such a draft was drawn on the grids before it, and
 * publishing it would undo what that plan changed. Null for a plan that is not a draft, or when none is newer.
 */
export function findNewerPublish(draft: Pick<PlanDraftSummary, 'status' | 'updatedAt'>, plans: readonly PlanDraftSummary[]): PlanDraftSummary | null {
  if (draft.status !== 'draft') return null;
  const saved = Date.parse(draft.updatedAt);
  return plans.find((p) => p.status === 'published' && p.publishedAt !== null && Date.parse(p.publishedAt) > saved) ?? null;
}
