import { useCallback, useEffect, useRef, useState } from 'react';
import type { Role } from '../../../core/contracts/auth';
import type { FieldPing } from '../../../core/contracts/field';
import { onePatrolAtATime } from '../../../core/contracts/role-groups';
import { fieldPaths, getCurrentPatrol } from '../../api/field-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import { drainBatches, emptyPingBuffer, isSendDue, offerFix, type PingBuffer } from '../lib/ping-batcher';
import { newId } from '../new-id';
import type { Outbox } from '../outbox/outbox';
import { useOutboxSnapshot } from '../use-outbox';
import { patrolToPickUp, startWasRefused, wasEndedHere, withEnded, type CurrentPatrol } from './pick-up-patrol';
import { useBatteryPolicy } from './use-battery-policy';

export type { CurrentPatrol } from './pick-up-patrol';

const patrolKey = 'jingwang-field-patrol';
const endedKey = 'jingwang-field-ended-patrols';

function rememberedPatrol(): CurrentPatrol | null {
  try {
    return JSON.parse(localStorage.getItem(patrolKey) ?? 'null') as CurrentPatrol | null;
  } catch {
    return null;
  }
}

const maxAccuracyM = 5000; // the contract's bound; a worse fix is sent as 5000 rather than refused

function remember(patrol: CurrentPatrol | null) {
  if (patrol) localStorage.setItem(patrolKey, JSON.stringify(patrol));
  else localStorage.removeItem(patrolKey);
}

function endedPatrols(): string[] {
  try {
    const ids: unknown = JSON.parse(localStorage.getItem(endedKey) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * A person's account walks one patrol at a time (onePatrolAtATime): the phone asks the server for the open one and
 * shows it when it knows of none, and drops its own when the server refused its start (another was open), asking
 * again. Offline, the phone's own memory stands. Shared accounts (a station's) pick up nothing: another unit's
 * patrol is not this phone's.
 */
function usePickUpOpenPatrol(outbox: Outbox, role: Role, patrol: CurrentPatrol | null, setPatrol: (p: CurrentPatrol | null) => void) {
  const picksUp = onePatrolAtATime.includes(role);
  const { refused } = useOutboxSnapshot(outbox);
  const refusedRef = useRef(refused);
  refusedRef.current = refused;
  const [asked, setAsked] = useState(0);
  const refusedStart = startWasRefused(patrol, refused);
  useEffect(() => {
    if (!refusedStart) return;
    remember(null);
    setPatrol(null);
    setAsked((n) => n + 1);
  }, [refusedStart, setPatrol]);
  const knowsOne = patrol !== null;
  useEffect(() => {
    if (!picksUp || knowsOne) return;
    const controller = new AbortController();
    getCurrentPatrol(controller.signal).then(
      async (open) => {
        const endQueued = open ? await outbox.isPending(`${open.id}:end`) : false;
        const endedHere = open !== null && wasEndedHere(open.id, endedPatrols(), endQueued, refusedRef.current);
        const adopted = controller.signal.aborted ? null : patrolToPickUp(null, open, endedHere);
        if (!adopted) return;
        remember(adopted);
        setPatrol(adopted);
      },
      () => {}, // no answer (offline): the phone's own memory stands
    );
    return () => controller.abort();
  }, [picksUp, knowsOne, asked, outbox, setPatrol]);
}

/**
 * The patrol of this phone: start and end (queued like every write), and while it is started a watch on the GPS
 * that keeps one ping per policy interval and queues them as batches (issue 16). The watch exists only between
 * start and end: no position is taken outside a patrol.
 */
export function usePatrol(outbox: Outbox, role: Role) {
  const { t } = useI18n();
  const [patrol, setPatrol] = useState<CurrentPatrol | null>(rememberedPatrol);
  usePickUpOpenPatrol(outbox, role, patrol, setPatrol);
  const [lastFix, setLastFix] = useState<FieldPing | null>(null);
  const [geoError, setGeoError] = useState<string | null>(null);
  const [pingCount, setPingCount] = useState(0);
  const policy = useBatteryPolicy(patrol !== null);
  const buffer = useRef<PingBuffer>(emptyPingBuffer(Date.now()));
  const fixRef = useRef<FieldPing | null>(null);
  const policyRef = useRef(policy);
  policyRef.current = policy;

  const queueBatches = useCallback(
    async (patrolId: string) => {
      const { batches, buffer: drained } = drainBatches(buffer.current, Date.now());
      buffer.current = drained;
      for (const pings of batches) {
        await outbox.enqueue({ id: newId(), kind: 'pings', path: fieldPaths.pings, body: { patrolId, pings }, label: t('fieldKindPings', { count: pings.length }) });
      }
    },
    [outbox, t],
  );

  useEffect(() => {
    if (!patrol) return;
    const startedMs = Date.parse(patrol.startedAt);
    const watch = navigator.geolocation.watchPosition(
      (pos) => {
        // A fix the phone had cached from before the start is not part of the patrol.
        if (pos.timestamp < startedMs) return;
        const fix: FieldPing = {
          at: new Date(pos.timestamp).toISOString(),
          position: [pos.coords.longitude, pos.coords.latitude],
          accuracyM: Math.min(maxAccuracyM, Math.max(0, pos.coords.accuracy)),
        };
        fixRef.current = fix;
        setLastFix(fix);
        setGeoError(null);
        const before = buffer.current.pings.length;
        buffer.current = offerFix(buffer.current, fix, Date.now(), policyRef.current);
        if (buffer.current.pings.length > before) setPingCount((n) => n + 1);
      },
      (err) => setGeoError(err.message),
      { enableHighAccuracy: true, maximumAge: 2000 },
    );
    // watchPosition reports on movement only: a unit standing still still needs a ping every interval, so the last
    // fix is offered again with the current time.
    const tick = setInterval(() => {
      const now = Date.now();
      const latest = fixRef.current;
      if (latest && now - (buffer.current.lastPingMs ?? 0) >= policyRef.current.pingEveryMs) {
        const again = { ...latest, at: new Date(now).toISOString() };
        buffer.current = offerFix(buffer.current, again, now, policyRef.current);
        setPingCount((n) => n + 1);
      }
      if (isSendDue(buffer.current, now, policyRef.current)) void queueBatches(patrol.id);
    }, 1000);
    return () => {
      fixRef.current = null;
      navigator.geolocation.clearWatch(watch);
      clearInterval(tick);
    };
  }, [patrol, queueBatches]);

  const start = useCallback(
    async (route: { id: string; name: string } | null) => {
      const started: CurrentPatrol = { id: newId(), routeId: route?.id ?? null, routeName: route?.name ?? null, startedAt: new Date().toISOString() };
      buffer.current = emptyPingBuffer(Date.now());
      setPingCount(0);
      await outbox.enqueue({
        id: started.id,
        kind: 'patrol-start',
        path: fieldPaths.patrols,
        body: { id: started.id, ...(started.routeId ? { routeId: started.routeId } : {}), startedAt: started.startedAt },
        label: t('fieldKindPatrolStart'),
      });
      remember(started);
      setPatrol(started);
    },
    [outbox, t],
  );

  const end = useCallback(async () => {
    if (!patrol) return;
    await queueBatches(patrol.id);
    const endedAt = new Date().toISOString();
    // Remembered before the end is queued: the queue may send it and forget it before the server's answer to 'which
    // patrol is open' (asked as soon as this phone holds none) comes back still naming this one.
    localStorage.setItem(endedKey, JSON.stringify(withEnded(endedPatrols(), patrol.id)));
    await outbox.enqueue({ id: `${patrol.id}:end`, kind: 'patrol-end', path: fieldPaths.patrolEnd(patrol.id), body: { endedAt }, label: t('fieldKindPatrolEnd') });
    remember(null);
    setPatrol(null);
    setLastFix(null);
  }, [outbox, patrol, queueBatches, t]);

  return { patrol, start, end, lastFix, geoError, pingCount, policy };
}
