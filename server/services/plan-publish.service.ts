/**
 * Publishing a grid plan, and the preview of it (issues 5 and 12). In one transaction: re-validates the assignment
 * (core/redistrict checkAssignment: coverage, compounds, communities, contiguity), draws the grids' outlines (a grid
 * whose buildings do not change keeps its own: planner-publish-outlines.repo.ts), checks the geometry in PostGIS
 * (planner-geometry-checks.repo.ts: valid, one piece, no overlap, no gap, every building in exactly one grid), numbers
 * the grids (findContinuedCodes, numberGrids), docks them onto beats (the draft's accepted docking, else dockBeats'
 * proposal), finds each replaced grid's successor (planner-handover.repo.ts), then moves the records to the new grids
 * (planner-move-records.repo.ts), marks the plan published and notifies live pages. Anything refused — including a
 * replaced grid whose people or work have no successor, and a plan that changes nothing — rolls back whole. The SQL
 * is in planner-publish.repo.ts and the other planner-*.repo.ts; the words in plan-findings.service.ts.
 */
import type { PlanDraft, PlanFinding, PlanProblem, PublishPreview, PublishResult } from '../../core/contracts/planner';
import { checkAssignment, dockBeats, findContinuedCodes, numberGrids } from '../../core/redistrict';
import type { Db } from '../db/engine';
import { findPlan } from '../db/repos/planner-drafts.repo';
import { findGeometryProblems } from '../db/repos/planner-geometry-checks.repo';
import { createSuccessorTables } from '../db/repos/planner-handover.repo';
import { moveRecordsToNewGrids } from '../db/repos/planner-move-records.repo';
import { releaseKeptBesideSplitGrids, writeKeptOutlines } from '../db/repos/planner-publish-outlines.repo';
import { findPublishChanges } from '../db/repos/planner-publish-preview.repo';
import {
  analyzePublishTables,
  findBeatCodes,
  findEmptyBeats,
  findPublishGrids,
  findUsedGridCodes,
  lockPlan,
  markPlanPublished,
  writePublishAssignment,
  writePublishCodes,
  writePublishGrids,
} from '../db/repos/planner-publish.repo';
import { findPlannerArea } from '../db/repos/planner-units.repo';
import { inTransaction } from '../db/transaction';
import type { Language } from '../i18n/language';
import { appendLiveEvent } from '../live/live-events.repo';
import { sayPlanFindings, sayPlanProblems } from './plan-findings.service';
import { loadPlannerUnits } from './planner-units.service';
import { publicationWarnings, undecidedProblems } from './plan-publish-findings';

export type PublishOutcome =
  | { ok: true; result: PublishResult }
  | { ok: false; reason: 'not_found' | 'not_draft' | 'unchanged' }
  | { ok: false; reason: 'invalid_plan'; problems: PlanProblem[] };
export type PreviewOutcome =
  | { ok: true; preview: PublishPreview }
  | { ok: false; reason: 'unchanged' }
  | { ok: false; reason: 'invalid_plan'; problems: PlanProblem[] };

/** What publishing reads of a plan: a saved draft, or the body of a preview. */
type PlanToPublish = Pick<PlanDraft, 'areaKind' | 'areaCode' | 'band' | 'assignment' | 'docking'>;

/** Thrown inside the transaction so that nothing of a refused plan is written. */
class PlanRefused extends Error {
  constructor(readonly problems: PlanFinding[]) {
    super('plan refused');
  }
}
/** Thrown inside the transaction when the plan is the one in force (see findChangesOrRefuse). */
class PlanUnchanged extends Error {
  constructor() {
    super('plan unchanged');
  }
}
/** Thrown to roll a preview's transaction back once its changes are read. */
class PreviewReady extends Error {
  constructor(readonly preview: PublishPreview) {
    super('preview ready');
  }
}

/**
 * Publishes a draft (see the top of this file), carrying the replaced grids' people, accounts and work to their
 * successors and archiving plans left without grids. Problems and warnings are worded in `language`, places by name.
 */
export async function publishPlan(db: Db, id: string, username: string, language: Language): Promise<PublishOutcome> {
  try {
    return await inTransaction(db, async (t) => {
      await lockPlan(t, id);
      const draft = await findPlan(t, id);
      if (!draft) return { ok: false, reason: 'not_found' } as const;
      if (draft.status !== 'draft') return { ok: false, reason: 'not_draft' } as const;
      return { ok: true, result: await publishDraft(t, draft, username, language) } as const;
    });
  } catch (err) {
    // Worded after the rollback: the places are named as they stand, before the plan.
    if (err instanceof PlanRefused) return { ok: false, reason: 'invalid_plan', problems: await sayPlanProblems(db, language, err.problems) };
    if (err instanceof PlanUnchanged) return { ok: false, reason: 'unchanged' };
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
    await inTransaction(db, async (t) => {
      await preparePublication(t, plan);
      throw new PreviewReady(await findChangesOrRefuse(t));
    });
    throw new Error('the preview transaction ended without an answer');
  } catch (err) {
    if (err instanceof PreviewReady) return { ok: true, preview: err.preview };
    if (err instanceof PlanRefused) return { ok: false, reason: 'invalid_plan', problems: await sayPlanProblems(db, language, err.problems) };
    if (err instanceof PlanUnchanged) return { ok: false, reason: 'unchanged' };
    throw err;
  }
}

async function publishDraft(t: Db, draft: PlanDraft, username: string, language: Language): Promise<PublishResult> {
  const { area, grids, codes, docking } = await preparePublication(t, draft);
  const changes = await findChangesOrRefuse(t);
  if (changes.undecided.length > 0) throw new PlanRefused(undecidedProblems(changes.undecided));

  await moveRecordsToNewGrids(t, draft.id, area.communityCodes);
  const emptied = await findEmptyBeats(t);
  await markPlanPublished(t, draft.id, username, docking);

  // Worded once the new grids are written, so that each is named by its new name.
  const warnings = await sayPlanFindings(t, language, publicationWarnings(grids, codes, draft.band, docking, emptied));
  await appendLiveEvent(t, 'plan', { planId: draft.id, areaCode: area.code, areaName: area.name, grids: grids.length, publishedBy: username });
  return { planId: draft.id, codes, grids: grids.length, warnings: warnings.map((w) => w.message), changes };
}

/**
 * What publishing changes (findPublishChanges), or PlanUnchanged when it would change nothing, so that a planner
 * cannot publish the plan in force again as a new version (archiving their draft for nothing). "Nothing" is: every
 * building keeps its grid code (changed), no grid is added or removed, no outline is redrawn (a kept grid's outline
 * that does not hold its buildings is redrawn, so a plan that repairs one still publishes), and no grid docks onto
 * another beat (`docking`: the preview's list is the test, so the dialog names exactly the re-docking that makes a
 * plan publishable; a plan that only re-docks grids still publishes). The draft's name, band and locks are not the
 * grids': a plan differing only in them is the same plan.
 */
async function findChangesOrRefuse(t: Db): Promise<PublishPreview> {
  const changes = await findPublishChanges(t);
  const sameGrids = changes.changed.buildings === 0 && changes.added.length === 0 && changes.removed.length === 0 && changes.redrawn.length === 0;
  if (sameGrids && changes.docking.length === 0) throw new PlanUnchanged();
  return changes;
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
  const units = await loadPlannerUnits(t, area);
  const buildings = units.units.features.map((f) => f.properties);
  const assignmentProblems = checkAssignment(buildings.map((b) => ({ code: b.code, compoundCode: b.compoundCode, communityCode: b.communityCode })), units.adjacency.map(([a, b]) => [a, b] as const), draft.assignment);
  if (assignmentProblems.length > 0) throw new PlanRefused(assignmentProblems);

  await writePublishAssignment(t, draft.assignment);
  await writeKeptOutlines(t);
  await writePublishGrids(t, area.communityCodes);
  // Ends: each round takes at least one grid out of publish_kept.
  while ((await releaseKeptBesideSplitGrids(t)) > 0) await writePublishGrids(t, area.communityCodes);
  const geometryProblems = await findGeometryProblems(t, area.communityCodes);
  if (geometryProblems.length > 0) throw new PlanRefused(geometryProblems);

  const grids = await findPublishGrids(t);
  const continued = findContinuedCodes(buildings, draft.assignment);
  const usedBefore = await findUsedGridCodes(t, area.communityCodes);
  const numbered = numberGrids(grids.map((g) => ({ key: continued.get(g.key) ?? g.key, communityCode: g.communityCode, centroid: g.centroid })), usedBefore);
  const codes = Object.fromEntries(grids.map((g) => [g.key, numbered[continued.get(g.key) ?? g.key]]));
  const report = dockBeats(buildings.map((b) => ({ grid: draft.assignment[b.code], beat: b.beatCode, households: b.households, incidents: b.incidents12m })));
  const knownBeats = await findBeatCodes(t);
  const badBeats = Object.entries(draft.docking).filter(([key, beat]) => codes[key] === undefined || !knownBeats.has(beat));
  if (badBeats.length > 0) {
    throw new PlanRefused([{ kind: 'docking', code: 'plan_docking_unknown', params: { pairs: badBeats.map(([k, b]) => `${k}→${b}`) } }]);
  }
  const docking: Record<string, string> = { ...report.proposal, ...draft.docking };
  await writePublishCodes(t, grids.map((g) => ({ key: g.key, code: codes[g.key], beat: docking[g.key] ?? null })));

  await createSuccessorTables(t, area.communityCodes);
  await analyzePublishTables(t);
  return { area, grids, codes, docking };
}
