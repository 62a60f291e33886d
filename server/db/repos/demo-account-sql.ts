import { sql, type SQL } from 'drizzle-orm';
import { users } from '../schema';

/**
 * SQL: whether `username` is a demo account (users.is_demo). A row a demo account writes through the API (a patrol, a
 * check-in, a report, a saved route) is demo data like the seed's, so that it can be told apart and cleared with it.
 */
export function demoAccount(username: string): SQL<boolean> {
  return sql<boolean>`COALESCE((SELECT ${users.isDemo} FROM ${users} WHERE ${users.username} = ${username}), false)`;
}
