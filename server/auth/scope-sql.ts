import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../core/contracts/auth';
import { beatGrids, beats, grids } from '../db/schema';

// Short names of the subqueries' own tables; an inner alias hides an outer one of the same name, as SQL scopes them.
const bg = alias(beatGrids, 'bg');
const b = alias(beats, 'b');
const sb = alias(beats, 'sb');

const list = (codes: string[]) => sql.join(codes.map((c) => sql`${c}`), sql`, `);

/**
 * A SQL condition that holds when `gridCode` (a column expression) lies in the user's jurisdiction:
 * scope is enforced by the database query itself, never by filtering in the client.
 * An empty list of codes matches nothing.
 */
export function gridInScope(gridCode: SQL | AnyColumn, scope: Scope): SQL {
  if (scope.kind === 'district') return sql`TRUE`;
  if (scope.codes.length === 0) return sql`FALSE`;
  switch (scope.kind) {
    case 'street':
      return sql`${gridCode} IN (SELECT ${grids.code} FROM ${grids} WHERE ${grids.streetCode} IN (${list(scope.codes)}))`;
    case 'station':
      return sql`${gridCode} IN (SELECT ${bg.gridCode} FROM ${beatGrids} ${bg} JOIN ${beats} ${b} ON ${b.code} = ${bg.beatCode}
        WHERE ${b.stationCode} IN (${list(scope.codes)}))`;
    case 'beat':
      return sql`${gridCode} IN (SELECT ${beatGrids.gridCode} FROM ${beatGrids} WHERE ${beatGrids.beatCode} IN (${list(scope.codes)}))`;
    case 'grids':
      return sql`${gridCode} IN (${list(scope.codes)})`;
  }
}

/** A SQL condition that holds when the beat `beatCode` docks a grid of the user's jurisdiction (every beat for the district). */
export function beatInScope(beatCode: SQL | AnyColumn, scope: Scope): SQL {
  if (scope.kind === 'district') return sql`TRUE`;
  return sql`EXISTS (SELECT 1 FROM ${beatGrids} ${bg} WHERE ${bg.beatCode} = ${beatCode} AND ${gridInScope(bg.gridCode, scope)})`;
}

/** A SQL condition that holds when the station `stationCode` has a beat over a grid of the user's jurisdiction. */
export function stationInScope(stationCode: SQL | AnyColumn, scope: Scope): SQL {
  if (scope.kind === 'district') return sql`TRUE`;
  return sql`EXISTS (SELECT 1 FROM ${beats} ${sb} JOIN ${beatGrids} ${bg} ON ${bg.beatCode} = ${sb.code}
    WHERE ${sb.stationCode} = ${stationCode} AND ${gridInScope(bg.gridCode, scope)})`;
}
