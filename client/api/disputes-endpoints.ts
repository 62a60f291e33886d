import type {
  DisputeDetail,
  DisputeMap,
  DisputeMapQuery,
  DisputePage,
  DisputeReminders,
  DisputeTransition,
  NewDisputeInput,
} from '../../core/contracts/disputes';
import { getJson, postJson } from './http';

// The disputes register's routes (issue 7), one function a route. http.ts keeps the message of a refusal (409, 422,
// 403, 404) in its ApiError, which is all the forms show, so plain getJson/postJson suffice here.

/** GET /api/disputes?… (the search string from dispute-query.ts): one page of disputes, parties masked. */
export const listDisputes = (search: string, signal?: AbortSignal) => getJson<DisputePage>(`/api/disputes?${search}`, signal);

/** GET /api/disputes/map: open disputes as points without personal data (the map layer and the high-risk list). */
export function getDisputeMap(query: DisputeMapQuery = {}, signal?: AbortSignal): Promise<DisputeMap> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();
  return getJson<DisputeMap>(`/api/disputes/map${search ? `?${search}` : ''}`, signal);
}

/** GET /api/disputes/reminders: overdue disputes the caller is reminded of, and as whom. */
export const getDisputeReminders = (signal?: AbortSignal) => getJson<DisputeReminders>('/api/disputes/reminders', signal);

export const getDispute = (code: string, signal?: AbortSignal) => getJson<DisputeDetail>(`/api/disputes/${encodeURIComponent(code)}`, signal);

/** POST /api/disputes: answers the registered dispute with its score and first event. */
export const registerDispute = (input: NewDisputeInput) => postJson<DisputeDetail>('/api/disputes', input);

/** POST /api/disputes/:code/transitions: answers the moved dispute; a refused move throws ApiError 409 with the reason. */
export const transitionDispute = (code: string, input: DisputeTransition) =>
  postJson<DisputeDetail>(`/api/disputes/${encodeURIComponent(code)}/transitions`, input);

/** POST /api/disputes/:code/unmask: the parties in full; the server audits every call. */
export const unmaskDispute = (code: string) => postJson<DisputeDetail>(`/api/disputes/${encodeURIComponent(code)}/unmask`, {});
