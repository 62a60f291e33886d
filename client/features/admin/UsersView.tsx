import { getUsers } from '../../api/endpoints';
import { useResource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';
import { describeJurisdiction, describeRole } from '../../shared/describe-user';

/** 用户: every account with its role, jurisdiction and state. */
export function UsersView() {
  const { t, formatDateTime } = useI18n();
  const [users] = useResource(getUsers, []);
  return (
    <section className="view" data-testid="users-view">
      <h2>{t('usersTitle')}</h2>
      {users.status === 'error' && (
        <p className="error" role="alert">
          {t('loadFailed', { message: users.error.message })}
        </p>
      )}
      {users.status === 'loading' && <p className="view-note">{t('loading')}</p>}
      {users.data && (
        <div className="table-wrap">
          <table className="data-table" data-testid="users-table">
            <thead>
              <tr>
                <th>{t('colUsername')}</th>
                <th>{t('colDisplayName')}</th>
                <th>{t('colRole')}</th>
                <th>{t('colScope')}</th>
                <th>{t('colState')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((u) => {
                const locked = u.lockedUntil && Date.parse(u.lockedUntil) > Date.now();
                return (
                  <tr key={u.username} data-testid="user-row">
                    <td className="mono">{u.username}</td>
                    <td>{u.displayName}</td>
                    <td>{describeRole(u.role, t)}</td>
                    <td>{describeJurisdiction({ scope: { kind: u.scopeKind, codes: u.scopeCodes }, jurisdiction: u.jurisdiction }, t)}</td>
                    <td>
                      {u.disabled
                        ? t('userDisabled')
                        : locked
                          ? t('userLockedUntil', { time: formatDateTime(u.lockedUntil!) })
                          : t('userActive')}
                    </td>
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
