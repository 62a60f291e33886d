import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { StaffCandidate } from '../../core/contracts/admin';
import { staffOfKind, type AccountScope, type StaffKind, type StaffQuery } from '../../core/contracts/accounts';
import type { PersonRole } from '../../core/contracts/workforce';
import type { Db } from '../db/engine';
import { beats, grids, people, users } from '../db/schema';
import { gridInScope } from './scope-sql';

// Leaders and officers before the many building leaders: the first rows of a street's thousands are the likely ones.
const roleOrder = sql`CASE ${people.role} WHEN 'community_officer' THEN 0 WHEN 'grid_leader' THEN 1 WHEN 'grid_worker' THEN 2 WHEN 'compound_leader' THEN 3 ELSE 4 END`;

/**
 * Where a staff record works, by name: an officer's beat (警格, the first by code should he hold two), anyone else's
 * grid. A person row keeps only a grid, which for an officer is one of several his beat covers. Needs grids joined.
 */
export const staffPlaceName = sql<string | null>`coalesce((SELECT ${beats.name} FROM ${beats} WHERE ${beats.officerId} = ${people.id} ORDER BY ${beats.code} LIMIT 1), ${grids.name})`;

/** The staff records (人员) `where` selects, with where they work (staffPlaceName) and the account linked to each, leaders first (see roleOrder). */
async function selectRecords(db: Db, where: SQL | undefined, limit = 1): Promise<StaffCandidate[]> {
  const rows = await db
    .select({
      id: people.id, name: people.name, role: sql<PersonRole>`${people.role}`, isPolice: people.isPolice, placeName: staffPlaceName,
      username: users.username, displayName: users.displayName,
    })
    .from(people)
    .leftJoin(grids, eq(grids.code, people.gridCode))
    .leftJoin(users, eq(users.personId, people.id))
    .where(where)
    .orderBy(roleOrder, asc(people.name), asc(people.id))
    .limit(limit);
  return rows.map(({ username, displayName, ...r }) => ({ ...r, account: username && displayName ? { username, displayName } : null }));
}

export async function findStaffRecord(db: Db, id: string): Promise<StaffCandidate | null> {
  const [r] = await selectRecords(db, eq(people.id, id));
  return r ?? null;
}

/** Whether the record's grid lies in the jurisdiction (an account's tasks and routes are its record's). */
export async function staffInScope(db: Db, id: string, scope: AccountScope): Promise<boolean> {
  const [r] = await db.select({ id: people.id }).from(people).where(and(eq(people.id, id), gridInScope(people.gridCode, scope)));
  return r !== undefined;
}

function ofKind(kind: StaffKind | null): SQL | undefined {
  if (!kind) return undefined;
  const k = staffOfKind[kind];
  return 'police' in k ? eq(people.isPolice, true) : inArray(people.role, [...k.roles]);
}

/** The staff records of `kind` (any, for null) in the jurisdiction whose name holds `q`, leaders first, at most `limit`. */
export async function listStaffInScope(db: Db, kind: StaffKind | null, q: Pick<StaffQuery, 'kind' | 'codes' | 'q'>, limit: number): Promise<StaffCandidate[]> {
  const scope = { kind: q.kind, codes: q.codes ?? [] };
  const named = q.q ? sql`strpos(${people.name}, ${q.q}) > 0` : undefined;
  return selectRecords(db, and(gridInScope(people.gridCode, scope), ofKind(kind), named), limit);
}
