import { useEffect, useMemo, useState } from 'react';
import { settleCheckInRecords, type CheckInRecord } from '../lib/check-in-record';
import type { Outbox } from '../outbox/outbox';
import { useOutboxSnapshot } from '../use-outbox';
import type { VisitTarget } from './visit-target';
import { visitsWaiting, type VisitsWaiting } from './visits-waiting';

/** A visit this screen queued, by the place's name, followed through the queue as 本机签到记录 follows a check-in. */
export type QueuedVisit = CheckInRecord;

export interface VisitFlow {
  /** The row whose form is open, or null for the list. */
  target: VisitTarget | null;
  open: (target: VisitTarget) => void;
  back: () => void;
  /** The form queued its visit: back to the list, which says so. */
  queued: (visit: Omit<QueuedVisit, 'state'>) => void;
  /** The last visit queued here: waiting, sent or refused, as the queue tells. */
  last: QueuedVisit | null;
  waiting: VisitsWaiting;
}

/** 今日's 核查走访: which row's form is open, and what became of the last visit sent from it. */
export function useVisitFlow(outbox: Outbox): VisitFlow {
  const queue = useOutboxSnapshot(outbox);
  const [target, setTarget] = useState<VisitTarget | null>(null);
  const [last, setLast] = useState<QueuedVisit | null>(null);
  useEffect(() => setLast((visit) => (visit ? settleCheckInRecords([visit], queue)[0] : null)), [queue]);
  const waiting = useMemo(() => visitsWaiting(queue.pendingItems), [queue.pendingItems]);
  return {
    target,
    open: setTarget,
    back: () => setTarget(null),
    queued: (visit) => {
      // Waiting until the queue says otherwise: read after enqueue, the snapshot already holds the item, sent or not.
      setLast(settleCheckInRecords([{ ...visit, state: 'waiting' }], outbox.getSnapshot())[0]);
      setTarget(null);
    },
    last,
    waiting,
  };
}
