import type { ChangedResident, ResidentChange } from '../../core/contracts/residents';
import { api, answerOf } from './client';

// The residents register's writes (GET /api/residents and the unmask are in endpoints.ts); a refusal (ApiError) carries
// the server's issues by field, in the interface's language.

/** PATCH /api/residents/:id: a correction or a move-out; answers the record masked, verified now (the server audits it). */
export const changeResident = (id: string, body: ResidentChange): Promise<ChangedResident> =>
  answerOf(api.PATCH('/api/residents/{id}', { params: { path: { id } }, body }));
