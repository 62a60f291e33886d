import { sql, type SQL } from 'drizzle-orm';
import { patrolRoutes } from '../schema';

const r = patrolRoutes;

/**
 * SQL: whether a route's shift is on at local day of `at` — it runs on that weekday (1 = Monday), or it is a night
 * shift (23:00–03:00: its end before its start) that began yesterday and has not ended yet. Friday's night shift is
 * Saturday's work until 03:00; a Monday-to-Friday night route does not vanish at midnight on Saturday. `at` is a
 * moment, or SQL giving one (a series of days).
 */
export function routeOnAt(at: Date | SQL) {
  const local = sql`((${at instanceof Date ? at.toISOString() : at})::timestamptz AT TIME ZONE 'Asia/Shanghai')`;
  const weekday = (days: SQL) => sql`${r.weekdays} @> to_jsonb(${days})`;
  return sql`(${weekday(sql`EXTRACT(ISODOW FROM ${local})::int`)}
    OR (${r.windowEnd} < ${r.windowStart} AND to_char(${local}, 'HH24:MI') < ${r.windowEnd}
        AND ${weekday(sql`EXTRACT(ISODOW FROM ${local} - interval '1 day')::int`)}))`;
}

/**
 * SQL: the first local day ('YYYY-MM-DD'), from now on, on which a route is on 今日 (routeOnAt now, then on each of the
 * next seven days): a weekday route saved on a Sunday is there on Monday, and its planner is told so.
 */
export const firstDayOnToday = sql<string>`(SELECT to_char(t AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')
  FROM generate_series(now(), now() + interval '7 days', interval '1 day') AS t WHERE ${routeOnAt(sql`t`)} ORDER BY t LIMIT 1)`;
