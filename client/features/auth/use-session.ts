import { useCallback, useEffect, useState } from 'react';
import type { Me } from '../../../core/contracts/auth';
import { getMe, login as postLogin, logout as postLogout } from '../../api/endpoints';
import { apiContact, serverNowMs, setCsrfToken, setSessionLostHandler } from '../../api/client';
import { toSessionClock, type SessionClock } from './session-timer';

export type Session =
  | { status: 'checking' }
  | { status: 'anonymous'; expired: boolean } // the server wants a login; expired: a session just ended under us
  | { status: 'open' } // the server has no logins
  | { status: 'signed-in'; me: Me; clock: SessionClock }
  | { status: 'error'; error: Error };

/**
 * The caller's session: asks /api/auth/me once, then follows login, logout, refresh (which slides the idle
 * expiry) and the end of the session, which any API call answering 401 reports (client/api/client.ts).
 */
export function useSession() {
  const [session, setSession] = useState<Session>({ status: 'checking' });

  const signedIn = useCallback((me: Me) => {
    setCsrfToken(me.csrfToken);
    setSession({ status: 'signed-in', me, clock: toSessionClock(me, serverNowMs(), apiContact.serverOffsetMs) });
  }, []);

  useEffect(() => {
    // Everything loaded for the ended session unmounts with the signed-in view (the map is removed cleanly).
    setSessionLostHandler(() => setSession({ status: 'anonymous', expired: true }));
    return () => setSessionLostHandler(null);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    getMe(controller.signal).then(
      (me) => {
        if (me === 'no-auth') setSession({ status: 'open' });
        else if (me === null) setSession({ status: 'anonymous', expired: false });
        else signedIn(me);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSession({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [signedIn]);

  const login = useCallback(async (username: string, password: string) => signedIn(await postLogin({ username, password })), [signedIn]);

  /** GET /api/auth/me: slides the idle expiry; a 401 ends the session through the handler above. */
  const refresh = useCallback(async () => {
    const me = await getMe();
    if (me && me !== 'no-auth') signedIn(me);
  }, [signedIn]);

  const logout = useCallback(async () => {
    try {
      await postLogout();
    } finally {
      setCsrfToken(null);
      // A fresh page: the map and every loaded answer belong to the session that ended.
      window.location.reload();
    }
  }, []);

  return { session, login, logout, refresh };
}
