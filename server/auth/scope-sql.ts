import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Scope } from '../../core/contracts/auth';

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
      return sql`${gridCode} IN (SELECT code FROM grids WHERE street_code IN (${list(scope.codes)}))`;
    case 'station':
      return sql`${gridCode} IN (SELECT bg.grid_code FROM beat_grids bg JOIN beats b ON b.code = bg.beat_code
        WHERE b.station_code IN (${list(scope.codes)}))`;
    case 'beat':
      return sql`${gridCode} IN (SELECT grid_code FROM beat_grids WHERE beat_code IN (${list(scope.codes)}))`;
    case 'grids':
      return sql`${gridCode} IN (${list(scope.codes)})`;
  }
}

/** A SQL condition that holds when the beat `beatCode` docks a grid of the user's jurisdiction (every beat for the district). */
export function beatInScope(beatCode: SQL | AnyColumn, scope: Scope): SQL {
  if (scope.kind === 'district') return sql`TRUE`;
  return sql`EXISTS (SELECT 1 FROM beat_grids bg WHERE bg.beat_code = ${beatCode} AND ${gridInScope(sql`bg.grid_code`, scope)})`;
}

/** A SQL condition that holds when the station `stationCode` has a beat over a grid of the user's jurisdiction. */
export function stationInScope(stationCode: SQL | AnyColumn, scope: Scope): SQL {
  if (scope.kind === 'district') return sql`TRUE`;
  return sql`EXISTS (SELECT 1 FROM beats sb JOIN beat_grids bg ON bg.beat_code = sb.code
    WHERE sb.station_code = ${stationCode} AND ${gridInScope(sql`bg.grid_code`, scope)})`;
}
