import { useState, type FormEvent } from 'react';
import { accountRoles, passwordMinLength } from '../../../core/contracts/accounts';
import { changeAccount, createAccount } from '../../api/account-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import { describeRole } from '../../shared/describe-user';
import { accountChanges, draftOf, emptyDraft, toNewAccount, withRole, type Account, type AccountDraft, type AccountRole } from './account-draft';
import { ScopePicker } from './ScopePicker';
import { StaffPicker } from './StaffPicker';

export interface AccountFormProps {
  /** The account edited; absent for a new one. */
  account?: Account;
  /** The signed-in administrator's own account: the server refuses to change one's own role (409), so none is offered. */
  own?: boolean;
  onSaved: () => void;
  onCancel: () => void;
}

/**
 * 新建账号 / 编辑账号 in a modal over the list. A new account is sent whole with its first password; an edit sends
 * only what changed (role and jurisdiction together). A refusal shows the server's sentence and keeps what was typed.
 */
export function AccountForm({ account, own = false, onSaved, onCancel }: AccountFormProps) {
  const { t } = useI18n();
  const [before] = useState(() => (account ? draftOf(account) : null));
  const [draft, setDraft] = useState<AccountDraft>(() => before ?? emptyDraft());
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setRefusal(null);
    const change = before && accountChanges(before, draft);
    // An edit that changed nothing has nothing to send.
    if (before && !change) return onCancel();
    setBusy(true);
    try {
      if (before && change) await changeAccount(before.username, change);
      else await createAccount(toNewAccount(draft));
      onSaved();
    } catch (err) {
      setRefusal(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  }

  return (
    <div className="modal-backdrop">
      <form className="modal account-form" onSubmit={submit} aria-labelledby="account-form-title" data-testid="account-form">
        <h2 id="account-form-title">{before ? t('accountEditTitle', { username: before.username }) : t('accountNewTitle')}</h2>
        <label className="field">
          {t('colUsername')}
          <input
            value={draft.username}
            onChange={(e) => setDraft({ ...draft, username: e.target.value })}
            readOnly={!!before}
            required
            maxLength={32}
            autoComplete="off"
            data-testid="account-username"
          />
          {!before && <span className="view-note">{t('accountUsernameHint')}</span>}
        </label>
        <label className="field">
          {t('colDisplayName')}
          <input value={draft.displayName} onChange={(e) => setDraft({ ...draft, displayName: e.target.value })} required maxLength={64} data-testid="account-display-name" />
        </label>
        <label className="field">
          {t('accountRole')}
          {own ? (
            <span className="account-fixed">{describeRole(draft.role, t)}</span>
          ) : (
            <select value={draft.role} onChange={(e) => setDraft(withRole(draft, e.target.value as AccountRole))} data-testid="account-role">
              {accountRoles.map((r) => (
                <option key={r} value={r}>
                  {describeRole(r, t)}
                </option>
              ))}
            </select>
          )}
        </label>
        <ScopePicker draft={draft} onChange={setDraft} />
        <StaffPicker draft={draft} onChange={setDraft} />
        {!before && (
          <label className="field">
            {t('accountPassword')}
            <input
              type="password"
              value={draft.password}
              onChange={(e) => setDraft({ ...draft, password: e.target.value })}
              required
              autoComplete="new-password"
              data-testid="account-password"
            />
            <span className="view-note">{t('passwordRule', { min: passwordMinLength })}</span>
          </label>
        )}
        {refusal && (
          <p className="error" role="alert" data-testid="account-error">
            {t('actionFailed', { message: refusal })}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" disabled={busy} data-testid="account-submit">
            {before ? t('accountSave') : t('accountCreate')}
          </button>
          <button type="button" className="secondary" onClick={onCancel} data-testid="account-cancel">
            {t('cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
