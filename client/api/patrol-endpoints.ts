import type { Me } from '../../core/contracts/auth';
import type { PatrolCandidates, PatrolPlanAnswer, PatrolPlanRequest, SavePatrolRoute, SavedPatrolRoute } from '../../core/contracts/patrol';
import { ApiError, getJson, postJson } from './http';

// The patrol route planner's routes (issue 6, part 4), one function a route. Kept apart from endpoints.ts, which
// other views share.

/** GET /api/patrol/candidates?… (the query from patrol-form.ts toCandidatesSearch). */
export const getPatrolCandidates = (search: string, signal?: AbortSignal) => getJson<PatrolCandidates>(`/api/patrol/candidates?${search}`, signal);

/** A plan, or the mandatory stops that cannot all be visited within the budget (422). */
export type PlanOutcome = { ok: true; plan: PatrolPlanAnswer } | { ok: false; message: string; stopIds: string[] };

/** POST /api/patrol/plan; a 422 is an answer (the stops it names are shown), any other failure throws ApiError. */
export async function planPatrolRoute(request: PatrolPlanRequest): Promise<PlanOutcome> {
  const res = await sendJson('POST', '/api/patrol/plan', request);
  if (res.status === 422) {
    const body = (await res.json()) as { message?: string; stopIds?: string[] };
    return { ok: false, message: body.message ?? '', stopIds: body.stopIds ?? [] };
  }
  if (!res.ok) throw await apiErrorOf(res);
  return { ok: true, plan: (await res.json()) as PatrolPlanAnswer };
}

/** POST /api/patrol/routes: saves and assigns a route; the answer has its id. */
export const savePatrolRoute = (body: SavePatrolRoute) => postJson<SavedPatrolRoute>('/api/patrol/routes', body);

/** GET /api/patrol/routes: the saved routes of the caller's scope, newest first, without their plans. */
export const listPatrolRoutes = (signal?: AbortSignal) => getJson<SavedPatrolRoute[]>('/api/patrol/routes', signal);

/** GET /api/patrol/routes/:id: one saved route with its plan. */
export const getPatrolRoute = (id: string, signal?: AbortSignal) => getJson<SavedPatrolRoute>(`/api/patrol/routes/${encodeURIComponent(id)}`, signal);

/** DELETE /api/patrol/routes/:id answers 204 without a body. */
export async function deletePatrolRoute(id: string): Promise<void> {
  const res = await sendJson('DELETE', `/api/patrol/routes/${encodeURIComponent(id)}`);
  if (!res.ok) throw await apiErrorOf(res);
}

// As in planner-endpoints.ts: http.ts's errors drop the body (the 422's stopIds) and deleteJson expects a JSON body
// (DELETE answers 204). Until it grows these, the two calls send their own request, with the session's CSRF token read
// from /api/auth/me — through getJson, so a lost session is still noticed there.
async function sendJson(method: 'POST' | 'DELETE', path: string, body?: unknown): Promise<Response> {
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
