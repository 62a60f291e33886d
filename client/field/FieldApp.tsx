import { useEffect, useState } from 'react';
import { fieldWorkers } from '../../core/contracts/role-groups';
import { ChangePasswordForm } from '../features/auth/ChangePasswordForm';
import { LoginForm } from '../features/auth/LoginForm';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { FieldNotForRole } from './FieldNotForRole';
import { FieldShell } from './FieldShell';
import { keepSending, openFieldOutbox } from './field-outbox';
import type { Outbox } from './outbox/outbox';
import { useFieldSession } from './use-field-session';
import './field.css';

/** The field app (/m, issue 16): the sign-in, then the shell with its five screens. */
export function FieldApp() {
  return (
    <I18nProvider>
      <FieldRoot />
    </I18nProvider>
  );
}

function FieldRoot() {
  const { t } = useI18n();
  const { me, offline, session, login, logout, refresh } = useFieldSession();
  const [outbox, setOutbox] = useState<Outbox | null>(null);

  useEffect(() => {
    let stop = () => {};
    let cancelled = false;
    openFieldOutbox().then((o) => {
      if (cancelled) return;
      setOutbox(o);
      stop = keepSending(o);
    });
    return () => {
      cancelled = true;
      stop();
    };
  }, []);

  if (session.status === 'checking' || !outbox) return <p className="field-loading">{t('fieldLoading')}</p>;
  if (!me) {
    return (
      <main className="field-login">
        <h1>{t('fieldAppTitle')}</h1>
        {session.status === 'error' && !offline && <p className="field-error">{t('fieldLoadFailed', { message: session.error.message })}</p>}
        <LoginForm onLogin={login} notice={session.status === 'anonymous' && session.expired ? t('sessionExpired') : undefined} />
      </main>
    );
  }
  // A first password (or a reset) is changed on the phone too: the server opens nothing else until it is.
  if (me.mustChangePassword) {
    return (
      <div className="field-app">
        <main className="field-login">
          <h1>{t('fieldAppTitle')}</h1>
          <ChangePasswordForm onClose={refresh} first={{ name: me.displayName, onLogout: logout }} />
        </main>
      </div>
    );
  }
  if (!fieldWorkers.includes(me.role)) return <FieldNotForRole me={me} onLogout={logout} />;
  return <FieldShell me={me} outbox={outbox} onLogout={logout} />;
}
