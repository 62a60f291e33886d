import { sql, type AnyColumn } from 'drizzle-orm';

/**
 * A column's bare name, for the places SQL forbids a qualified one: the left side of `SET` and an
 * INSERT's column list. `${table.column}` would render "table"."column" there.
 */
export const bare = (column: AnyColumn) => sql.identifier(column.name);

/** SQL: codes as a text[] parameter. */
export const textArraySql = (codes: readonly string[]) => sql`ARRAY[${sql.join(codes.map((c) => sql`${c}`), sql`, `)}]::text[]`;
