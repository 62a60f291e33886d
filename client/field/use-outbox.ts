import { useSyncExternalStore } from 'react';
import type { Outbox, OutboxSnapshot } from './outbox/outbox';
import type { OutboxKind } from './outbox/outbox-item';

// The snapshot serves as the server's too: a screen's tests render it to static markup, which React refuses without one.

/** The queue's counts and refused list, re-rendering when they change. */
export function useOutboxSnapshot(outbox: Outbox): OutboxSnapshot {
  return useSyncExternalStore(outbox.subscribe, outbox.getSnapshot, outbox.getSnapshot);
}

/** How many writes of `kind` left the queue since the page opened; re-renders only when that number changes. */
export function useOutboxSettled(outbox: Outbox, kind: OutboxKind): number {
  const settled = () => outbox.getSnapshot().settled[kind] ?? 0;
  return useSyncExternalStore(outbox.subscribe, settled, settled);
}
