import type {
  AreaKind,
  PlanDraft,
  PlanDraftInput,
  PlanDraftUpdate,
  PlanDraftSummary,
  PlannerAreas,
  PlannerUnits,
  PlanProblem,
  PublishPreview,
  PublishResult,
} from '../../core/contracts/planner';
import type { DecodedFile } from '../../core/contracts/feature-file';
import { api, answerOf, ApiError, unprocessableBody } from './client';

// The grid planner's routes (issue 5), one function a route. Kept apart from endpoints.ts, which other views share.

export const getPlannerAreas = (signal?: AbortSignal): Promise<PlannerAreas> => answerOf(api.GET('/api/planner/areas', { signal }));

/** GET /api/planner/units?street=… or ?community=…: the buildings of an area with their territories and adjacency. */
export const getPlannerUnits = (kind: AreaKind, code: string, signal?: AbortSignal): Promise<PlannerUnits> =>
  answerOf(api.GET('/api/planner/units', { params: { query: kind === 'street' ? { street: code } : { community: code } }, signal }));

/** Drafts and the published and archived plans of an area, newest first as the server sorts them. */
export const listPlanDrafts = (areaCode: string, signal?: AbortSignal): Promise<PlanDraftSummary[]> =>
  answerOf(api.GET('/api/planner/drafts', { params: { query: { area: areaCode } }, signal }));

export const getPlanDraft = (id: string, signal?: AbortSignal): Promise<PlanDraft> =>
  answerOf(api.GET('/api/planner/drafts/{id}', { params: { path: { id } }, signal }));

export const createPlanDraft = (input: PlanDraftInput): Promise<PlanDraft> => answerOf(api.POST('/api/planner/drafts', { body: input }));

export const updatePlanDraft = (id: string, input: PlanDraftUpdate): Promise<PlanDraft> =>
  answerOf(api.PUT('/api/planner/drafts/{id}', { params: { path: { id } }, body: input }));

/** DELETE /api/planner/drafts/:id answers 204 without a body. */
export async function deletePlanDraft(id: string): Promise<void> {
  await api.DELETE('/api/planner/drafts/{id}', { params: { path: { id } } });
}

/** What publishing the plan would change, or the reasons it cannot be published (422), before anything is saved. */
export type PreviewOutcome = { ok: true; preview: PublishPreview } | { ok: false; message: string; problems: PlanProblem[] };

/** POST /api/planner/preview; a 422 is an answer, any other failure throws ApiError. */
export async function previewPlanPublish(input: PlanDraftInput): Promise<PreviewOutcome> {
  try {
    return { ok: true, preview: await answerOf(api.POST('/api/planner/preview', { body: input })) };
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
    return { ok: true, result: await answerOf(api.POST('/api/planner/drafts/{id}/publish', { params: { path: { id } } })) };
  } catch (err) {
    const body = unprocessableBody<{ message?: string; problems?: PlanProblem[] }>(err);
    if (!body) throw err;
    return { ok: false, message: body.message ?? '', problems: body.problems ?? [] };
  }
}

/**
 * POST /api/planner/plan-file: a zipped Shapefile or GeoPackage read on the server as a CRS84 FeatureCollection
 * (issue 14, item 4). A Shapefile without a .cpg whose text the server finds to be GBK is asked for again as GBK:
 * nothing is saved by reading a plan, and the planner shows what it got before anyone saves it.
 */
export async function decodePlanFile(file: Blob, fileName: string): Promise<DecodedFile> {
  const contentType = /\.zip$/i.test(fileName) ? 'application/zip' : 'application/geopackage+sqlite3';
  const send = (encoding?: 'gbk') =>
    answerOf<DecodedFile>(
      api.POST('/api/planner/plan-file', {
        params: { query: encoding ? { encoding } : {} },
        body: file as unknown as string,
        bodySerializer: (b) => b,
        headers: { 'content-type': contentType },
      }),
    );
  try {
    return await send();
  } catch (err) {
    if (err instanceof ApiError && err.status === 400 && (err.body as { detectedEncoding?: string } | null)?.detectedEncoding === 'gbk') return send('gbk');
    throw err;
  }
}
