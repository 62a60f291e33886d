import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { users, wallTokens } from '../schema';

/** The author recorded on rows the demo seed writes itself (routes, tasks, the wall token), not a login. */
export const demoSeedAuthor = 'demo-seed';

/**
 * SQL: whom a row's author column (a username) shows as — the account's display name, a wall display's session
 * ('wall:<id>') as its token's name (大屏令牌「指挥中心」), '演示数据' (demo data) for the seed, or the username of an
 * account since deleted. Lists showed the login name ('patrol', 'demo-seed'), which a reader cannot place.
 * Null for a null username. Drizzle writes a one-table select's columns bare: pass a column of a table that has a
 * `username` column qualified (audit.repo.ts), or the subquery reads the users table's own.
 */
export function authorNameOf(username: SQLWrapper): SQL<string> {
  return sql<string>`COALESCE((SELECT ${users.displayName} FROM ${users} WHERE ${users.username} = ${username}),
    CASE WHEN ${username} LIKE 'wall:%' THEN (SELECT '大屏令牌「' || ${wallTokens.name} || '」' FROM ${wallTokens} WHERE 'wall:' || ${wallTokens.id} = ${username}) END,
    CASE WHEN ${username} = ${demoSeedAuthor} THEN '演示数据' ELSE ${username} END)`;
}
