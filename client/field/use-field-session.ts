import { useEffect } from 'react';
import type { Me } from '../../core/contracts/auth';
import { setCsrfToken } from '../api/client';
import { useSession } from '../features/auth/use-session';

const meKey = 'jingwang-field-me';

/**
 * The session as the field app needs it: the main app's (login, logout, its end), plus the last signed-in user
 * remembered on the phone, so a page opened offline (from the service worker's cache) still shows the day's work
 * and queues writes under the session the browser's cookie still holds; the server judges them when they arrive.
 */
export function useFieldSession() {
  const { session, login, logout, refresh } = useSession();
  useEffect(() => {
    if (session.status === 'signed-in') localStorage.setItem(meKey, JSON.stringify(session.me));
    if (session.status === 'anonymous') localStorage.removeItem(meKey);
  }, [session]);
  if (session.status === 'error') {
    const remembered = localStorage.getItem(meKey);
    if (remembered) {
      const me = JSON.parse(remembered) as Me;
      setCsrfToken(me.csrfToken);
      return { me, offline: true, session, login, logout, refresh };
    }
  }
  return { me: session.status === 'signed-in' ? session.me : null, offline: false, session, login, logout, refresh };
}
