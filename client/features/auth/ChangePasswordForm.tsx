import { useEffect, useRef, useState, type FormEvent } from 'react';
import { passwordMinLength } from '../../../core/contracts/accounts';
import { changeOwnPassword } from '../../api/account-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import { emptyPasswordDraft, passwordDraftProblem, toOwnPasswordChange, type PasswordDraft } from './password-draft';

type Outcome = { kind: 'done' } | { kind: 'mismatch' } | { kind: 'refused'; message: string } | null;

export interface ChangePasswordFormProps {
  onClose: () => void;
  /**
   * The password an administrator set, changed before anything else opens (the server refuses the rest): the dialog
   * cannot be dismissed, offers 退出 instead of 取消, and closes (onClose) as soon as the change is made.
   */
  first?: { name: string; onLogout: () => void };
}

/**
 * 修改密码 in a modal dialog: the current password, the new one twice. The server ends this person's other sessions
 * and keeps this one, so the page goes on; a refusal shows its sentence and keeps what was typed.
 */
export function ChangePasswordForm({ onClose, first }: ChangePasswordFormProps) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<PasswordDraft>(emptyPasswordDraft);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (passwordDraftProblem(draft) === 'mismatch') return setOutcome({ kind: 'mismatch' });
    setBusy(true);
    setOutcome(null);
    try {
      await changeOwnPassword(toOwnPasswordChange(draft));
      if (first) return onClose();
      setDraft(emptyPasswordDraft);
      setOutcome({ kind: 'done' });
    } catch (err) {
      setOutcome({ kind: 'refused', message: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  }

  const field = (key: keyof PasswordDraft, label: string, autoComplete: string, testId: string) => (
    <label>
      {label}
      <input
        type="password"
        value={draft[key]}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        required
        autoComplete={autoComplete}
        data-testid={testId}
      />
    </label>
  );

  const done = outcome?.kind === 'done';
  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      onClose={first ? undefined : onClose}
      // Escape would close the dialog and leave a page whose every request is refused.
      onCancel={first ? (e) => e.preventDefault() : undefined}
      aria-labelledby="password-form-title"
      data-testid={first ? 'password-first' : undefined}
    >
      <h3 id="password-form-title">{first ? t('passwordFirstTitle') : t('passwordTitle')}</h3>
      {first && <p className="password-first-note">{t('passwordFirstNote', { name: first.name })}</p>}
      <form className="password-form" onSubmit={submit} data-testid="password-form">
        {!done && (
          <>
            {field('currentPassword', t('passwordCurrent'), 'current-password', 'password-current')}
            {field('newPassword', t('passwordNew'), 'new-password', 'password-new')}
            {field('repeat', t('passwordRepeat'), 'new-password', 'password-repeat')}
            <span className="password-rule">{t('passwordRule', { min: passwordMinLength })}</span>
          </>
        )}
        {(outcome?.kind === 'mismatch' || outcome?.kind === 'refused') && (
          <p className="error" role="alert" data-testid="password-error">
            {outcome.kind === 'mismatch' ? t('passwordMismatch') : t('passwordFailed', { message: outcome.message })}
          </p>
        )}
        {done && (
          <p className="ok-note" role="status" data-testid="password-done">
            {t('passwordDone')}
          </p>
        )}
        <div className="form-actions">
          {!done && (
            <button type="submit" disabled={busy} data-testid="password-submit">
              {t('passwordSubmit')}
            </button>
          )}
          {first ? (
            <button type="button" className="secondary" onClick={first.onLogout}>
              {t('logout')}
            </button>
          ) : (
            <button type="button" className="secondary" onClick={() => dialogRef.current?.close()}>
              {done ? t('close') : t('cancel')}
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}
