import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Role, ScopeKind } from '../../../core/contracts/auth';
import type { DemoDataset } from '../../../data/generate/dataset';
import { hashPassword } from '../../auth/passwords';
import { hashToken, newToken } from '../../auth/tokens';
import type { Db } from '../engine';
import { insertJsonRows, type JsonColumn } from './insert-json-rows';
import { demoSeedAuthor } from '../repos/author-name-sql';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  scopeKind: ScopeKind;
  scopeCodes: string[];
  personId: string | null;
}

/** One account per role, bound to realistic scopes of the demo data (the first grid, its beat and station). */
export function planDemoAccounts(d: DemoDataset): DemoAccount[] {
  const grid = d.grids[0];
  const beat = d.beats.find((b) => b.gridCodes.includes(grid.code))!;
  const worker = d.people.find((p) => p.role === 'grid_worker' && p.gridCode === grid.code);
  const account = (username: string, displayName: string, role: Role, scopeKind: ScopeKind, scopeCodes: string[] = [], personId: string | null = null) =>
    ({ username, displayName, role, scopeKind, scopeCodes, personId });
  return [
    account('admin', '系统管理员（演示）', 'admin', 'district'),
    account('commander', '指挥中心值班长（演示）', 'commander', 'district'),
    account('planner', '网格规划员（演示）', 'planner', 'district'),
    // Named by the station, as people name it: the code showed in the header and on every route he saved.
    account('patrol', `${d.stations.find((s) => s.code === beat.stationCode)?.name ?? beat.stationCode} 巡防指挥（演示）`, 'patrol_leader', 'station', [beat.stationCode]),
    account('officer01', `${beat.name} 社区民警（演示）`, 'officer', 'beat', [beat.code], beat.officerId),
    account('grid001', `${grid.name} 网格长（演示）`, 'grid_leader', 'grids', [grid.code], grid.leaderId),
    account('worker001', `${grid.name} 网格员（演示）`, 'grid_worker', 'grids', [grid.code], worker?.id ?? null),
    account('viewer', '只读用户（演示）', 'viewer', 'district'),
    ...planDemoFieldAccounts(d, beat.code, worker?.id ?? null),
  ];
}

/**
 * How many beats have a demo officer account (officer01 …) and a saved demo route: enough units for a lively wall,
 * while planning a route per beat costs the seed ~0.14 s of CPU each (PGlite), so not all 47 of the demo's beats.
 */
export const demoFieldBeats = 16;

/**
 * The field units `npm run simulate` walks, logged in as phones are (issue 16): the community officers of the next
 * beats (officer02, officer03, … in beat order; officer01 has the first grid's beat) and a grid worker of each of those
 * beats (worker002, …; worker001 works in the first grid). Each is tied to its person, so dosage counts it as police
 * or grid staff by its role and the wall names it as that person.
 */
export function planDemoFieldAccounts(d: DemoDataset, firstBeatCode: string, firstWorkerId: string | null): DemoAccount[] {
  const accounts: DemoAccount[] = [];
  let n = 1;
  let w = 1;
  for (const beat of d.beats) {
    if (n >= demoFieldBeats) break;
    if (beat.code === firstBeatCode) continue;
    n++;
    accounts.push({ username: `officer${String(n).padStart(2, '0')}`, displayName: `${beat.name} 社区民警（演示）`, role: 'officer', scopeKind: 'beat', scopeCodes: [beat.code], personId: beat.officerId });
    const grids = new Set(beat.gridCodes);
    const worker = d.people.find((p) => p.role === 'grid_worker' && p.gridCode !== null && grids.has(p.gridCode) && p.id !== firstWorkerId);
    const grid = worker && d.grids.find((g) => g.code === worker.gridCode);
    if (worker && grid) {
      accounts.push({ username: `worker${String(++w).padStart(3, '0')}`, displayName: `${grid.name} 网格员（演示）`, role: 'grid_worker', scopeKind: 'grids', scopeCodes: [grid.code], personId: worker.id });
    }
  }
  return accounts;
}

export interface DemoCredentials {
  password: string;
  passwordGenerated: boolean;
  wallToken: string;
}

const col = (name: string, type: JsonColumn['type']): JsonColumn => ({ name, type });

/**
 * Replaces the demo accounts (is_demo) and their sessions, and issues a demo wall-display token.
 * Accounts an administrator created are kept, without their link to a staff record (the seed replaced those).
 * The password is DEMO_PASSWORD or a random one.
 */
export async function seedDemoAccounts(db: Db, accounts: DemoAccount[], demoPassword?: string): Promise<DemoCredentials> {
  const password = demoPassword ?? randomBytes(9).toString('base64url');
  await db.execute(sql`DELETE FROM sessions WHERE username IN (SELECT username FROM users WHERE is_demo) OR wall_token_id IN (SELECT id FROM wall_tokens WHERE created_by = ${demoSeedAuthor})`);
  await db.execute(sql`DELETE FROM users WHERE is_demo`);
  // The seed replaced every staff record: a kept account's link named one of the old ones, so it is linked again by hand.
  await db.execute(sql`UPDATE users SET person_id = NULL WHERE person_id IS NOT NULL`);
  await db.execute(sql`UPDATE wall_tokens SET revoked_at = now() WHERE created_by = ${demoSeedAuthor} AND revoked_at IS NULL`);
  // One hash for all: they share the password, and an argon2 hash each (~120 ms) would add ~11 s for the field accounts.
  const passwordHash = await hashPassword(password);
  const rows = accounts.map((a) => ({ ...a, display_name: a.displayName, scope_kind: a.scopeKind, scope_codes: a.scopeCodes, person_id: a.personId, password_hash: passwordHash, is_demo: true }));
  await insertJsonRows(db, 'users', [
    col('username', 'text'), col('display_name', 'text'), col('role', 'text'), col('scope_kind', 'text'), col('scope_codes', 'jsonb'),
    col('person_id', 'text'), col('password_hash', 'text'), col('is_demo', 'bool'),
  ], rows);
  const wallToken = newToken();
  await db.execute(sql`INSERT INTO wall_tokens (id, name, token_hash, created_by)
    VALUES (gen_random_uuid()::text, '指挥中心大屏（演示）', ${hashToken(wallToken)}, ${demoSeedAuthor})`);
  return { password, passwordGenerated: demoPassword === undefined, wallToken };
}
