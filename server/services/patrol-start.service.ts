/**
 * Where a patrol starts, or why it may not (issue 6, part 4): a station the caller's scope reaches, or a point in a
 * grid of the scope (patrol-candidates.repo.ts findPatrolStart); a start that is not the caller's answers 403 and an
 * unknown station 404, worded in the caller's language. Planning, candidates and saving a route all start here.
 */
import type { Scope } from '../../core/contracts/auth';
import type { PatrolStart } from '../../core/contracts/patrol';
import type { Db } from '../db/engine';
import { findPatrolStart } from '../db/repos/patrol-candidates.repo';
import { nameNearestPlaces } from '../db/repos/place-names.repo';
import type { Language } from '../i18n/language';
import { fieldErrorBody, thing } from '../i18n/messages';

/** A refusal a patrol service answers: the status and the body the route sends. */
export type PatrolRefusal = { ok: false; status: 400 | 403 | 404 | 422; body: { error: string; message: string; stopIds?: string[] } };

/** A refusal of the start, or of whom a route is for: not the caller's (403), or unknown (404). */
export type ScopeRefusal = PatrolRefusal & { status: 403 | 404 };

/** The refusal for a start that is not the caller's (or no station at all), in `language`. */
export function refuseStart(language: Language, reason: 'unknown_station' | 'outside_scope', stationCode?: string, stationName?: string): ScopeRefusal {
  if (reason === 'unknown_station') return { ok: false, status: 404, body: fieldErrorBody(language, 'not_found', 'stationCode', 'no_such_code', { ...thing('station'), code: stationCode ?? '' }) };
  const body = stationCode
    ? fieldErrorBody(language, 'outside_scope', 'stationCode', 'station_outside_scope', { name: stationName ?? stationCode })
    : fieldErrorBody(language, 'outside_scope', 'start', 'outside_scope');
  return { ok: false, status: 403, body };
}

/** The start of a patrol within the caller's scope, or the refusal in `language`. */
export async function findStartOrRefusal(
  db: Db,
  input: { stationCode?: string; start?: [number, number] },
  scope: Scope,
  language: Language,
): Promise<{ ok: true; start: PatrolStart } | ScopeRefusal> {
  const found = await findPatrolStart(db, input, scope);
  if (!found.ok) return refuseStart(language, found.reason, input.stationCode, found.stationName);
  if (found.start.name !== null) return found;
  // A point picked on the map is named as people name places ('星河城1栋附近'), on screen and on the printed card, by
  // the caller's own places: a start on a beat's edge is not the next beat's building across it.
  const [name] = await nameNearestPlaces(db, [found.start.lngLat], { withinM: PICKED_START_NAMED_WITHIN_M, scope });
  return { ok: true, start: { ...found.start, name } };
}

/** How far a picked start looks for a place to be named by (beyond 300 m by direction and distance: '…东北约450米'). */
const PICKED_START_NAMED_WITHIN_M = 1000;
