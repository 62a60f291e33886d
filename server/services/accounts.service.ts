import {
  isStaffOfKind, passwordContainsUsername, staffKindFor, type AccountChange, type AccountScope, type NewAccount, type OwnPasswordChange, type StaffKind, type StaffQuery,
} from '../../core/contracts/accounts';
import type { StaffCandidate, UserListing } from '../../core/contracts/admin';
import { endSessionsOf, findAccount, insertAccount, unknownScopeCodes, updateAccount } from '../auth/accounts.repo';
import { findStaffRecord, listStaffInScope, staffInScope } from '../auth/staff-links.repo';
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

const notOfKind: Record<StaffKind, ApiMessageCode> = { police: 'person_not_police', grid_leader: 'person_not_grid_leader', grid_staff: 'person_not_grid_staff' };

/**
 * Why the staff record `personId` may not be `username`'s account's, as a role over a jurisdiction: it must exist,
 * have no other account, be of the role's kind (staffKindFor) and work in the jurisdiction, since the field app shows
 * the account its record's tasks and routes. Null when it may.
 */
async function staffRefusal(db: Db, personId: string, role: NewAccount['role'], scope: AccountScope, username: string): Promise<AccountRefusal | null> {
  const record = await findStaffRecord(db, personId);
  if (!record) return { status: 400, field: 'personId', code: 'no_staff_person', params: { id: personId } };
  const { name } = record;
  if (record.account && record.account.username !== username) {
    return { status: 409, field: 'personId', code: 'person_has_account', params: { name, ...record.account } };
  }
  const kind = staffKindFor(role);
  if (kind && !isStaffOfKind(kind, record)) return { status: 400, field: 'personId', code: notOfKind[kind], params: { name } };
  if (!(await staffInScope(db, personId, scope))) return { status: 400, field: 'personId', code: 'person_outside_scope', params: { name, place: record.placeName ?? '—' } };
  return null;
}

/** The staff records an account of the role over the jurisdiction may be linked to (the form's picker): the first 30 by name. */
export function listStaffCandidates(db: Db, q: StaffQuery): Promise<StaffCandidate[]> {
  return listStaffInScope(db, staffKindFor(q.role), q, 30);
}

export async function createAccount(db: Db, a: NewAccount): Promise<AccountOutcome> {
  if (passwordContainsUsername(a.password, a.username)) return refuse(passwordWithName('password'));
  const badScope = await scopeRefusal(db, a.scope);
  if (badScope) return refuse(badScope);
  const personId = a.personId ?? null;
  const badStaff = personId && (await staffRefusal(db, personId, a.role, a.scope, a.username));
  if (badStaff) return refuse(badStaff);
  const passwordHash = await hashPassword(a.password);
  const added = await insertAccount(db, { username: a.username, displayName: a.displayName, role: a.role, scopeKind: a.scope.kind, scopeCodes: a.scope.codes, personId, passwordHash });
  if (!added) {
    // The name was taken, or another administrator linked the record a moment after it was checked.
    const linkedMeanwhile = personId && !(await findAccount(db, a.username)) && (await staffRefusal(db, personId, a.role, a.scope, a.username));
    return refuse(linkedMeanwhile || { status: 409, field: 'username', code: 'account_exists', params: { username: a.username } });
  }
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
  // A record kept through a change of role or jurisdiction must still fit the account, as a new one must.
  const personId = change.personId !== undefined ? change.personId : held.personId;
  if (personId && (change.personId !== undefined || change.role !== undefined || change.scope !== undefined)) {
    const scope = change.scope ?? { kind: held.scopeKind, codes: held.scopeCodes };
    const badStaff = await staffRefusal(db, personId, change.role ?? (held.role as NewAccount['role']), scope, username);
    if (badStaff) return refuse(badStaff);
  }
  await db.transaction(async (tx) => {
    await updateAccount(tx, username, {
      ...(change.displayName !== undefined && { displayName: change.displayName }),
      ...(change.personId !== undefined && { personId: change.personId }),
      ...(change.role !== undefined && { role: change.role }),
      ...(change.scope !== undefined && { scopeKind: change.scope.kind, scopeCodes: change.scope.codes }),
      ...(change.disabled !== undefined && { disabled: change.disabled }),
    });
    if ((change.role !== undefined && change.role !== held.role) || change.disabled) await endSessionsOf(tx, username);
  });
  return { ok: true, account: await listing(db, username) };
}

/**
 * An administrator sets a new password for someone who forgot theirs: it unlocks the account and ends its sessions,
 * and, being known to the administrator, is changed by its holder at the next sign-in.
 */
export async function resetPassword(db: Db, username: string, password: string): Promise<AccountOutcome> {
  if (!(await findAccount(db, username))) return refuse({ status: 404, code: 'no_account', params: { username } });
  if (passwordContainsUsername(password, username)) return refuse(passwordWithName('password'));
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await updateAccount(tx, username, { passwordHash, lockedUntil: null, mustChangePassword: true });
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
    await updateAccount(tx, username, { passwordHash, mustChangePassword: false });
    await endSessionsOf(tx, username, from.sessionTokenHash);
  });
  return { ok: true };
}
