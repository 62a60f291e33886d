import type { Context } from 'hono';
import type { ResidentChangeOutcome } from '../../db/repos/resident-changes.repo';
import { fieldError, notInJurisdiction } from '../../i18n/messages';
import type { AppEnv } from '../context';

/**
 * The answer of a refused resident change: 404 for a record absent or outside the jurisdiction (alike, as the other
 * residents routes answer), 400 naming movedOutOn with the import's words for a move-out after today and the
 * record's moved-in date for one before it.
 */
export function refuseResidentChange(c: Context<AppEnv>, id: string, outcome: Extract<ResidentChangeOutcome, { ok: false }>) {
  switch (outcome.refusal) {
    case 'not_found':
      return c.json(notInJurisdiction(c, 'resident', id), 404);
    case 'moved_out_after_today':
      return c.json(fieldError(c, 'bad_request', 'movedOutOn', 'registry_after_today', { field: 'movedOutOn', value: outcome.value, today: outcome.today }), 400);
    case 'moved_out_before_in':
      return c.json(fieldError(c, 'bad_request', 'movedOutOn', 'resident_moved_out_before_in', { field: 'movedOutOn', value: outcome.value, movedInOn: outcome.movedInOn }), 400);
  }
}
