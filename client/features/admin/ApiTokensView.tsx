import { useState, type FormEvent } from 'react';
import type { ApiTokenListing, UserListing } from '../../../core/contracts/admin';
import { getApiTokens, getUsers, issueApiToken, revokeApiToken } from '../../api/endpoints';
import { useResource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';
import type { Translate } from '../../i18n/messages';
import { describeJurisdiction, describeRole } from '../../shared/describe-user';
import { IssuedToken } from './IssuedToken';
import { RevokeTokenButton } from './RevokeTokenButton';
import { useTokenActions } from './use-token-actions';

// A year is the server's longest (NewApiTokenSchema); a quarter is a desk analyst's usual renewal.
const defaultDays = 90;

/** An account as the admin knows it: name, role and jurisdiction, never the bare scope codes. */
function describeAccount(u: UserListing, t: Translate): string {
  const where = describeJurisdiction({ scope: { kind: u.scopeKind, codes: u.scopeCodes }, jurisdiction: u.jurisdiction }, t);
  return `${u.displayName}（${describeRole(u.role, t)} · ${where}）`;
}

function tokenState(token: ApiTokenListing, now: number, t: Translate, formatDateTime: (iso: string) => string): string {
  if (token.revokedAt) return t('wallTokenRevokedAt', { time: formatDateTime(token.revokedAt) });
  if (Date.parse(token.expiresAt) <= now) return t('apiTokenExpired');
  return t('wallTokenLive');
}

/**
 * 接口令牌: personal machine tokens for GIS desktops (QGIS, ArcGIS, GDAL) reading /ogc, /tiles and the read routes
 * with an account's role and jurisdiction. Issued with an expiry, shown once, listed with their last use, revoked.
 */
export function ApiTokensView() {
  const { t, formatDateTime } = useI18n();
  const [tokens, reload] = useResource(getApiTokens, []);
  const [users] = useResource(getUsers, []);
  const [name, setName] = useState('');
  const [username, setUsername] = useState('');
  const [days, setDays] = useState(defaultDays);
  const [issued, setIssued] = useState<{ name: string; token: string; expiresAt: string } | null>(null);
  const actions = useTokenActions(reload, revokeApiToken);
  // Wall displays have their own tokens (大屏令牌); disabled accounts could not use one.
  const accounts = (users.data ?? []).filter((u) => u.role !== 'wall_display' && !u.disabled);
  const accountOf = new Map((users.data ?? []).map((u) => [u.username, u]));
  const now = Date.now();

  function issue(e: FormEvent) {
    e.preventDefault();
    const trimmed = name.trim();
    void actions.act(async () => {
      const answer = await issueApiToken({ name: trimmed, username, expiresInDays: days });
      setIssued({ name: trimmed, token: answer.token, expiresAt: answer.expiresAt });
      setName('');
    });
  }

  return (
    <section className="view" data-testid="api-tokens-view">
      <h2>{t('apiTokensTitle')}</h2>
      <p className="view-note">{t('apiTokensNote', { ogc: `${window.location.origin}/ogc` })}</p>
      <form className="filters" onSubmit={issue}>
        <label>
          {t('wallTokenName')}
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={80} data-testid="api-token-name" />
        </label>
        <label>
          {t('apiTokenAccount')}
          <select value={username} onChange={(e) => setUsername(e.target.value)} required data-testid="api-token-account">
            <option value="">{t('apiTokenPickAccount')}</option>
            {accounts.map((u) => (
              <option key={u.username} value={u.username}>
                {describeAccount(u, t)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('apiTokenDays')}
          <input type="number" min={1} max={365} value={days} onChange={(e) => setDays(Number(e.target.value))} required data-testid="api-token-days" />
        </label>
        <button type="submit" disabled={actions.busy} data-testid="api-token-issue">
          {t('wallTokenIssue')}
        </button>
      </form>
      {actions.failure && (
        <p className="error" role="alert">
          {t('actionFailed', { message: actions.failure })}
        </p>
      )}
      {issued && (
        <IssuedToken
          name={issued.name}
          token={issued.token}
          hint={t('apiTokenUseHint', { ogc: `${window.location.origin}/ogc`, expires: formatDateTime(issued.expiresAt) })}
          onDone={() => setIssued(null)}
        />
      )}
      {tokens.status === 'error' && (
        <p className="error" role="alert">
          {t('loadFailed', { message: tokens.error.message })}
        </p>
      )}
      {tokens.data && (
        <div className="table-wrap">
          <table className="data-table" data-testid="api-tokens-table">
            <thead>
              <tr>
                <th>{t('wallTokenName')}</th>
                <th>{t('apiTokenAccount')}</th>
                <th>{t('colCreatedBy')}</th>
                <th>{t('colCreatedAt')}</th>
                <th>{t('apiTokenExpiresAt')}</th>
                <th>{t('apiTokenLastUsed')}</th>
                <th>{t('colState')}</th>
                <th>{t('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.length === 0 && (
                <tr>
                  <td colSpan={8} className="muted" data-testid="api-tokens-empty">
                    {t('apiTokensNone')}
                  </td>
                </tr>
              )}
              {tokens.data.map((k) => {
                const account = accountOf.get(k.username);
                return (
                  <tr key={k.id} data-testid="api-token-row" data-revoked={k.revokedAt ? 'true' : 'false'}>
                    <td>{k.name}</td>
                    <td>{account ? describeAccount(account, t) : k.username}</td>
                    <td>{k.createdByName}</td>
                    <td className="nowrap">{formatDateTime(k.createdAt)}</td>
                    <td className="nowrap">{formatDateTime(k.expiresAt)}</td>
                    <td className="nowrap">{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : t('apiTokenNeverUsed')}</td>
                    <td>{tokenState(k, now, t, formatDateTime)}</td>
                    <td>{!k.revokedAt && <RevokeTokenButton id={k.id} actions={actions} testId="api-token-revoke" />}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
