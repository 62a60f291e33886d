import type { PatrolAssignee, PatrolCandidates, PatrolPlanAnswer, PatrolPlanRequest, SavePatrolRoute, SavedPatrolRoute } from '../../core/contracts/patrol';
import { api, answerOf, unprocessableBody, type QueryOf } from './client';

// The patrol route planner's routes (issue 6, part 4), one function a route. Kept apart from endpoints.ts, which
// other views share.

/** GET /api/patrol/candidates (the query from patrol-form.ts toCandidatesQuery). */
export const getPatrolCandidates = (query: QueryOf<'/api/patrol/candidates'>, signal?: AbortSignal): Promise<PatrolCandidates> =>
  answerOf(api.GET('/api/patrol/candidates', { params: { query }, signal }));

/** GET /api/patrol/assignees: the stations, beats and community officers of the caller's scope a route may be assigned to. */
export const getPatrolAssignees = (signal?: AbortSignal): Promise<PatrolAssignee[]> => answerOf(api.GET('/api/patrol/assignees', { signal }));

/** A plan, or the mandatory stops that cannot all be visited within the budget (422). */
export type PlanOutcome = { ok: true; plan: PatrolPlanAnswer } | { ok: false; message: string; stopIds: string[] };

/** POST /api/patrol/plan; a 422 is an answer (the stops it names are shown), any other failure throws ApiError. */
export async function planPatrolRoute(request: PatrolPlanRequest): Promise<PlanOutcome> {
  try {
    return { ok: true, plan: await answerOf(api.POST('/api/patrol/plan', { body: request })) };
  } catch (err) {
    const body = unprocessableBody<{ message?: string; stopIds?: string[] }>(err);
    if (!body) throw err;
    return { ok: false, message: body.message ?? '', stopIds: body.stopIds ?? [] };
  }
}

/** POST /api/patrol/routes: saves and assigns a route; the answer has its id. */
export const savePatrolRoute = (body: SavePatrolRoute): Promise<SavedPatrolRoute> => answerOf(api.POST('/api/patrol/routes', { body }));

/** GET /api/patrol/routes: the saved routes of the caller's scope, newest first, without their plans. */
export const listPatrolRoutes = (signal?: AbortSignal): Promise<SavedPatrolRoute[]> => answerOf(api.GET('/api/patrol/routes', { signal }));

/** GET /api/patrol/routes/:id: one saved route with its plan. */
export const getPatrolRoute = (id: string, signal?: AbortSignal): Promise<SavedPatrolRoute> =>
  answerOf(api.GET('/api/patrol/routes/{id}', { params: { path: { id } }, signal }));

/** DELETE /api/patrol/routes/:id answers 204 without a body. */
export async function deletePatrolRoute(id: string): Promise<void> {
  await api.DELETE('/api/patrol/routes/{id}', { params: { path: { id } } });
}
