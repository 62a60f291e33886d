import type { UserListing } from '../../core/contracts/admin';
import { listUsers } from '../auth/users.repo';
import type { Db } from '../db/engine';
import { readJurisdiction } from '../db/repos/jurisdiction.repo';

/**
 * The accounts for the administrator's list, each scope named as its holder's menu names it: a list of a few dozen
 * accounts, so one jurisdiction read per account is cheaper than a second way of naming scopes.
 */
export async function listUsersWithJurisdictions(db: Db, username?: string): Promise<UserListing[]> {
  const users = await listUsers(db, username);
  return Promise.all(
    users.map(async (u) => {
      const { level, names } = await readJurisdiction(db, { kind: u.scopeKind, codes: u.scopeCodes });
      return { ...u, jurisdiction: { level, names } };
    }),
  );
}
