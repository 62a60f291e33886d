import { sql, type AnyColumn } from 'drizzle-orm';

/**
 * A column's bare name, for the places SQL forbids a qualified one: the left side of `SET` and an
 * INSERT's column list. `${table.column}` would render "table"."column" there.
 */
export const bare = (column: AnyColumn) => sql.identifier(column.name);

/** SQL: codes as a text[] parameter. */
export const textArraySql = (codes: readonly string[]) => sql`ARRAY[${sql.join(codes.map((c) => sql`${c}`), sql`, `)}]::text[]`;

/**
 * The precision grid of overlays that cut planner geometry (territories, redrawn outlines, overlaps), degrees: 1e-10°
 * ≈ 0.01 mm, far inside the tiling checks' tolerance. Given a grid, GEOS snap-rounds at once; without one it tries
 * exact arithmetic and retries snapped when that fails, by an exception, which the embedded engine's WebAssembly
 * build does not survive: the statement fails on PGlite where it succeeds on PostgreSQL (it answered no rows before
 * pglite-lost-errors.ts raised it; a merged grid was published as nothing, planner-publish.test.ts). Pass it as
 * ST_Intersection's third argument and ST_Union's second.
 */
export const overlayGridSize = sql.raw('1e-10');
