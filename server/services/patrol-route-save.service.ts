/**
 * Saving a planned patrol route (issue 12): the start must be the caller's (patrol-start.service.ts) and the
 * assignee one the caller may assign to (patrol-assignees.repo.ts) — an unknown assignee answers 404, one outside the
 * scope 403, worded in the caller's language — then the route is written (patrol-routes.repo.ts).
 */
import type { Scope } from '../../core/contracts/auth';
import type { SavedPatrolRoute, SavePatrolRoute } from '../../core/contracts/patrol';
import type { Db } from '../db/engine';
import { findPatrolAssignee } from '../db/repos/patrol-assignees.repo';
import { createPatrolRoute } from '../db/repos/patrol-routes.repo';
import type { Language } from '../i18n/language';
import { fieldErrorBody } from '../i18n/messages';
import { findStartOrRefusal, type ScopeRefusal } from './patrol-start.service';

/** Saves the route for `username`, or answers why not. `isDemo`: the seed's own routes (else a demo account's are). */
export async function savePatrolRoute(db: Db, input: SavePatrolRoute, scope: Scope, username: string, language: Language, isDemo?: boolean): Promise<{ ok: true; route: SavedPatrolRoute } | ScopeRefusal> {
  const found = await findStartOrRefusal(db, input, scope, language);
  if (!found.ok) return found;
  const assignee = await findPatrolAssignee(db, input.assignedTo, scope);
  if (!assignee.ok) {
    return assignee.reason === 'unknown_assignee'
      ? { ok: false, status: 404, body: fieldErrorBody(language, 'not_found', 'assignedTo', 'no_assignee', { code: input.assignedTo }) }
      : { ok: false, status: 403, body: fieldErrorBody(language, 'outside_scope', 'assignedTo', 'assignee_outside_scope', { name: assignee.name }) };
  }
  // A picked start keeps the name the server gave it, so the reopened route and its card read as the fresh plan did.
  return { ok: true, route: await createPatrolRoute(db, input, username, found.start.stationCode ? null : found.start.name, isDemo) };
}
