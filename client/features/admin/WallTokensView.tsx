import { useState, type FormEvent } from 'react';
import { getWallTokens, issueWallToken, revokeWallToken } from '../../api/endpoints';
import { useResource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';
import { IssuedToken } from './IssuedToken';
import { RevokeTokenButton } from './RevokeTokenButton';
import { useTokenActions } from './use-token-actions';

/** 大屏令牌: issue a token for a command-centre wall (shown once), list them, revoke one (two clicks). */
export function WallTokensView() {
  const { t, formatDateTime } = useI18n();
  const [tokens, reload] = useResource(getWallTokens, []);
  const [name, setName] = useState('');
  const [issued, setIssued] = useState<{ name: string; token: string } | null>(null);
  const actions = useTokenActions(reload, revokeWallToken);
  const { busy, failure, act } = actions;

  function issue(e: FormEvent) {
    e.preventDefault();
    const trimmed = name.trim();
    void act(async () => {
      const answer = await issueWallToken(trimmed);
      setIssued({ name: trimmed, token: answer.token });
      setName('');
    });
  }

  return (
    <section className="view" data-testid="wall-tokens-view">
      <h2>{t('wallTokensTitle')}</h2>
      <p className="view-note">{t('wallTokensNote')}</p>
      <form className="filters" onSubmit={issue}>
        <label>
          {t('wallTokenName')}
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={80} data-testid="wall-token-name" />
        </label>
        <button type="submit" disabled={busy} data-testid="wall-token-issue">
          {t('wallTokenIssue')}
        </button>
      </form>
      {failure && (
        <p className="error" role="alert">
          {t('actionFailed', { message: failure })}
        </p>
      )}
      {issued && <IssuedToken name={issued.name} token={issued.token} hint={t('wallTokenUrlHint', { url: `${window.location.origin}/wall` })} onDone={() => setIssued(null)} />}
      {tokens.status === 'error' && (
        <p className="error" role="alert">
          {t('loadFailed', { message: tokens.error.message })}
        </p>
      )}
      {tokens.data && (
        <div className="table-wrap">
          <table className="data-table" data-testid="wall-tokens-table">
            <thead>
              <tr>
                <th>{t('wallTokenName')}</th>
                <th>{t('colCreatedBy')}</th>
                <th>{t('colCreatedAt')}</th>
                <th>{t('colState')}</th>
                <th>{t('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((w) => (
                <tr key={w.id} data-testid="wall-token-row" data-revoked={w.revokedAt ? 'true' : 'false'}>
                  <td>{w.name}</td>
                  <td>{w.createdByName}</td>
                  <td className="nowrap">{formatDateTime(w.createdAt)}</td>
                  <td>{w.revokedAt ? t('wallTokenRevokedAt', { time: formatDateTime(w.revokedAt) }) : t('wallTokenLive')}</td>
                  <td>
                    {!w.revokedAt && <RevokeTokenButton id={w.id} actions={actions} testId="wall-token-revoke" />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
