import type {
  AreaKind,
  PlanDraft,
  PlanDraftInput,
  PlanDraftSummary,
  PlannerAreas,
  PlannerUnits,
  PlanProblem,
  PublishPreview,
  PublishResult,
} from '../../core/contracts/planner';
import { deleteResource, getJson, postJson, putJson, unprocessableBody } from './http';

// The grid planner's routes (issue 5), one function a route. Kept apart from endpoints.ts, which other views share.

export const getPlannerAreas = (signal?: AbortSignal) => getJson<PlannerAreas>('/api/planner/areas', signal);

/** GET /api/planner/units?street=… or ?community=…: the buildings of an area with their territories and adjacency. */
export const getPlannerUnits = (kind: AreaKind, code: string, signal?: AbortSignal) =>
  getJson<PlannerUnits>(`/api/planner/units?${kind}=${encodeURIComponent(code)}`, signal);

/** Drafts and the published and archived plans of an area, newest first as the server sorts them. */
export const listPlanDrafts = (areaCode: string, signal?: AbortSignal) =>
  getJson<PlanDraftSummary[]>(`/api/planner/drafts?area=${encodeURIComponent(areaCode)}`, signal);

export const getPlanDraft = (id: string, signal?: AbortSignal) => getJson<PlanDraft>(`/api/planner/drafts/${encodeURIComponent(id)}`, signal);

export const createPlanDraft = (input: PlanDraftInput) => postJson<PlanDraft>('/api/planner/drafts', input);

export const updatePlanDraft = (id: string, input: PlanDraftInput) => putJson<PlanDraft>(`/api/planner/drafts/${encodeURIComponent(id)}`, input);

/** DELETE /api/planner/drafts/:id answers 204 without a body. */
export const deletePlanDraft = (id: string) => deleteResource(`/api/planner/drafts/${encodeURIComponent(id)}`);

/** What publishing the plan would change, or the reasons it cannot be published (422), before anything is saved. */
export type PreviewOutcome = { ok: true; preview: PublishPreview } | { ok: false; message: string; problems: PlanProblem[] };

/** POST /api/planner/preview; a 422 is an answer, any other failure throws ApiError. */
export async function previewPlanPublish(input: PlanDraftInput): Promise<PreviewOutcome> {
  try {
    return { ok: true, preview: await postJson<PublishPreview>('/api/planner/preview', input) };
  } catch (err) {
    const body = unprocessableBody<{ message?: string; problems?: PlanProblem[] }>(err);
    if (!body) throw err;
    return { ok: false, message: body.message ?? '', problems: body.problems ?? [] };
  }
}

/** Publishing answers the new codes, or the reasons the plan cannot be published (422). */
export type PublishOutcome = { ok: true; result: PublishResult } | { ok: false; message: string; problems: PlanProblem[] };

/** POST /api/planner/drafts/:id/publish; a 422 is an answer (its problems are shown), any other failure throws ApiError. */
export async function publishPlanDraft(id: string): Promise<PublishOutcome> {
  try {
    return { ok: true, result: await postJson<PublishResult>(`/api/planner/drafts/${encodeURIComponent(id)}/publish`, {}) };
  } catch (err) {
    const body = unprocessableBody<{ message?: string; problems?: PlanProblem[] }>(err);
    if (!body) throw err;
    return { ok: false, message: body.message ?? '', problems: body.problems ?? [] };
  }
}
