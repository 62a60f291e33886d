import { useEffect, useState, type DependencyList } from 'react';

export type Resource<T> =
  | { status: 'loading'; data?: T; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data?: T; error: Error };

/**
 * Loads one API answer and reloads it when deps change; an older request is aborted. While a reload runs,
 * the previous data stays available (status 'loading' with data), so layers do not blink.
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): [Resource<T>, () => void] {
  const [resource, setResource] = useState<Resource<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setResource((r) => ({ status: 'loading', data: r.data }));
    load(controller.signal).then(
      (data) => setResource({ status: 'ready', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResource((r) => ({ status: 'error', data: r.data, error: error instanceof Error ? error : new Error(String(error)) }));
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load is a new closure every render; deps name what it depends on.
  }, [...deps, attempt]);
  return [resource, () => setAttempt((n) => n + 1)];
}
