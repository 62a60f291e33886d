import type { PendingWrite } from '../outbox/outbox';

/** The tasks and buildings with a 核查走访 still in the queue. */
export interface VisitsWaiting {
  taskIds: ReadonlySet<string>;
  buildingCodes: ReadonlySet<string>;
}

/**
 * What of 今日 a queued visit is about, from the queue's waiting writes: its row says the visit waits instead of
 * opening a second one — a second visit of a task would only come back refused (the first closes it). Pure.
 */
export function visitsWaiting(pending: readonly PendingWrite[]): VisitsWaiting {
  const taskIds = new Set<string>();
  const buildingCodes = new Set<string>();
  for (const item of pending) {
    if (item.kind !== 'visit') continue;
    const body = item.body as { buildingCode?: string; taskId?: string };
    if (body.taskId) taskIds.add(body.taskId);
    if (body.buildingCode) buildingCodes.add(body.buildingCode);
  }
  return { taskIds, buildingCodes };
}
