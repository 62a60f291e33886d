import type { AccountChange, NewAccount, OwnPasswordChange, StaffQuery } from '../../core/contracts/accounts';
import type { Ok } from '../../core/contracts/api-error';
import type { StaffCandidate, UserListing } from '../../core/contracts/admin';
import { api, answerOf } from './client';

// Accounts (用户管理) and one's own password, one function a route; a refusal's message says what to change.

/** POST /api/admin/users. */
export const createAccount = (body: NewAccount): Promise<UserListing> => answerOf(api.POST('/api/admin/users', { body }));

/** PATCH /api/admin/users/:username: display name, role with its jurisdiction, or disabled. */
export const changeAccount = (username: string, body: AccountChange): Promise<UserListing> =>
  answerOf(api.PATCH('/api/admin/users/{username}', { params: { path: { username } }, body }));

/** POST /api/admin/users/:username/password: a new password for someone who forgot theirs (ends their sessions). */
export const resetAccountPassword = (username: string, password: string): Promise<UserListing> =>
  answerOf(api.POST('/api/admin/users/{username}/password', { params: { path: { username } }, body: { password } }));

/** POST /api/auth/password: the signed-in person's own password. */
export const changeOwnPassword = (body: OwnPasswordChange): Promise<Ok> => answerOf(api.POST('/api/auth/password', { body }));

/** GET /api/admin/staff: the staff records an account of the role over the jurisdiction may be linked to (first 30). */
export const getStaffCandidates = (q: StaffQuery, signal?: AbortSignal): Promise<StaffCandidate[]> =>
  answerOf(api.GET('/api/admin/staff', { params: { query: { role: q.role, kind: q.kind, codes: q.codes?.join(','), q: q.q || undefined } }, signal }));
