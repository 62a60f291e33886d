import { useCallback, useRef, useState } from 'react';
import type { Me } from '../../../core/contracts/auth';
import { staff } from '../../../core/contracts/role-groups';
import { useI18n } from '../../i18n/I18nProvider';
import { describeJurisdiction, describeRole } from '../../shared/describe-user';
import { useDismiss } from '../../shared/use-dismiss';
import { ChangePasswordForm } from './ChangePasswordForm';

/** The signed-in user's name; opens to show role, jurisdiction, when the session ends, 修改密码 and logout. */
export function UserMenu({ me, sessionEndsAtMs, onLogout }: { me: Me; sessionEndsAtMs: number; onLogout: () => void }) {
  const { t, formatDateTime } = useI18n();
  const [open, setOpen] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);
  // A wall display signs in with a token and has no password: the server lets staff only change one.
  const hasPassword = staff.includes(me.role);
  const rootRef = useRef<HTMLDivElement>(null);

  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, rootRef);

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        type="button"
        className="header-button"
        aria-expanded={open}
        aria-haspopup="true"
        onClick={() => setOpen((o) => !o)}
        data-testid="user-menu-button"
      >
        {me.displayName} ▾
      </button>
      {open && (
        <div className="user-menu-panel" data-testid="user-menu">
          <p className="user-menu-title">{t('userMenuTitle')}</p>
          <p className="user-menu-name">{me.displayName}</p>
          <dl>
            <div>
              <dt>{t('userRoleLabel')}</dt>
              <dd data-testid="user-role">{describeRole(me.role, t)}</dd>
            </div>
            <div>
              <dt>{t('userScopeLabel')}</dt>
              <dd data-testid="user-scope" title={me.scope.codes.join(', ') || undefined}>
                {describeJurisdiction(me, t)}
              </dd>
            </div>
            <div>
              <dt>{t('sessionEndsLabel')}</dt>
              <dd data-testid="session-ends-at">{formatDateTime(sessionEndsAtMs)}</dd>
            </div>
          </dl>
          {hasPassword && (
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                setChangingPassword(true);
              }}
              data-testid="menu-change-password"
            >
              {t('menuChangePassword')}
            </button>
          )}
          <button type="button" onClick={onLogout} data-testid="logout">
            {t('logout')}
          </button>
        </div>
      )}
      {changingPassword && <ChangePasswordForm onClose={() => setChangingPassword(false)} />}
    </div>
  );
}
