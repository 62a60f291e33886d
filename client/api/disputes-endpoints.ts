import type {
  DisputeDetail,
  DisputeMap,
  DisputeMapQuery,
  DisputePage,
  DisputeReminders,
  DisputeTransition,
  NewDisputeInput,
} from '../../core/contracts/disputes';
import { api, answerOf, type QueryOf } from './client';

// The disputes register's routes (issue 7), one function a route. The client keeps the message of a refusal (409,
// 422, 403, 404) in its ApiError, which is all the forms show.

/** GET /api/disputes (the query from dispute-query.ts): one page of disputes, parties masked. */
export const listDisputes = (query: QueryOf<'/api/disputes'>, signal?: AbortSignal): Promise<DisputePage> =>
  answerOf(api.GET('/api/disputes', { params: { query }, signal }));

/** GET /api/disputes/map: open disputes as points without personal data (the map layer and the high-risk list). */
export const getDisputeMap = (query: DisputeMapQuery = {}, signal?: AbortSignal): Promise<DisputeMap> =>
  answerOf(api.GET('/api/disputes/map', { params: { query }, signal }));

/** GET /api/disputes/reminders: overdue disputes the caller is reminded of, and as whom. */
export const getDisputeReminders = (signal?: AbortSignal): Promise<DisputeReminders> => answerOf(api.GET('/api/disputes/reminders', { signal }));

export const getDispute = (code: string, signal?: AbortSignal): Promise<DisputeDetail> =>
  answerOf(api.GET('/api/disputes/{code}', { params: { path: { code } }, signal }));

/** POST /api/disputes: answers the registered dispute with its score and first event. */
export const registerDispute = (input: NewDisputeInput): Promise<DisputeDetail> => answerOf(api.POST('/api/disputes', { body: input }));

/** POST /api/disputes/:code/transitions: answers the moved dispute; a refused move throws ApiError 409 with the reason. */
export const transitionDispute = (code: string, input: DisputeTransition): Promise<DisputeDetail> =>
  answerOf(api.POST('/api/disputes/{code}/transitions', { params: { path: { code } }, body: input }));

/** POST /api/disputes/:code/unmask: the parties in full; the server audits every call. */
export const unmaskDispute = (code: string): Promise<DisputeDetail> => answerOf(api.POST('/api/disputes/{code}/unmask', { params: { path: { code } } }));
