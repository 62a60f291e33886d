import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { FRESH_DAYS } from '../../../core/contracts/registry';

/** A timestamp as ISO 8601 text on both engines (PGlite and postgres.js parse timestamps differently). */
export const isoText = (col: SQL | AnyColumn) => sql<string | null>`to_json(${col})#>>'{}'`;
/** Verified within FRESH_DAYS of now. */
export const isFresh = (col: SQL | AnyColumn) => sql`(${col} >= now() - make_interval(days => ${FRESH_DAYS}))`;
/** Today in Dazhou: due dates are local calendar dates. */
export const localToday = sql`(now() AT TIME ZONE 'Asia/Shanghai')::date`;
