import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Db } from '../../server/db/engine';
import { getTestDatabase, loginAs } from '../support/test-database';

let db: Db;
beforeAll(async () => {
  db = (await getTestDatabase()).db;
});

describe('the audit trail', () => {
  it('records every login with who, from where and the outcome', async () => {
    await loginAs('commander', '10.3.0.9');
    const [row] = await queryRows<{ username: string; role: string | null; ip: string; outcome: string; route: string }>(
      db,
      sql`SELECT username, role, ip, outcome, route FROM audit_log WHERE action = 'login' AND username = 'commander' ORDER BY id DESC LIMIT 1`,
    );
    // The role is known once the password is checked, though the session starts only after the row is noted.
    expect(row).toEqual({ username: 'commander', role: 'commander', ip: '10.3.0.9', outcome: 'success', route: '/api/auth/login' });
  });

  it.each([
    ['UPDATE', sql`UPDATE audit_log SET outcome = 'success'`],
    ['DELETE', sql`DELETE FROM audit_log`],
    ['TRUNCATE', sql`TRUNCATE audit_log`],
  ])('refuses %s in the database itself', async (_op, statement) => {
    const [before] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM audit_log`);
    expect(Number(before.n)).toBeGreaterThan(0);
    const error = await db.execute(statement).then(() => null, (e: unknown) => e as Error & { cause?: Error });
    // Drizzle wraps the database's error; the trigger's message is in the cause.
    expect(`${error?.message} ${error?.cause?.message}`).toMatch(/append-only/);
    const [after] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM audit_log`);
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('can be searched by an admin through the API', async () => {
    const admin = await loginAs('admin');
    const res = await admin.request('/api/admin/audit?action=login&username=commander');
    expect(res.status).toBe(200);
    const rows = (await res.json()) as { username: string; userName: string; action: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.username === 'commander' && r.action === 'login')).toBe(true);
    // Named as the users table names the account, not by the login alone.
    const [account] = await queryRows<{ display_name: string }>(db, sql`SELECT display_name FROM users WHERE username = 'commander'`);
    expect(new Set(rows.map((r) => r.userName))).toEqual(new Set([account.display_name]));
  });
});
