import { useEffect } from 'react';
import { ChangePasswordForm } from '../features/auth/ChangePasswordForm';
import { LoginForm } from '../features/auth/LoginForm';
import { useSession } from '../features/auth/use-session';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { Dashboard } from './Dashboard';
import { Header } from './Header';
import { nextPathOf } from './next-path';
import { SignedInApp } from './SignedInApp';
import { useDashboardMap } from './use-dashboard-map';
import './app.css';
import './phone.css';

export function App() {
  return (
    <I18nProvider>
      <Shell />
    </I18nProvider>
  );
}

function Shell() {
  const { t } = useI18n();
  const { session, login, logout, refresh } = useSession();
  // Signed in from a page that sent the person here (the wall whose session ended): back to it.
  const next = nextPathOf(location.search);
  const ready = session.status === 'signed-in' && !session.me.mustChangePassword;
  useEffect(() => {
    if (ready && next) location.replace(next);
  }, [ready, next]);
  switch (session.status) {
    case 'signed-in':
      // The server opens nothing else until a password an administrator set is changed (mustChangePassword).
      if (session.me.mustChangePassword) {
        return (
          <div className="app">
            <Header demo={false} />
            <main className="centred">
              <ChangePasswordForm onClose={refresh} first={{ name: session.me.displayName, onLogout: logout }} />
            </main>
          </div>
        );
      }
      return <SignedInApp me={session.me} clock={session.clock} onLogout={logout} refresh={refresh} />;
    case 'open':
      return <OpenApp />;
    case 'anonymous':
      return (
        <div className="app">
          <Header demo={false} />
          <main className="centred">
            <LoginForm onLogin={login} notice={session.expired ? t('sessionExpired') : undefined} />
          </main>
        </div>
      );
    case 'error':
      return (
        <div className="app">
          <Header demo={false} />
          <main className="centred">
            <p className="error" role="alert">
              {t('loadFailed', { message: session.error.message })}
            </p>
          </main>
        </div>
      );
    default:
      return (
        <div className="app">
          <Header demo={false} />
          <main className="centred">{t('loading')}</main>
        </div>
      );
  }
}

/** A server without logins: the map only. */
function OpenApp() {
  const m = useDashboardMap();
  return (
    <div className="app">
      <Header demo={m.summary?.demo === true} />
      <div className="app-body">
        <Dashboard m={m} />
      </div>
    </div>
  );
}
