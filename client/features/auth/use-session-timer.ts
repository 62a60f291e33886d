import { useEffect, useRef, useState } from 'react';
import { apiContact } from '../../api/client';
import { sessionTimerState, shouldSlideOnActivity, type SessionClock, type SessionTimerState } from './session-timer';

const tickMs = 1000; // a local clock check, no request
const minGapMs = 10_000; // between two refreshes, whatever asks for them
const retryAfterMs = 30_000; // after a failed refresh (network down), before the next one
const activityEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel'] as const;

/**
 * Watches the session's expiry in this browser: warns before the idle expiry, slides it (refresh = GET /api/auth/me)
 * when the user is active at most once per five minutes, and asks the server once the expiry has passed (its 401
 * then ends the session). One refresh in flight at most, and at most one every ten seconds.
 */
export function useSessionTimer(clock: SessionClock, refresh: () => Promise<void>): { state: SessionTimerState; stay: () => void } {
  const [state, setState] = useState<SessionTimerState>(() => sessionTimerState(clock, apiContact.lastMs, Date.now()));
  const refreshRef = useRef(refresh);
  refreshRef.current = refresh;
  const inFlight = useRef(false);
  const nextAttemptMs = useRef(0);

  const stay = useRef(() => {
    if (inFlight.current || Date.now() < nextAttemptMs.current) return;
    inFlight.current = true;
    nextAttemptMs.current = Date.now() + minGapMs;
    refreshRef.current().then(
      () => {
        inFlight.current = false;
      },
      () => {
        inFlight.current = false;
        nextAttemptMs.current = Date.now() + retryAfterMs;
      },
    );
  }).current;

  useEffect(() => {
    const check = () => {
      const now = Date.now();
      const next = sessionTimerState(clock, apiContact.lastMs, now);
      if (next.kind === 'expired') stay();
      setState((prev) => (sameState(prev, next) ? prev : next));
    };
    const onActivity = () => {
      if (shouldSlideOnActivity(apiContact.lastMs, Date.now())) stay();
    };
    check();
    const timer = setInterval(check, tickMs);
    for (const e of activityEvents) window.addEventListener(e, onActivity, { passive: true, capture: true });
    return () => {
      clearInterval(timer);
      for (const e of activityEvents) window.removeEventListener(e, onActivity, { capture: true });
    };
  }, [clock, stay]);

  return { state, stay };
}

// Seconds matter only for the countdown of a warning.
function sameState(a: SessionTimerState, b: SessionTimerState): boolean {
  if (a.kind !== b.kind || a.expiresAtMs !== b.expiresAtMs) return false;
  return a.kind !== 'warn' || b.kind !== 'warn' || Math.ceil(a.msLeft / 1000) === Math.ceil(b.msLeft / 1000);
}
