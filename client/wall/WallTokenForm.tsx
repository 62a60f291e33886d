import type { FormEvent } from 'react';
import { AccountSignInLink } from './WallAccessLost';
import type { WallText } from './wall-messages';

interface WallTokenFormProps {
  t: WallText;
  /** Hidden when the form stands under an access-lost notice, which says what happened instead. */
  showTitle: boolean;
  token: string;
  onToken: (token: string) => void;
  onSubmit: (e: FormEvent) => void;
  /** The last token given was refused. */
  failed: boolean;
  /** The server's words for refusing a session narrower than the district, or null. */
  refused: string | null;
}

/**
 * The wall's token box. Someone at a fresh wall needs to know where a token comes from, so the box says so; a scoped
 * user who was refused has the server's reason instead, since no token of theirs would help. A person whose session
 * ended has no token at all: the box offers the password login too.
 */
export function WallTokenForm({ t, showTitle, token, onToken, onSubmit, failed, refused }: WallTokenFormProps) {
  return (
    <form className="wall-token-form" onSubmit={onSubmit} data-testid="wall-token-form">
      {showTitle && <h1>{t('title')}</h1>}
      <label>
        {t('tokenPrompt')}
        <input type="password" autoComplete="off" value={token} onChange={(e) => onToken(e.target.value)} data-testid="wall-token-input" />
      </label>
      {refused === null && <p className="wall-token-hint" data-testid="wall-token-hint">{t('tokenHint')}</p>}
      {failed && <div className="wall-error">{t('tokenFailed')}</div>}
      {refused !== null && (
        <div className="wall-error" data-testid="wall-refused">
          {refused} <a href="/">{t('backToApp')}</a>
        </div>
      )}
      <button type="submit" data-testid="wall-token-submit">{t('tokenSubmit')}</button>
      {refused === null && <AccountSignInLink t={t} />}
    </form>
  );
}
