import { LoginForm } from '../features/auth/LoginForm';
import { useSession } from '../features/auth/use-session';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { Dashboard } from './Dashboard';
import { Header } from './Header';
import './app.css';

export function App() {
  return (
    <I18nProvider>
      <Shell />
    </I18nProvider>
  );
}

function Shell() {
  const { t } = useI18n();
  const { session, login, logout } = useSession();
  switch (session.status) {
    case 'signed-in':
      return <Dashboard userName={session.me.displayName} onLogout={logout} />;
    case 'open':
      return <Dashboard />;
    case 'anonymous':
      return (
        <div className="app">
          <Header demo={false} />
          <main className="centred">
            <LoginForm onLogin={login} />
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
