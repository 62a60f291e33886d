import { useEffect } from 'react';
import { countFailedShippedFaces, fontRecovery, fontReloadKey, shouldReloadForFonts } from './font-recovery';

/** Reloads the wall once the server answers again if any face of its font failed to load (font-recovery.ts). */
export function useFontRecovery(lastHeardMs: () => number | null): void {
  useEffect(() => {
    if (typeof document === 'undefined' || !document.fonts) return;
    const timer = setInterval(() => {
      const now = Date.now();
      const heard = lastHeardMs();
      const last = Number(sessionStorage.getItem(fontReloadKey)) || null;
      const decision = {
        failedFaces: countFailedShippedFaces(document.fonts),
        heardAgoMs: heard === null ? null : now - heard,
        lastReloadAgoMs: last === null ? null : now - last,
      };
      if (!shouldReloadForFonts(decision)) return;
      sessionStorage.setItem(fontReloadKey, String(now));
      location.reload();
    }, fontRecovery.checkEveryMs);
    return () => clearInterval(timer);
  }, [lastHeardMs]);
}
