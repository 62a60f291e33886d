import { useEffect, useRef, useState } from 'react';
import { reportOutcome, useWallContact } from './wall-contact';

export interface Refreshing<T> {
  data: T | undefined;
  error: Error | undefined;
}

/**
 * Loads an API answer, reloads it every `everyMs` (0: never) and whenever `key` changes, and retries a failure
 * after 10 s; `load` null asks nothing (an answer the wall's role would be refused). The last good data stays while a reload runs or fails, so panels never blank on a wall. Each answer
 * and each 401 is told to the wall (wall-contact.ts): the header's 「数据更新于」, and signing in again.
 */
export function useRefreshing<T>(load: ((signal: AbortSignal) => Promise<T>) | null, everyMs: number, key: unknown = 0): Refreshing<T> {
  const [state, setState] = useState<Refreshing<T>>({ data: undefined, error: undefined });
  const loadRef = useRef(load);
  loadRef.current = load;
  const contact = useWallContact();
  const enabled = load !== null;
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;
    let stopped = false;
    const run = () => {
      controller = new AbortController();
      loadRef.current!(controller.signal).then(
        (data) => {
          if (stopped) return;
          reportOutcome(contact);
          setState({ data, error: undefined });
          if (everyMs > 0) timer = setTimeout(run, everyMs);
        },
        (error: unknown) => {
          if (stopped) return;
          reportOutcome(contact, error);
          setState((s) => ({ data: s.data, error: error instanceof Error ? error : new Error(String(error)) }));
          timer = setTimeout(run, 10_000);
        },
      );
    };
    run();
    return () => {
      stopped = true;
      clearTimeout(timer);
      controller?.abort();
    };
  }, [everyMs, key, contact, enabled]);
  return state;
}
