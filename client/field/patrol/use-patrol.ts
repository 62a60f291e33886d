import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldPing } from '../../../core/contracts/field';
import { fieldPaths } from '../../api/field-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import { drainBatches, emptyPingBuffer, isSendDue, offerFix, type PingBuffer } from '../lib/ping-batcher';
import { newId } from '../new-id';
import type { Outbox } from '../outbox/outbox';
import { useBatteryPolicy } from './use-battery-policy';

/** A patrol started on this phone, remembered across reloads until it is ended here. */
export interface CurrentPatrol {
  id: string;
  routeId: string | null;
  routeName: string | null;
  startedAt: string;
}

const patrolKey = 'jingwang-field-patrol';

function rememberedPatrol(): CurrentPatrol | null {
  try {
    return JSON.parse(localStorage.getItem(patrolKey) ?? 'null') as CurrentPatrol | null;
  } catch {
    return null;
  }
}

const maxAccuracyM = 5000; // the contract's bound; a worse fix is sent as 5000 rather than refused

/**
 * The patrol of this phone: start and end (queued like every write), and while it is started a watch on the GPS
 * that keeps one ping per policy interval and queues them as batches (issue 16). The watch exists only between
 * start and end: no position is taken outside a patrol.
 */
export function usePatrol(outbox: Outbox) {
  const { t } = useI18n();
  const [patrol, setPatrol] = useState<CurrentPatrol | null>(rememberedPatrol);
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
      localStorage.setItem(patrolKey, JSON.stringify(started));
      setPatrol(started);
    },
    [outbox, t],
  );

  const end = useCallback(async () => {
    if (!patrol) return;
    await queueBatches(patrol.id);
    const endedAt = new Date().toISOString();
    await outbox.enqueue({ id: `${patrol.id}:end`, kind: 'patrol-end', path: fieldPaths.patrolEnd(patrol.id), body: { endedAt }, label: t('fieldKindPatrolEnd') });
    localStorage.removeItem(patrolKey);
    setPatrol(null);
    setLastFix(null);
  }, [outbox, patrol, queueBatches, t]);

  return { patrol, start, end, lastFix, geoError, pingCount, policy };
}
