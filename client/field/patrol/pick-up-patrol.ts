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
 * (endedHere: its end still queued, or sent — the server's answer may have been read before the end reached it)
 * is not picked up again: it would show 巡逻中 and record positions after the worker ended it. Does not mutate its input.
 */
export function patrolToPickUp(onPhone: CurrentPatrol | null, open: FieldPatrol | null, endedHere: boolean): CurrentPatrol | null {
  if (onPhone || !open || open.endedAt || endedHere) return null;
  return { id: open.id, routeId: open.routeId, routeName: open.routeName, startedAt: open.startedAt };
}

/** How many ended patrols a phone remembers: a person walks one at a time, so the last few are plenty. */
const endedKept = 10;

/** The ids of the patrols ended on this phone, the newest last, `id` added. Does not mutate its input. */
export function withEnded(ended: readonly string[], id: string): string[] {
  return [...ended.filter((e) => e !== id), id].slice(-endedKept);
}

/**
 * Whether this phone ended patrol `id`: its end is still queued, or it is among the ids ended here and the server did
 * not refuse that end (a refused end leaves the patrol open on the server, and the phone must show it to end it again).
 */
export function wasEndedHere(id: string, ended: readonly string[], endQueued: boolean, refused: readonly { id: string }[]): boolean {
  return endQueued || (ended.includes(id) && !refused.some((r) => r.id === `${id}:end`));
}

/** Whether the queue refused this phone's start of `patrol` (the server had another open): the phone then holds no patrol. */
export function startWasRefused(patrol: CurrentPatrol | null, refused: readonly { id: string; kind: string }[]): boolean {
  return patrol !== null && refused.some((item) => item.kind === 'patrol-start' && item.id === patrol.id);
}
