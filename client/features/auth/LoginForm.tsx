import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * Username and password, posted to /api/auth/login by onLogin; shows the server's message on failure, and a
 * notice above the form (such as "your session has expired") until the user tries again.
 */
export function LoginForm({ onLogin, notice }: { onLogin: (username: string, password: string) => Promise<void>; notice?: string }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onLogin(username, password);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  }

  return (
    <form className="login-form" onSubmit={submit} data-testid="login-form">
      <h2>{t('loginTitle')}</h2>
      {notice && !error && (
        <p className="notice" role="status" data-testid="session-expired">
          {notice}
        </p>
      )}
      <label>
        {t('loginUsername')}
        <input value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" required data-testid="login-username" />
      </label>
      <label>
        {t('loginPassword')}
        <input
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
          required
          data-testid="login-password"
        />
      </label>
      {error && (
        <p className="error" role="alert">
          {t('loginFailed', { message: error })}
        </p>
      )}
      <button type="submit" disabled={busy} data-testid="login-submit">
        {t('loginSubmit')}
      </button>
    </form>
  );
}
