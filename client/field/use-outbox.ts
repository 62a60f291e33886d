import { useSyncExternalStore } from 'react';
import type { Outbox, OutboxSnapshot } from './outbox/outbox';

/** The queue's counts and refused list, re-rendering when they change. */
export function useOutboxSnapshot(outbox: Outbox): OutboxSnapshot {
  return useSyncExternalStore(outbox.subscribe, outbox.getSnapshot);
}
