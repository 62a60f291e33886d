import { and, eq, gt, not, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/engine';
import { loginAttempts, users } from '../db/schema';

// Counted per name whether or not the account exists, so a lock-out says nothing about existence.
export const throttle = { windowMinutes: 15, maxFailuresPerName: 5, maxFailuresPerAddress: 20, lockMinutes: 15 };

const withinWindow = () => gt(loginAttempts.at, sql`now() - make_interval(mins => ${throttle.windowMinutes})`);

export async function isLoginThrottled(db: Db, username: string, ip: string): Promise<boolean> {
  const [r] = await queryRows<{ by_name: number; by_ip: number; locked: boolean }>(
    db,
    sql`SELECT
      (SELECT count(*)::int FROM ${loginAttempts} WHERE ${loginAttempts.username} = ${username} AND NOT ${loginAttempts.success} AND ${withinWindow()}) AS by_name,
      (SELECT count(*)::int FROM ${loginAttempts} WHERE ${loginAttempts.ip} = ${ip} AND NOT ${loginAttempts.success} AND ${withinWindow()}) AS by_ip,
      EXISTS (SELECT 1 FROM ${users} WHERE ${users.username} = ${username} AND ${users.lockedUntil} > now()) AS locked`,
  );
  return r.locked || Number(r.by_name) >= throttle.maxFailuresPerName || Number(r.by_ip) >= throttle.maxFailuresPerAddress;
}

/** Forgets the name's failed attempts: an administrator set a new password, and its holder must be able to sign in now. */
export async function forgetFailedLogins(db: Db, username: string) {
  await db.delete(loginAttempts).where(and(eq(loginAttempts.username, username), not(loginAttempts.success)));
}

export async function recordLoginAttempt(db: Db, username: string, ip: string, success: boolean) {
  await db.insert(loginAttempts).values({ username, ip, success });
  if (!success) {
    const failures = db.$count(loginAttempts, and(eq(loginAttempts.username, username), not(loginAttempts.success), withinWindow()));
    await db
      .update(users)
      .set({ lockedUntil: sql`now() + make_interval(mins => ${throttle.lockMinutes})` })
      .where(and(eq(users.username, username), sql`(${failures}) >= ${throttle.maxFailuresPerName}`));
  }
}
