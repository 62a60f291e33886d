import { useState } from 'react';
import { changeAccount } from '../../api/account-endpoints';
import { getUsers } from '../../api/endpoints';
import { useResource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';
import { describeJurisdiction, describeRole } from '../../shared/describe-user';
import { isAccountRole, type Account } from './account-draft';
import { AccountForm } from './AccountForm';
import { useTokenActions } from './use-token-actions';
import { UserRowActions } from './UserRowActions';

type Editing = { kind: 'new' } | { kind: 'edit'; account: Account };

/**
 * 用户: every account with its role, jurisdiction and state; an administrator adds accounts, edits them, disables
 * or enables them and resets a forgotten password. `myUsername` is the signed-in administrator, whose own row
 * offers neither 停用 nor a change of role (the server refuses both).
 */
export function UsersView({ myUsername }: { myUsername: string }) {
  const { t, formatDateTime } = useI18n();
  const [users, reload] = useResource(getUsers, []);
  const [editing, setEditing] = useState<Editing | null>(null);
  // The tokens' one-action-at-a-time state fits: its two-click "revoke" is 停用 here.
  const actions = useTokenActions(reload, (username) => changeAccount(username, { disabled: true }));

  return (
    <section className="view" data-testid="users-view">
      <h2>{t('usersTitle')}</h2>
      <div className="filters">
        <button type="button" onClick={() => setEditing({ kind: 'new' })} data-testid="users-new">
          {t('accountNewTitle')}
        </button>
      </div>
      {actions.failure && (
        <p className="error" role="alert">
          {t('actionFailed', { message: actions.failure })}
        </p>
      )}
      {users.status === 'error' && (
        <p className="error" role="alert">
          {t('loadFailed', { message: users.error.message })}
        </p>
      )}
      {users.status === 'loading' && !users.data && <p className="view-note">{t('loading')}</p>}
      {users.data && (
        <div className="table-wrap">
          <table className="data-table" data-testid="users-table">
            <thead>
              <tr>
                <th>{t('colUsername')}</th>
                <th>{t('colDisplayName')}</th>
                <th>{t('colRole')}</th>
                <th>{t('colScope')}</th>
                <th>{t('colPerson')}</th>
                <th>{t('colState')}</th>
                <th>{t('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((u) => {
                const locked = u.lockedUntil && Date.parse(u.lockedUntil) > Date.now();
                const role = u.role;
                return (
                  <tr key={u.username} data-testid="user-row" data-username={u.username}>
                    <td className="mono">{u.username}</td>
                    <td>{u.displayName}</td>
                    <td>{describeRole(u.role, t)}</td>
                    <td>{describeJurisdiction({ scope: { kind: u.scopeKind, codes: u.scopeCodes }, jurisdiction: u.jurisdiction }, t)}</td>
                    <td data-testid="user-person">{u.person ? (u.person.placeName ? t('personAtPlace', { name: u.person.name, place: u.person.placeName }) : u.person.name) : <span className="muted">{t('personUnlinked')}</span>}</td>
                    <td>
                      {u.disabled
                        ? t('userDisabled')
                        : locked
                          ? t('userLockedUntil', { time: formatDateTime(u.lockedUntil!) })
                          : t('userActive')}
                    </td>
                    <td>
                      {/* A wall display signs in with a token (大屏令牌), so it has no account to edit. */}
                      {isAccountRole(role) && (
                        <UserRowActions
                          user={u}
                          own={u.username === myUsername}
                          actions={actions}
                          onEdit={() => setEditing({ kind: 'edit', account: { ...u, role } })}
                          onReset={reload}
                        />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <AccountForm
          key={editing.kind === 'edit' ? editing.account.username : ''}
          account={editing.kind === 'edit' ? editing.account : undefined}
          own={editing.kind === 'edit' && editing.account.username === myUsername}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
    </section>
  );
}
