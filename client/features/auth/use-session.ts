import { useCallback, useEffect, useState } from 'react';
import type { Me } from '../../../core/contracts/auth';
import { getMe, login as postLogin, logout as postLogout } from '../../api/endpoints';
import { setCsrfToken } from '../../api/http';

export type Session =
  | { status: 'checking' }
  | { status: 'anonymous' } // the server wants a login
  | { status: 'open' } // the server has no logins
  | { status: 'signed-in'; me: Me }
  | { status: 'error'; error: Error };

/** The caller's session: asks /api/auth/me once, then follows login and logout. */
export function useSession() {
  const [session, setSession] = useState<Session>({ status: 'checking' });

  const signedIn = useCallback((me: Me) => {
    setCsrfToken(me.csrfToken);
    setSession({ status: 'signed-in', me });
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    getMe(controller.signal).then(
      (me) => {
        if (me === 'no-auth') setSession({ status: 'open' });
        else if (me === null) setSession({ status: 'anonymous' });
        else signedIn(me);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSession({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [signedIn]);

  const login = useCallback(async (username: string, password: string) => signedIn(await postLogin({ username, password })), [signedIn]);

  const logout = useCallback(async () => {
    try {
      await postLogout();
    } finally {
      setCsrfToken(null);
      // A fresh page: the map and every loaded answer belong to the session that ended.
      window.location.reload();
    }
  }, []);

  return { session, login, logout };
}
