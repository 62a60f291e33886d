/** An undo/redo history of immutable values: past (oldest first), the present, and the undone future (next first). */
export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
}

/** How many past states are kept; older ones are dropped. */
export const historyLimit = 100;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** Makes `next` the present; the old present goes to the past and the redo future is dropped. The same value is no change. */
export function commit<T>(history: History<T>, next: T): History<T> {
  if (Object.is(next, history.present)) return history;
  const past = [...history.past, history.present];
  return { past: past.length > historyLimit ? past.slice(past.length - historyLimit) : past, present: next, future: [] };
}

export function canUndo(history: History<unknown>): boolean {
  return history.past.length > 0;
}

export function canRedo(history: History<unknown>): boolean {
  return history.future.length > 0;
}

/** Steps back one change; no change when there is nothing to undo. */
export function undo<T>(history: History<T>): History<T> {
  if (!canUndo(history)) return history;
  return {
    past: history.past.slice(0, -1),
    present: history.past[history.past.length - 1],
    future: [history.present, ...history.future],
  };
}

/** Steps forward one undone change; no change when there is nothing to redo. */
export function redo<T>(history: History<T>): History<T> {
  if (!canRedo(history)) return history;
  return { past: [...history.past, history.present], present: history.future[0], future: history.future.slice(1) };
}
