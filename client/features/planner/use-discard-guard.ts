import { useCallback, useEffect } from 'react';

/**
 * Unsaved plan edits are asked about before they are dropped: a reload or closing the tab gets the browser's own
 * "leave site?" prompt, and an action that replaces the plan (another area, another draft) runs only if the planner
 * confirms `message`. Navigating to another view keeps the planner mounted, edits and all, so it is not asked about.
 */
export function useDiscardGuard(dirty: boolean, message: string): <A extends unknown[]>(action: (...args: A) => void) => (...args: A) => void {
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return useCallback(
    <A extends unknown[]>(action: (...args: A) => void) =>
      (...args: A) => {
        if (!dirty || window.confirm(message)) action(...args);
      },
    [dirty, message],
  );
}
