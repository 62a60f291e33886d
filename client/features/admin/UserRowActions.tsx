import { useState, type FormEvent } from 'react';
import { passwordMinLength } from '../../../core/contracts/accounts';
import type { UserListing } from '../../../core/contracts/admin';
import { changeAccount, resetAccountPassword } from '../../api/account-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import type { useTokenActions } from './use-token-actions';

export interface UserRowActionsProps {
  user: UserListing;
  /** The signed-in administrator's row: no 停用 (the server refuses it, 409) and no reset, which would end this session. */
  own: boolean;
  /** The list's one-action-at-a-time state; its two-click arming is the 停用 confirm. */
  actions: ReturnType<typeof useTokenActions>;
  onEdit: () => void;
  /** After a reset: the list shows the lock lifted. */
  onReset: () => void;
}

/** 操作 of one account: 编辑, 停用 (two clicks) or 启用, 重置密码 (a small form in the cell). */
export function UserRowActions({ user, own, actions, onEdit, onReset }: UserRowActionsProps) {
  const { t } = useI18n();
  const [resetting, setResetting] = useState(false);
  const [resetDone, setResetDone] = useState(false);
  const armed = actions.confirming === user.username;
  // Enabling takes nothing away, so it needs no confirming click.
  const enable = () =>
    void actions.act(async () => {
      await changeAccount(user.username, { disabled: false });
    });

  return (
    <div className="user-actions">
      <button type="button" className="link-button" onClick={onEdit} disabled={actions.busy} data-testid="user-edit">
        {t('userEdit')}
      </button>
      {!own && user.disabled && (
        <button type="button" className="link-button" disabled={actions.busy} onClick={enable} data-testid="user-toggle-disabled">
          {t('userEnable')}
        </button>
      )}
      {!own && !user.disabled && (
        <button
          type="button"
          className={armed ? 'danger-button' : 'link-button'}
          disabled={actions.busy}
          onClick={() => actions.revoke(user.username)}
          onBlur={() => actions.disarm(user.username)}
          data-testid="user-toggle-disabled"
        >
          {armed ? t('userConfirmDisable') : t('userDisable')}
        </button>
      )}
      {!own && !resetting && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setResetDone(false);
            setResetting(true);
          }}
          data-testid="user-reset-password"
        >
          {t('userResetPassword')}
        </button>
      )}
      {resetting && (
        <ResetPasswordForm
          username={user.username}
          onDone={() => {
            setResetting(false);
            setResetDone(true);
            onReset();
          }}
          onCancel={() => setResetting(false)}
        />
      )}
      {resetDone && (
        <span className="ok-note" role="status" data-testid="user-reset-done">
          {t('userResetDone')}
        </span>
      )}
    </div>
  );
}

/** A new password for someone who forgot theirs; the server ends their sessions and lifts a lock. */
function ResetPasswordForm({ username, onDone, onCancel }: { username: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setRefusal(null);
    try {
      await resetAccountPassword(username, password);
      onDone();
    } catch (err) {
      setRefusal(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  }

  return (
    <form className="reset-password" onSubmit={submit}>
      <input
        type="password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        required
        autoFocus
        autoComplete="new-password"
        aria-label={t('userNewPassword')}
        placeholder={t('userNewPassword')}
        data-testid="user-reset-password-input"
      />
      <button type="submit" disabled={busy} data-testid="user-reset-password-submit">
        {t('userResetSubmit')}
      </button>
      <button type="button" className="link-button" onClick={onCancel}>
        {t('cancel')}
      </button>
      <span className="view-note">{t('passwordRule', { min: passwordMinLength })}</span>
      {refusal && (
        <p className="error" role="alert" data-testid="user-reset-password-error">
          {t('actionFailed', { message: refusal })}
        </p>
      )}
    </form>
  );
}
