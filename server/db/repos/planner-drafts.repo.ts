import { sql } from 'drizzle-orm';
import type { PlanDraft, PlanDraftInput, PlanDraftSummary } from '../../../core/contracts/planner';
import { queryRows, type Db } from '../engine';

interface PlanRow {
  id: string;
  name: string;
  status: PlanDraft['status'];
  area_kind: PlanDraft['areaKind'];
  area_code: string | null;
  created_by: string | null;
  updated_at: string;
  published_at: string | null;
  published_by: string | null;
  band_min: number | null;
  band_max: number | null;
  assignment: unknown;
  locked: unknown;
  docking: unknown;
}

const columns = sql`id::text AS id, name, status, area_kind, area_code, created_by, updated_at::text AS updated_at,
  published_at::text AS published_at, published_by, band_min, band_max, assignment, locked, docking`;

// postgres.js returns jsonb parsed, PGlite too; a text answer (older drivers) is parsed here.
const json = <T>(v: unknown, fallback: T): T => (v === null || v === undefined ? fallback : typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
const iso = (v: string | null) => (v === null ? null : new Date(v).toISOString());

function toSummary(r: PlanRow): PlanDraftSummary {
  return {
    id: r.id,
    name: r.name,
    status: r.status,
    areaKind: r.area_kind,
    areaCode: r.area_code,
    createdBy: r.created_by,
    updatedAt: iso(r.updated_at)!,
    publishedAt: iso(r.published_at),
    publishedBy: r.published_by,
  };
}

function toDraft(r: PlanRow): PlanDraft {
  return {
    ...toSummary(r),
    band: [r.band_min ?? 300, r.band_max ?? 500],
    assignment: json(r.assignment, {}),
    locked: json(r.locked, []),
    docking: json(r.docking, {}),
  };
}

/** Plans of an area (drafts, the published one and archived ones), newest first. */
export async function listPlans(db: Db, areaCode: string): Promise<PlanDraftSummary[]> {
  const rows = await queryRows<PlanRow>(db, sql`SELECT ${columns} FROM grid_plans WHERE area_code = ${areaCode} ORDER BY updated_at DESC, id`);
  return rows.map(toSummary);
}

export async function findPlan(db: Db, id: string): Promise<PlanDraft | null> {
  const [row] = await queryRows<PlanRow>(db, sql`SELECT ${columns} FROM grid_plans WHERE id = ${id}`);
  return row ? toDraft(row) : null;
}

export async function createDraft(db: Db, input: PlanDraftInput, username: string): Promise<PlanDraft> {
  const [row] = await queryRows<PlanRow>(
    db,
    sql`INSERT INTO grid_plans (name, status, area_kind, area_code, band_min, band_max, assignment, locked, docking, created_by)
        VALUES (${input.name}, 'draft', ${input.areaKind}, ${input.areaCode}, ${input.band[0]}, ${input.band[1]},
                ${JSON.stringify(input.assignment)}::jsonb, ${JSON.stringify(input.locked)}::jsonb, ${JSON.stringify(input.docking)}::jsonb, ${username})
        RETURNING ${columns}`,
  );
  return toDraft(row);
}

export type UpdateDraftResult = { ok: true; draft: PlanDraft } | { ok: false; reason: 'not_found' | 'not_draft' };

/** Replaces a draft's content; a published or archived plan is history and cannot change. */
export async function updateDraft(db: Db, id: string, input: PlanDraftInput): Promise<UpdateDraftResult> {
  const [row] = await queryRows<PlanRow>(
    db,
    sql`UPDATE grid_plans SET name = ${input.name}, area_kind = ${input.areaKind}, area_code = ${input.areaCode},
          band_min = ${input.band[0]}, band_max = ${input.band[1]}, assignment = ${JSON.stringify(input.assignment)}::jsonb,
          locked = ${JSON.stringify(input.locked)}::jsonb, docking = ${JSON.stringify(input.docking)}::jsonb, updated_at = now()
        WHERE id = ${id} AND status = 'draft' RETURNING ${columns}`,
  );
  if (row) return { ok: true, draft: toDraft(row) };
  return { ok: false, reason: (await findPlan(db, id)) ? 'not_draft' : 'not_found' };
}

export async function deleteDraft(db: Db, id: string): Promise<'deleted' | 'not_found' | 'not_draft'> {
  const [row] = await queryRows<{ id: string }>(db, sql`DELETE FROM grid_plans WHERE id = ${id} AND status = 'draft' RETURNING id::text AS id`);
  if (row) return 'deleted';
  return (await findPlan(db, id)) ? 'not_draft' : 'not_found';
}
