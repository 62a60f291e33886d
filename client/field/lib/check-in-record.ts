/**
 * A check-in as 本机签到记录 lists it: waiting in the queue, taken by the server, or refused by it (the reason is in
 * 未能上传). The list said 签到已记录 the moment a check-in was queued, also of one the server then refused.
 */
export type CheckInRecordState = 'waiting' | 'sent' | 'refused';

export interface CheckInRecord {
  /** The check-in's id, the queue item's. */
  id: string;
  name: string;
  at: string;
  state: CheckInRecordState;
  /** The place checked in at by position (check-in-places.ts's key); none for a QR check-in. */
  placeKey?: string;
}

/**
 * This phone's check-in at `placeKey` that stands (waiting or taken, newest first in `records`), if any: the screen
 * offers no second one there, which the server would only count again.
 */
export function findStandingCheckIn(records: readonly CheckInRecord[], placeKey: string): CheckInRecord | undefined {
  return records.find((r) => r.placeKey === placeKey && r.state !== 'refused');
}

/** What of the queue a record's state follows: the ids still waiting and the items the server refused. */
export interface QueueState {
  pendingIds: readonly string[];
  refused: readonly { id: string }[];
}

/**
 * The records with the states the queue now tells: a waiting record becomes refused once its item is in the refused
 * list, sent once it has left the queue otherwise. A settled state stays: a refusal the person dismissed (知道了) is
 * not turned into "sent". The same array when nothing changed. Does not mutate its input.
 */
export function settleCheckInRecords(records: readonly CheckInRecord[], queue: QueueState): readonly CheckInRecord[] {
  const refused = new Set(queue.refused.map((r) => r.id));
  const pending = new Set(queue.pendingIds);
  let changed = false;
  const next = records.map((r) => {
    if (r.state !== 'waiting') return r;
    const state: CheckInRecordState = refused.has(r.id) ? 'refused' : pending.has(r.id) ? 'waiting' : 'sent';
    if (state === r.state) return r;
    changed = true;
    return { ...r, state };
  });
  return changed ? next : records;
}
