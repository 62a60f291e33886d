import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { PlanDraft, PlanDraftInput, PlanDraftSummary } from '../../../core/contracts/planner';
import type { Db } from '../engine';
import { gridPlans } from '../schema';
import { authorNameOf } from './author-name-sql';

type PlanRow = typeof gridPlans.$inferSelect & { createdByName: string | null };

// Every column, and whom the author shows as (their display name, as the other lists show authors).
const planColumns = { ...getTableColumns(gridPlans), createdByName: authorNameOf(gridPlans.createdBy) };

// Both drivers hand jsonb back parsed; a text answer (older drivers) is parsed here.
const json = <T>(v: unknown, fallback: T): T => (v === null || v === undefined ? fallback : typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
const iso = (v: Date | null) => (v === null ? null : v.toISOString());

function toSummary(r: PlanRow): PlanDraftSummary {
  return {
    id: r.id,
    name: r.name,
    status: r.status,
    areaKind: r.areaKind,
    areaCode: r.areaCode,
    createdBy: r.createdBy,
    createdByName: r.createdByName,
    updatedAt: r.updatedAt.toISOString(),
    publishedAt: iso(r.publishedAt),
    publishedBy: r.publishedBy,
  };
}

function toDraft(r: PlanRow): PlanDraft {
  return {
    ...toSummary(r),
    band: [r.bandMin ?? 300, r.bandMax ?? 500],
    assignment: json(r.assignment, {}),
    locked: json(r.locked, []),
    docking: json(r.docking, {}),
  };
}

/** The columns a draft's input sets, on insert and on update alike. */
function draftValues(input: PlanDraftInput) {
  return {
    name: input.name,
    areaKind: input.areaKind,
    areaCode: input.areaCode,
    bandMin: input.band[0],
    bandMax: input.band[1],
    assignment: input.assignment,
    locked: input.locked,
    docking: input.docking,
  } satisfies Partial<typeof gridPlans.$inferInsert>;
}

/** Plans of an area (drafts, the published one and archived ones), newest first. */
export async function listPlans(db: Db, areaCode: string): Promise<PlanDraftSummary[]> {
  const rows = await db.select(planColumns).from(gridPlans).where(eq(gridPlans.areaCode, areaCode)).orderBy(desc(gridPlans.updatedAt), gridPlans.id);
  return rows.map(toSummary);
}

export async function findPlan(db: Db, id: string): Promise<PlanDraft | null> {
  const [row] = await db.select(planColumns).from(gridPlans).where(eq(gridPlans.id, id));
  return row ? toDraft(row) : null;
}

export async function createDraft(db: Db, input: PlanDraftInput, username: string): Promise<PlanDraft> {
  const [row] = await db.insert(gridPlans).values({ ...draftValues(input), status: 'draft', createdBy: username }).returning(planColumns);
  return toDraft(row);
}

export type UpdateDraftResult = { ok: true; draft: PlanDraft } | { ok: false; reason: 'not_found' | 'not_draft' | 'changed' };

const isDraft = (id: string) => and(eq(gridPlans.id, id), eq(gridPlans.status, 'draft'));

/**
 * Replaces a draft's content; a published or archived plan is history and cannot change. With `baseUpdatedAt`, only
 * the draft as saved at that time is replaced ('changed' when it was saved since). Times travel as milliseconds
 * (toISOString) and are stored to the microsecond, so the stored one is compared truncated.
 */
export async function updateDraft(db: Db, id: string, input: PlanDraftInput, baseUpdatedAt?: string): Promise<UpdateDraftResult> {
  const unchanged = baseUpdatedAt === undefined ? undefined : sql`date_trunc('milliseconds', ${gridPlans.updatedAt}) = ${baseUpdatedAt}::timestamptz`;
  const [row] = await db.update(gridPlans).set({ ...draftValues(input), updatedAt: sql`now()` }).where(and(isDraft(id), unchanged)).returning(planColumns);
  if (row) return { ok: true, draft: toDraft(row) };
  const plan = await findPlan(db, id);
  return { ok: false, reason: !plan ? 'not_found' : plan.status !== 'draft' ? 'not_draft' : 'changed' };
}

export async function deleteDraft(db: Db, id: string): Promise<'deleted' | 'not_found' | 'not_draft'> {
  const [row] = await db.delete(gridPlans).where(isDraft(id)).returning({ id: gridPlans.id });
  if (row) return 'deleted';
  return (await findPlan(db, id)) ? 'not_draft' : 'not_found';
}
