import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { users } from '../schema';

/** The author recorded on rows the demo seed writes itself (routes, tasks, the wall token), not a login. */
export const demoSeedAuthor = 'demo-seed';

/**
 * SQL: whom a row's author column (a username) shows as — the account's display name, '演示数据' (demo data) for the
 * seed, or the username of an account since deleted. Lists showed the login name ('patrol', 'demo-seed'), which a
 * reader cannot place.
 */
export function authorNameOf(username: SQLWrapper): SQL<string> {
  return sql<string>`COALESCE((SELECT ${users.displayName} FROM ${users} WHERE ${users.username} = ${username}),
    CASE WHEN ${username} = ${demoSeedAuthor} THEN '演示数据' ELSE ${username} END)`;
}
