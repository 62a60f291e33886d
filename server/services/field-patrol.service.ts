/**
 * Starting and ending field patrols and storing their pings (issue 16). Pings are taken only during a started
 * patrol: every ping must lie between the patrol's start and end (and not ahead of the server's clock), or the whole
 * batch is refused naming the ping. A replay of anything already stored answers it again and writes nothing.
 */
import type { Role } from '../../core/contracts/auth';
import type { FieldPatrol, FieldPatrolStart, FieldPingBatch, FieldPingBatchResult } from '../../core/contracts/field';
import { localDateTimeInput } from '../../core/time/shanghai-time';
import { onePatrolAtATime, policeFieldWorkers } from '../auth/roles';
import type { Db } from '../db/engine';
import { endFieldPatrol, findFieldPatrol, findOpenPatrolOf, insertFieldPatrol, routeVisible, toFieldPatrol, type StoredPatrol } from '../db/repos/field-patrols.repo';
import { insertPings } from '../db/repos/field-pings.repo';
import type { Language } from '../i18n/language';
import type { SessionUser } from '../auth/sessions.repo';
import { appendLiveEvent } from '../live/live-events.repo';
import { errorBody, fieldErrorBody, thing } from '../i18n/messages';
import type { FieldRefusal } from './field-refusal';

/** How far ahead of the server's clock a ping may lie (phones' clocks drift). */
export const pingFutureToleranceMs = 2 * 60_000;

export const forceOf = (role: Role) => (policeFieldWorkers.includes(role) ? 'police' : 'grid') as 'police' | 'grid';

type FieldUser = Pick<SessionUser, 'username' | 'role' | 'scope'>;

const notYours = (language: Language, id: string): FieldRefusal => ({ ok: false, status: 404, body: errorBody(language, 'not_found', 'field_patrol_not_yours', { id }) });
const conflict = (language: Language, id: string): FieldRefusal => ({
  ok: false, status: 409, body: errorBody(language, 'id_conflict', 'field_id_conflict', { id, ...thing('field_patrol') }),
});

/** The stored patrol under a start's id answered again (200, replayed), or a conflict when the start differs. */
function replayOf(patrol: StoredPatrol, input: FieldPatrolStart, user: FieldUser, language: Language): { ok: true; status: 200; patrol: FieldPatrol } | FieldRefusal {
  const same = patrol.username === user.username && patrol.startedAt.getTime() === Date.parse(input.startedAt) && patrol.routeId === (input.routeId ?? null);
  return same ? { ok: true, status: 200, patrol: toFieldPatrol(patrol, true) } : conflict(language, input.id);
}

/**
 * Starts a patrol for the caller (201), or answers the one stored under this id (200, replayed). A route must be
 * one the caller may see. A person's account (onePatrolAtATime) walks one patrol at a time: a second start while one
 * is open answers 409 saying since when, so the phone that lost track of it picks it up rather than leaving it open
 * for ever on the wall. Other accounts may have several open patrols (a station's shared patrol account, a car and a
 * foot unit): each is its own unit, and one whose phone went silent drops off the wall after staleAfterMin.
 */
export async function startPatrol(db: Db, input: FieldPatrolStart, user: FieldUser, language: Language): Promise<{ ok: true; status: 200 | 201; patrol: FieldPatrol } | FieldRefusal> {
  if (input.routeId && !(await routeVisible(db, input.routeId, user.scope))) {
    return { ok: false, status: 404, body: fieldErrorBody(language, 'not_found', 'routeId', 'field_route_unknown', { id: input.routeId }) };
  }
  const before = await findFieldPatrol(db, input.id);
  if (before) return replayOf(before, input, user, language);
  const solo = onePatrolAtATime.includes(user.role);
  if (solo) {
    const open = await findOpenPatrolOf(db, user.username);
    if (open) return patrolOpen(open, language);
  }
  const stored = await insertFieldPatrol(db, { id: input.id, username: user.username, force: forceOf(user.role), routeId: input.routeId ?? null, startedAt: new Date(input.startedAt), solo });
  const patrol = await findFieldPatrol(db, input.id);
  if (stored) return { ok: true, status: 201, patrol: toFieldPatrol(patrol!) };
  // Stored meanwhile by a copy of this start sent at the same moment (the queue's retry racing the first try), or
  // another start of the same person won the race to the open-patrol index.
  if (patrol) return replayOf(patrol, input, user, language);
  const open = await findOpenPatrolOf(db, user.username);
  if (open) return patrolOpen(open, language);
  throw new Error(`field patrol ${input.id} was neither stored nor found`);
}

function patrolOpen(open: StoredPatrol, language: Language): FieldRefusal {
  const startedAt = localDateTimeInput(open.startedAt.getTime()).replace('T', ' ');
  return { ok: false, status: 409, body: errorBody(language, 'patrol_open', 'field_patrol_open', { startedAt }) };
}

/** Ends the caller's own patrol; a replay of the same end answers it again, another end time is a conflict. */
export async function endPatrol(db: Db, id: string, endedAtText: string, user: FieldUser, language: Language): Promise<{ ok: true; patrol: FieldPatrol } | FieldRefusal> {
  const patrol = await findFieldPatrol(db, id);
  if (!patrol || patrol.username !== user.username) return notYours(language, id);
  const endedAt = new Date(endedAtText);
  if (endedAt < patrol.startedAt) {
    return { ok: false, status: 422, body: fieldErrorBody(language, 'end_before_start', 'endedAt', 'field_end_before_start', { startedAt: patrol.startedAt.toISOString() }) };
  }
  if (patrol.endedAt) {
    if (patrol.endedAt.getTime() === endedAt.getTime()) return { ok: true, patrol: toFieldPatrol(patrol, true) };
    return { ok: false, status: 409, body: errorBody(language, 'patrol_ended', 'field_patrol_ended', { endedAt: patrol.endedAt.toISOString() }) };
  }
  await endFieldPatrol(db, id, endedAt);
  return { ok: true, patrol: toFieldPatrol((await findFieldPatrol(db, id))!) };
}

/** The first ping outside the patrol's time, as a refusal naming it (1-based, as a person counts), or null. */
function pingOutsidePatrol(batch: FieldPingBatch, startedAt: Date, endedAt: Date | null, now: Date, language: Language): FieldRefusal | null {
  for (const [i, ping] of batch.pings.entries()) {
    const at = new Date(ping.at);
    const params = { n: i + 1, at: ping.at, startedAt: startedAt.toISOString(), endedAt: endedAt?.toISOString() ?? '' };
    const field = `pings.${i}.at`;
    if (at < startedAt) return { ok: false, status: 422, body: fieldErrorBody(language, 'outside_patrol', field, 'field_ping_before_start', params) };
    if (endedAt && at > endedAt) return { ok: false, status: 422, body: fieldErrorBody(language, 'outside_patrol', field, 'field_ping_after_end', params) };
    if (at.getTime() > now.getTime() + pingFutureToleranceMs) return { ok: false, status: 422, body: fieldErrorBody(language, 'outside_patrol', field, 'field_ping_in_future', params) };
  }
  return null;
}

/**
 * Stores a batch of pings of the caller's own patrol, all or nothing, in one INSERT; the wall hears of it once a
 * batch (in the same transaction), and not at all for a replay that stored nothing new.
 */
export async function receivePings(db: Db, batch: FieldPingBatch, user: FieldUser, language: Language, now = new Date()): Promise<{ ok: true; result: FieldPingBatchResult } | FieldRefusal> {
  const patrol = await findFieldPatrol(db, batch.patrolId);
  if (!patrol || patrol.username !== user.username) return notYours(language, batch.patrolId);
  const outside = pingOutsidePatrol(batch, patrol.startedAt, patrol.endedAt, now, language);
  if (outside) return outside;
  const stored = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const s = await insertPings(t, patrol.id, batch.pings);
    if (s.stored > 0) {
      await appendLiveEvent(t, 'field_presence', { force: patrol.force, source: 'pings', gridCodes: s.gridCodes, count: s.stored, latestAt: s.latestAt ?? now.toISOString() });
    }
    return s.stored;
  });
  return { ok: true, result: { stored, alreadyStored: batch.pings.length - stored } };
}

/** The caller's open patrol, or null. */
export async function currentPatrol(db: Db, username: string): Promise<FieldPatrol | null> {
  const p = await findOpenPatrolOf(db, username);
  return p ? toFieldPatrol(p) : null;
}
