import { sql } from 'drizzle-orm';
import type { PlanDraft, PlanFinding, PlanProblem, PublishPreview, PublishResult } from '../../../core/contracts/planner';
import { checkAssignment, dockBeats, numberGrids } from '../../../core/redistrict';
import { appendLiveEvent } from '../../live/live-events.repo';
import { queryRows, type Db } from '../engine';
import { findPlan } from './planner-drafts.repo';
import { findPlannerArea, findPlannerUnits, territoriesSql } from './planner-units.repo';
import { findGeometryProblems } from './planner-geometry-checks';
import { createSuccessorTables } from './planner-handover';
import { moveRecordsToNewGrids } from './planner-move-records';
import { findPublishChanges, undecidedProblems } from './planner-publish-preview';
import { sayPlanFindings, sayPlanProblems } from './planner-problem-text';
import type { Language } from '../../i18n/language';

export type PublishOutcome =
  | { ok: true; result: PublishResult }
  | { ok: false; reason: 'not_found' | 'not_draft' }
  | { ok: false; reason: 'invalid_plan'; problems: PlanProblem[] };
export type PreviewOutcome = { ok: true; preview: PublishPreview } | { ok: false; reason: 'invalid_plan'; problems: PlanProblem[] };

/** What publishing reads of a plan: a saved draft, or the body of a preview. */
type PlanToPublish = Pick<PlanDraft, 'areaKind' | 'areaCode' | 'band' | 'assignment' | 'docking'>;

/** Thrown inside the transaction so that nothing of a refused plan is written. */
class PlanRefused extends Error {
  constructor(readonly problems: PlanFinding[]) {
    super('plan refused');
  }
}
/** Thrown to roll a preview's transaction back once its changes are read. */
class PreviewReady extends Error {
  constructor(readonly preview: PublishPreview) {
    super('preview ready');
  }
}

/**
 * Publishes a draft in one transaction: re-validates the assignment (coverage, compounds, communities,
 * contiguity) and the geometry in PostGIS (valid, one piece, no overlap, no gap, every building in exactly one
 * grid), numbers the grids (numberGrids), keeps the replaced grids in grid_history, moves buildings, compounds,
 * residents, key places, incidents and disputes to the new grids, docks the grids onto beats (the draft's accepted
 * docking, else the proposal) and redraws those beats, carries the replaced grids' people, accounts and work to their
 * successors (planner-handover.ts), archives plans left without grids, and notifies live pages. Anything refused —
 * including a replaced grid whose people or work have no successor — rolls back whole. Problems and warnings are
 * worded in `language`, places by name.
 */
export async function publishPlan(db: Db, id: string, username: string, language: Language): Promise<PublishOutcome> {
  try {
    return await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      await t.execute(sql`SELECT id FROM grid_plans WHERE id = ${id} FOR UPDATE`);
      const draft = await findPlan(t, id);
      if (!draft) return { ok: false, reason: 'not_found' } as const;
      if (draft.status !== 'draft') return { ok: false, reason: 'not_draft' } as const;
      return { ok: true, result: await publishDraft(t, draft, username, language) } as const;
    });
  } catch (err) {
    // Worded after the rollback: the places are named as they stand, before the plan.
    if (err instanceof PlanRefused) return { ok: false, reason: 'invalid_plan', problems: await sayPlanProblems(db, language, err.problems) };
    throw err;
  }
}

/**
 * What publishing the plan would change (findPublishChanges), computed by the same steps as publishing in a
 * transaction that is then rolled back; a plan publishing would refuse answers its problems, except the undecided
 * handovers, which the preview lists.
 */
export async function previewPublish(db: Db, plan: PlanToPublish, language: Language): Promise<PreviewOutcome> {
  try {
    await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      await preparePublication(t, plan);
      throw new PreviewReady(await findPublishChanges(t));
    });
    throw new Error('the preview transaction ended without an answer');
  } catch (err) {
    if (err instanceof PreviewReady) return { ok: true, preview: err.preview };
    if (err instanceof PlanRefused) return { ok: false, reason: 'invalid_plan', problems: await sayPlanProblems(db, language, err.problems) };
    throw err;
  }
}

async function publishDraft(t: Db, draft: PlanDraft, username: string, language: Language): Promise<PublishResult> {
  const { area, grids, codes, docking, communities } = await preparePublication(t, draft);
  const changes = await findPublishChanges(t);
  if (changes.undecided.length > 0) throw new PlanRefused(undecidedProblems(changes.undecided));

  await moveRecordsToNewGrids(t, draft.id, communities);
  const emptied = await queryRows<{ code: string }>(t, sql`SELECT code FROM beats WHERE ST_IsEmpty(geom)`);
  await t.execute(sql`UPDATE grid_plans SET status = 'archived', archived_at = now()
    WHERE status = 'published' AND id <> ${draft.id} AND NOT EXISTS (SELECT 1 FROM grids g WHERE g.plan_id = grid_plans.id)`);
  await t.execute(sql`UPDATE grid_plans SET status = 'published', published_at = now(), published_by = ${username}, updated_at = now(),
    docking = ${JSON.stringify(docking)}::jsonb WHERE id = ${draft.id}`);

  const [lo, hi] = draft.band;
  // Worded once the new grids are written, so that each is named by its new name.
  const warnings = await sayPlanFindings(t, language, [
    ...grids.filter((g) => g.households < lo || g.households > hi).map((g) => ({ code: 'plan_warning_out_of_band' as const, params: { grid: codes[g.key], households: g.households, min: lo, max: hi } })),
    ...grids.filter((g) => !docking[g.key]).map((g) => ({ code: 'plan_warning_no_beat' as const, params: { grid: codes[g.key] } })),
    ...emptied.map((b) => ({ code: 'plan_warning_empty_beat' as const, params: { beat: b.code } })),
  ]);
  await appendLiveEvent(t, 'plan', { planId: draft.id, areaCode: area.code, areaName: area.name, grids: grids.length, publishedBy: username });
  return { planId: draft.id, codes, grids: grids.length, warnings: warnings.map((w) => w.message), changes };
}

/**
 * The checks and temp tables publishing and its preview share: validates the assignment and the geometry, numbers
 * the grids, docks them, and finds each replaced grid's successor. Writes nothing but temp tables.
 */
async function preparePublication(t: Db, draft: PlanToPublish) {
  const area = draft.areaCode
    ? await findPlannerArea(t, draft.areaKind === 'community' ? { community: draft.areaCode } : { street: draft.areaCode })
    : null;
  if (!area) throw new PlanRefused([{ kind: 'coverage', code: 'plan_area_without_grids', params: { code: draft.areaCode ?? '' } }]);
  const units = await findPlannerUnits(t, area);
  const buildings = units.units.features.map((f) => f.properties);
  const assignmentProblems = checkAssignment(buildings.map((b) => ({ code: b.code, compoundCode: b.compoundCode, communityCode: b.communityCode })), units.adjacency.map(([a, b]) => [a, b] as const), draft.assignment);
  if (assignmentProblems.length > 0) throw new PlanRefused(assignmentProblems);

  const communities = sql`ARRAY[${sql.join(area.communityCodes.map((c) => sql`${c}`), sql`, `)}]::text[]`;
  await t.execute(sql`CREATE TEMP TABLE publish_assignment (building_code text PRIMARY KEY, grid_key text NOT NULL) ON COMMIT DROP`);
  await t.execute(
    sql`INSERT INTO publish_assignment SELECT key, value FROM json_each_text(${JSON.stringify(draft.assignment)}::json)`,
  );
  await t.execute(sql`CREATE TEMP TABLE publish_grids ON COMMIT DROP AS
    WITH tr AS (${territoriesSql(area.communityCodes)})
    SELECT a.grid_key AS key, min(tr.community_code) AS community_code, ST_Multi(ST_Union(tr.territory)) AS geom,
      sum(tr.households)::int AS households, sum(tr.residents)::int AS residents,
      sum(tr.party_members)::int AS party_members, sum(tr.institution_staff)::int AS institution_staff,
      bool_or(b.is_demo) AS is_demo
    FROM tr JOIN publish_assignment a ON a.building_code = tr.code JOIN buildings b ON b.code = tr.code
    GROUP BY a.grid_key`);
  const geometryProblems = await findGeometryProblems(t, communities);
  if (geometryProblems.length > 0) throw new PlanRefused(geometryProblems);

  const grids = await queryRows<{ key: string; community_code: string; lng: number; lat: number; households: number }>(
    t,
    sql`SELECT key, community_code, ST_X(ST_Centroid(geom)) AS lng, ST_Y(ST_Centroid(geom)) AS lat, households FROM publish_grids ORDER BY key`,
  );
  const continued = findContinuedCodes(buildings, draft.assignment);
  const numbered = numberGrids(grids.map((g) => ({ key: continued.get(g.key) ?? g.key, communityCode: g.community_code, centroid: [Number(g.lng), Number(g.lat)] })));
  const codes = Object.fromEntries(grids.map((g) => [g.key, numbered[continued.get(g.key) ?? g.key]]));
  const report = dockBeats(buildings.map((b) => ({ grid: draft.assignment[b.code], beat: b.beatCode, households: b.households, incidents: b.incidents12m })));
  const knownBeats = new Set((await queryRows<{ code: string }>(t, sql`SELECT code FROM beats`)).map((r) => r.code));
  const badBeats = Object.entries(draft.docking).filter(([key, beat]) => codes[key] === undefined || !knownBeats.has(beat));
  if (badBeats.length > 0) {
    throw new PlanRefused([{ kind: 'docking', code: 'plan_docking_unknown', params: { pairs: badBeats.map(([k, b]) => `${k}→${b}`) } }]);
  }
  const docking: Record<string, string> = { ...report.proposal, ...draft.docking };
  const mapping = grids.map((g) => ({ key: g.key, code: codes[g.key], beat: docking[g.key] ?? null }));
  await t.execute(sql`CREATE TEMP TABLE publish_codes ON COMMIT DROP AS
    SELECT key, code, beat FROM json_to_recordset(${JSON.stringify(mapping)}::json) AS r(key text, code text, beat text)`);

  await createSuccessorTables(t, communities);
  return { area, grids, codes, docking, communities };
}

/**
 * The published code each new grid continues, so that a redrawn grid keeps its code and its people stay (issue 12):
 * a key that is already a published code keeps it; the other keys take, largest share first, the published grid of
 * their community from which they receive the most households, if no other grid took it. Keys left over are new
 * grids and get free numbers. Returns key → continued code.
 */
function findContinuedCodes(buildings: { code: string; gridCode: string; communityCode: string; households: number }[], assignment: Record<string, string>) {
  const published = new Set(buildings.map((b) => b.gridCode));
  const continued = new Map<string, string>();
  const taken = new Set<string>();
  for (const key of new Set(Object.values(assignment))) {
    if (published.has(key)) {
      continued.set(key, key);
      taken.add(key);
    }
  }
  const shares = new Map<string, { key: string; code: string; households: number }>();
  for (const b of buildings) {
    const key = assignment[b.code];
    if (key === undefined || continued.has(key) || !b.gridCode.startsWith(b.communityCode)) continue;
    const id = `${key}\u0000${b.gridCode}`;
    const share = shares.get(id) ?? { key, code: b.gridCode, households: 0 };
    share.households += b.households;
    shares.set(id, share);
  }
  const ranked = [...shares.values()].sort((x, y) => y.households - x.households || (x.key < y.key ? -1 : x.key > y.key ? 1 : x.code < y.code ? -1 : 1));
  for (const s of ranked) {
    if (continued.has(s.key) || taken.has(s.code)) continue;
    continued.set(s.key, s.code);
    taken.add(s.code);
  }
  return continued;
}
