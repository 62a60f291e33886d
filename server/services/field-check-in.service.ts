/**
 * Check-ins (issue 16): by geofence, the phone's position with its accuracy circle inside FIELD_CHECKIN_RADIUS_M of
 * the key place or the route's stop (distance + accuracy ≤ radius: a fix that might lie outside does not count); or by
 * the signed QR code posted at a key place (field-qr.ts). Idempotent by the id made on the phone.
 */
import type { FieldCheckIn, FieldCheckInResult } from '../../core/contracts/field';
import type { SessionUser } from '../auth/sessions.repo';
import type { Db } from '../db/engine';
import { distanceM, findCheckIn, findKeyPlaceTarget, findRouteStopTarget, insertCheckIn, type CheckInTarget } from '../db/repos/field-check-ins.repo';
import { findFieldPatrol } from '../db/repos/field-patrols.repo';
import type { Language } from '../i18n/language';
import { errorBody, fieldErrorBody, thing } from '../i18n/messages';
import { appendLiveEvent } from '../live/live-events.repo';
import { forceOf } from './field-patrol.service';
import type { FieldRefusal } from './field-refusal';
import { verifyKeyPlaceQr } from './field-qr';

type FieldUser = Pick<SessionUser, 'username' | 'role' | 'scope'>;
type Refused = FieldRefusal;
const refuse = (status: Refused['status'], body: Refused['body']): Refused => ({ ok: false, status, body });

export interface CheckInSettings {
  radiusM: number;
  qrSecret: Buffer;
}

/** The place checked in at, from the key place code, the QR payload or the route's stop; or why none. */
async function findTarget(db: Db, input: FieldCheckIn, routeId: string | null, settings: CheckInSettings, language: Language): Promise<CheckInTarget | Refused> {
  if (input.method === 'qr') {
    if (!input.qrPayload) return refuse(400, fieldErrorBody(language, 'bad_request', 'qrPayload', 'field_qr_missing'));
    const code = verifyKeyPlaceQr(settings.qrSecret, input.qrPayload);
    const target = code ? await findKeyPlaceTarget(db, code) : null;
    if (!target) return refuse(422, fieldErrorBody(language, 'qr_invalid', 'qrPayload', 'field_qr_invalid'));
    if (input.keyPlaceCode && input.keyPlaceCode !== code) {
      return refuse(422, fieldErrorBody(language, 'qr_other_place', 'keyPlaceCode', 'field_qr_other_place', { place: target.name, code: input.keyPlaceCode }));
    }
    return target;
  }
  if (input.keyPlaceCode) {
    return (await findKeyPlaceTarget(db, input.keyPlaceCode)) ?? refuse(404, fieldErrorBody(language, 'not_found', 'keyPlaceCode', 'field_no_key_place', { code: input.keyPlaceCode }));
  }
  if (input.stopIndex !== undefined) {
    if (!routeId) return refuse(422, fieldErrorBody(language, 'no_route', 'stopIndex', 'field_stop_needs_route'));
    return (await findRouteStopTarget(db, routeId, input.stopIndex)) ?? refuse(404, fieldErrorBody(language, 'not_found', 'stopIndex', 'field_no_stop', { n: input.stopIndex + 1 }));
  }
  return refuse(400, fieldErrorBody(language, 'bad_request', 'keyPlaceCode', 'field_checkin_target'));
}

const isRefused = (x: CheckInTarget | Refused): x is Refused => 'ok' in x;

/** Records a check-in (201), answers the stored one for a replay (200), or refuses it, writing nothing. */
export async function checkIn(db: Db, input: FieldCheckIn, user: FieldUser, settings: CheckInSettings, language: Language): Promise<{ ok: true; status: 200 | 201; result: FieldCheckInResult } | Refused> {
  const existing = await findCheckIn(db, input.id);
  if (existing) return replayOf(existing, input, user, language);
  let routeId: string | null = null;
  if (input.patrolId) {
    const patrol = await findFieldPatrol(db, input.patrolId);
    if (!patrol || patrol.username !== user.username) return refuse(404, errorBody(language, 'not_found', 'field_patrol_not_yours', { id: input.patrolId }));
    routeId = patrol.routeId;
  }
  const target = await findTarget(db, input, routeId, settings, language);
  if (isRefused(target)) return target;
  let distance: number | null = null;
  if (input.position) distance = await distanceM(db, input.position, target.position);
  if (input.method === 'geofence') {
    if (!input.position || input.accuracyM === undefined) return refuse(400, fieldErrorBody(language, 'bad_request', 'position', 'field_checkin_position'));
    if (distance! + input.accuracyM > settings.radiusM) {
      return refuse(422, fieldErrorBody(language, 'outside_geofence', 'position', 'field_checkin_outside', {
        place: target.name, distance: Math.round(distance!), accuracy: Math.round(input.accuracyM), radius: settings.radiusM,
      }));
    }
  }
  const stored = await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const fresh = await insertCheckIn(t, {
      id: input.id, patrolId: input.patrolId ?? null, username: user.username, method: input.method, keyPlaceCode: target.keyPlaceCode,
      stopIndex: input.stopIndex ?? null, at: new Date(input.at), position: input.position ?? null, accuracyM: input.accuracyM ?? null, distanceM: distance,
    });
    if (fresh) {
      const row = await findCheckIn(t, input.id);
      await appendLiveEvent(t, 'field_presence', { force: forceOf(user.role), source: 'check_in', gridCodes: row?.gridCode ? [row.gridCode] : [], count: 1, latestAt: input.at });
    }
    return fresh;
  });
  // A concurrent replay stored it first: answer as a replay.
  if (!stored) return replayOf((await findCheckIn(db, input.id))!, input, user, language);
  return { ok: true, status: 201, result: { id: input.id, method: input.method, placeName: target.name, at: new Date(input.at).toISOString(), distanceM: distance } };
}

async function replayOf(existing: NonNullable<Awaited<ReturnType<typeof findCheckIn>>>, input: FieldCheckIn, user: FieldUser, language: Language) {
  const same = existing.username === user.username && existing.method === input.method && existing.at.getTime() === new Date(input.at).getTime()
    && (existing.patrolId ?? undefined) === input.patrolId && (existing.stopIndex ?? undefined) === input.stopIndex;
  if (!same) return refuse(409, errorBody(language, 'id_conflict', 'field_id_conflict', { id: input.id, ...thing('field_check_in') }));
  return { ok: true as const, status: 200 as const, result: { id: existing.id, method: existing.method, placeName: existing.keyPlaceName ?? `第 ${(existing.stopIndex ?? 0) + 1} 站`, at: existing.at.toISOString(), distanceM: existing.distanceM, replayed: true } };
}
