import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/engine';

// Counted per name whether or not the account exists, so a lock-out says nothing about existence.
export const throttle = { windowMinutes: 15, maxFailuresPerName: 5, maxFailuresPerAddress: 20, lockMinutes: 15 };

export async function isLoginThrottled(db: Db, username: string, ip: string): Promise<boolean> {
  const [r] = await queryRows<{ by_name: number; by_ip: number; locked: boolean }>(
    db,
    sql`SELECT
      (SELECT count(*)::int FROM login_attempts WHERE username = ${username} AND NOT success
         AND at > now() - make_interval(mins => ${throttle.windowMinutes})) AS by_name,
      (SELECT count(*)::int FROM login_attempts WHERE ip = ${ip} AND NOT success
         AND at > now() - make_interval(mins => ${throttle.windowMinutes})) AS by_ip,
      EXISTS (SELECT 1 FROM users WHERE username = ${username} AND locked_until > now()) AS locked`,
  );
  return r.locked || Number(r.by_name) >= throttle.maxFailuresPerName || Number(r.by_ip) >= throttle.maxFailuresPerAddress;
}

export async function recordLoginAttempt(db: Db, username: string, ip: string, success: boolean) {
  await db.execute(sql`INSERT INTO login_attempts (username, ip, success) VALUES (${username}, ${ip}, ${success})`);
  if (!success) {
    await db.execute(sql`UPDATE users SET locked_until = now() + make_interval(mins => ${throttle.lockMinutes})
      WHERE username = ${username} AND (SELECT count(*) FROM login_attempts WHERE username = ${username} AND NOT success
        AND at > now() - make_interval(mins => ${throttle.windowMinutes})) >= ${throttle.maxFailuresPerName}`);
  }
}
