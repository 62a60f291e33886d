import type { FieldPatrol } from '../../../core/contracts/field';

/** A patrol started on this phone (or picked up from the server), remembered across reloads until it is ended here. */
export interface CurrentPatrol {
  id: string;
  routeId: string | null;
  routeName: string | null;
  startedAt: string;
}

/**
 * The patrol the server says is open, to show on a phone that knows of none (a fresh sign-in, another browser, a
 * cleared phone), so that it can be ended; null when the phone's own patrol stands. A patrol this phone has ended
 * but whose end is still waiting in the queue is not picked up again. Does not mutate its input.
 */
export function patrolToPickUp(onPhone: CurrentPatrol | null, open: FieldPatrol | null, endQueued: boolean): CurrentPatrol | null {
  if (onPhone || !open || open.endedAt || endQueued) return null;
  return { id: open.id, routeId: open.routeId, routeName: open.routeName, startedAt: open.startedAt };
}

/** Whether the queue refused this phone's start of `patrol` (the server had another open): the phone then holds no patrol. */
export function startWasRefused(patrol: CurrentPatrol | null, refused: readonly { id: string; kind: string }[]): boolean {
  return patrol !== null && refused.some((item) => item.kind === 'patrol-start' && item.id === patrol.id);
}
