import { useState } from 'react';
import { ChangePasswordForm } from '../../features/auth/ChangePasswordForm';
import { useI18n } from '../../i18n/I18nProvider';
import { MyReportsScreen } from './MyReportsScreen';

/**
 * 我的: the account's own things. Grid workers use the phone more than a desk, so an account an administrator made
 * with a first password is changed here, with the desktop's form (修改密码).
 */
export function MineScreen() {
  const { t } = useI18n();
  const [changingPassword, setChangingPassword] = useState(false);
  return (
    <>
      <div className="field-mine-account">
        <button type="button" onClick={() => setChangingPassword(true)} data-testid="field-change-password">
          {t('menuChangePassword')}
        </button>
      </div>
      {changingPassword && <ChangePasswordForm onClose={() => setChangingPassword(false)} />}
      <MyReportsScreen />
    </>
  );
}
