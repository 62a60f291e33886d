import type { Me } from '../../core/contracts/auth';
import type {
  AreaKind,
  PlanDraft,
  PlanDraftInput,
  PlanDraftSummary,
  PlannerAreas,
  PlannerUnits,
  PlanProblem,
  PublishResult,
} from '../../core/contracts/planner';
import { ApiError, getJson, postJson } from './http';

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

export async function updatePlanDraft(id: string, input: PlanDraftInput): Promise<PlanDraft> {
  const res = await sendJson('PUT', `/api/planner/drafts/${encodeURIComponent(id)}`, input);
  if (!res.ok) throw await apiErrorOf(res);
  return (await res.json()) as PlanDraft;
}

/** DELETE /api/planner/drafts/:id answers 204 without a body. */
export async function deletePlanDraft(id: string): Promise<void> {
  const res = await sendJson('DELETE', `/api/planner/drafts/${encodeURIComponent(id)}`);
  if (!res.ok) throw await apiErrorOf(res);
}

/** Publishing answers the new codes, or the reasons the plan cannot be published (422). */
export type PublishOutcome = { ok: true; result: PublishResult } | { ok: false; message: string; problems: PlanProblem[] };

/** POST /api/planner/drafts/:id/publish; a 422 is an answer (its problems are shown), any other failure throws ApiError. */
export async function publishPlanDraft(id: string): Promise<PublishOutcome> {
  const res = await sendJson('POST', `/api/planner/drafts/${encodeURIComponent(id)}/publish`, {});
  if (res.status === 422) {
    const body = (await res.json()) as { message?: string; problems?: PlanProblem[] };
    return { ok: false, message: body.message ?? '', problems: body.problems ?? [] };
  }
  if (!res.ok) throw await apiErrorOf(res);
  return { ok: true, result: (await res.json()) as PublishResult };
}

// http.ts has no PUT, its errors drop the body (the 422 problems) and deleteJson expects a JSON body (DELETE answers
// 204). Until it grows these, the three calls send their own request, with the session's CSRF token read from /api/auth/me — through getJson,
// so a lost session is still noticed there.
async function sendJson(method: 'PUT' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<Response> {
  const me = await getJson<Me>('/api/auth/me');
  return fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': me.csrfToken },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function apiErrorOf(res: Response): Promise<ApiError> {
  let code = 'http_' + res.status;
  let message = `${res.status} ${res.statusText}`;
  try {
    const body = (await res.json()) as { error?: string; message?: string };
    if (body.error) code = body.error;
    if (body.message) message = body.message;
  } catch {
    // not a JSON error body: keep the status line
  }
  return new ApiError(res.status, code, message);
}
