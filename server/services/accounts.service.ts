import {
  passwordContainsUsername, type AccountChange, type NewAccount, type OwnPasswordChange,
} from '../../core/contracts/accounts';
import type { UserListing } from '../../core/contracts/admin';
import { endSessionsOf, findAccount, insertAccount, unknownScopeCodes, updateAccount } from '../auth/accounts.repo';
import { forgetFailedLogins, isLoginThrottled, recordLoginAttempt } from '../auth/login-throttle.repo';
import { hashPassword, verifyPassword } from '../auth/passwords';
import type { Db } from '../db/engine';
import type { ApiMessageCode } from '../i18n/messages';
import { listUsersWithJurisdictions } from './admin-users.service';

/** Why an account change was refused: the answer's status, the field at fault (if one) and the message's code. */
export interface AccountRefusal {
  status: 400 | 404 | 409 | 429;
  field?: string;
  code: ApiMessageCode;
  params?: Record<string, string | readonly string[]>;
}
export type AccountOutcome = { ok: true; account: UserListing } | { ok: false; refusal: AccountRefusal };

const refuse = (refusal: AccountRefusal): { ok: false; refusal: AccountRefusal } => ({ ok: false, refusal });

async function listing(db: Db, username: string): Promise<UserListing> {
  // One account named, not the whole list named and searched: naming a scope is a query an account.
  const [account] = await listUsersWithJurisdictions(db, username);
  return account;
}

async function scopeRefusal(db: Db, scope: NewAccount['scope'] | undefined): Promise<AccountRefusal | null> {
  if (!scope) return null;
  const unknown = await unknownScopeCodes(db, scope);
  return unknown.length > 0 ? { status: 400, field: 'scope.codes', code: 'unknown_scope_codes', params: { codes: unknown } } : null;
}

const passwordWithName = (field: string): AccountRefusal => ({ status: 400, field, code: 'password_has_username' });

export async function createAccount(db: Db, a: NewAccount): Promise<AccountOutcome> {
  if (passwordContainsUsername(a.password, a.username)) return refuse(passwordWithName('password'));
  const badScope = await scopeRefusal(db, a.scope);
  if (badScope) return refuse(badScope);
  const passwordHash = await hashPassword(a.password);
  const added = await insertAccount(db, { username: a.username, displayName: a.displayName, role: a.role, scopeKind: a.scope.kind, scopeCodes: a.scope.codes, passwordHash });
  if (!added) return refuse({ status: 409, field: 'username', code: 'account_exists', params: { username: a.username } });
  return { ok: true, account: await listing(db, a.username) };
}

/**
 * Changes an account. An administrator may not disable or demote themselves: they would lock themselves out midway,
 * and since only an enabled administrator gets here, it also keeps one enabled administrator at all times. A changed role or a disabling ends the account's sessions: a session keeps the
 * role it was opened with, and a disabled person must not stay signed in on some other computer.
 */
export async function changeAccount(db: Db, username: string, change: AccountChange, by: string): Promise<AccountOutcome> {
  const held = await findAccount(db, username);
  if (!held) return refuse({ status: 404, code: 'no_account', params: { username } });
  const demoted = change.role !== undefined && change.role !== 'admin';
  if ((change.disabled || demoted) && username === by) return refuse({ status: 409, code: 'own_account_locked_out' });
  // The contract checks a role and a scope sent together; a role sent alone is checked against the scope held.
  if ((change.role ?? held.role) === 'admin' && (change.scope?.kind ?? held.scopeKind) !== 'district') {
    return refuse({ status: 400, field: 'scope', code: 'admin_whole_district' });
  }
  const badScope = await scopeRefusal(db, change.scope);
  if (badScope) return refuse(badScope);
  await db.transaction(async (tx) => {
    await updateAccount(tx, username, {
      ...(change.displayName !== undefined && { displayName: change.displayName }),
      ...(change.role !== undefined && { role: change.role }),
      ...(change.scope !== undefined && { scopeKind: change.scope.kind, scopeCodes: change.scope.codes }),
      ...(change.disabled !== undefined && { disabled: change.disabled }),
    });
    if ((change.role !== undefined && change.role !== held.role) || change.disabled) await endSessionsOf(tx, username);
  });
  return { ok: true, account: await listing(db, username) };
}

/** An administrator sets a new password for someone who forgot theirs: it unlocks the account and ends its sessions. */
export async function resetPassword(db: Db, username: string, password: string): Promise<AccountOutcome> {
  if (!(await findAccount(db, username))) return refuse({ status: 404, code: 'no_account', params: { username } });
  if (passwordContainsUsername(password, username)) return refuse(passwordWithName('password'));
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await updateAccount(tx, username, { passwordHash, lockedUntil: null });
    await forgetFailedLogins(tx, username);
    await endSessionsOf(tx, username);
  });
  return { ok: true, account: await listing(db, username) };
}

/**
 * The signed-in person changes their own password, proving the current one first (a session left open on a shared
 * computer must not be enough), and a wrong one counts as a failed login, so guessing here is throttled as there.
 * Their other sessions end; the one they are using stays.
 */
export async function changeOwnPassword(
  db: Db,
  username: string,
  change: OwnPasswordChange,
  from: { sessionTokenHash: string; ip: string },
): Promise<{ ok: true } | { ok: false; refusal: AccountRefusal }> {
  if (await isLoginThrottled(db, username, from.ip)) return refuse({ status: 429, code: 'too_many_attempts' });
  const held = await findAccount(db, username);
  if (!held || !(await verifyPassword(held.passwordHash, change.currentPassword))) {
    await recordLoginAttempt(db, username, from.ip, false);
    return refuse({ status: 400, field: 'currentPassword', code: 'wrong_current_password' });
  }
  if (change.newPassword === change.currentPassword) return refuse({ status: 400, field: 'newPassword', code: 'password_unchanged' });
  if (passwordContainsUsername(change.newPassword, username)) return refuse(passwordWithName('newPassword'));
  const passwordHash = await hashPassword(change.newPassword);
  await db.transaction(async (tx) => {
    await updateAccount(tx, username, { passwordHash });
    await endSessionsOf(tx, username, from.sessionTokenHash);
  });
  return { ok: true };
}
