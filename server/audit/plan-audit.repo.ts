import { eq } from 'drizzle-orm';
import type { PlanDraftSummary } from '../../core/contracts/planner';
import type { Db } from '../db/engine';
import { findPlan } from '../db/repos/planner-drafts.repo';
import { communities, streets } from '../db/schema';

/** What an audit row needs of a plan: its id when it has one (a preview has none), its name and its area's code. */
export type PlanForAudit = Pick<PlanDraftSummary, 'name' | 'areaKind' | 'areaCode'> & { id?: string };

// A community by its short name (曹家梁社区), as the planner and every other view name it.
async function findAreaName(db: Db, kind: 'street' | 'community', code: string): Promise<string | null> {
  const [row] = kind === 'street'
    ? await db.select({ name: streets.name }).from(streets).where(eq(streets.code, code))
    : await db.select({ name: communities.shortName }).from(communities).where(eq(communities.code, code));
  return row?.name ?? null;
}

/**
 * A grid plan's audit records, named when the request is made, so the log reads 曹家梁社区 · 方案名 even after a
 * draft is deleted or its area renamed: the id first and bare (as rows always began, so `records ? id` still finds
 * them), then `plan_name:…` and `area:…` (the area's name; its code only when no area has it). A plan over no area
 * (the district's first) has no area record.
 */
export async function planAuditRecords(db: Db, plan: PlanForAudit): Promise<string[]> {
  const area = plan.areaKind && plan.areaCode ? ((await findAreaName(db, plan.areaKind, plan.areaCode)) ?? plan.areaCode) : null;
  return [...(plan.id ? [plan.id] : []), `plan_name:${plan.name}`, ...(area ? [`area:${area}`] : [])];
}

/** planAuditRecords of the stored plan `id`, read before it changes; the id alone when there is no such plan. */
export async function storedPlanAuditRecords(db: Db, id: string): Promise<string[]> {
  const plan = await findPlan(db, id);
  return plan ? planAuditRecords(db, plan) : [id];
}
