import { eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../core/contracts/auth';
import type { PlannerArea } from '../../../core/contracts/planner';
import { gridInScope } from '../../auth/scope-sql';
import type { Db } from '../engine';
import { communities, grids, streets } from '../schema';

/**
 * The planning rule as an aggregate over an area's grids: true when every one lies in the scope (planning redraws all
 * of an area's grids, so a planner may open only an area wholly inside their jurisdiction). The area list and the
 * routes' guard both read it from here.
 */
export function allGridsInScope(gridCode: SQL | AnyColumn, scope: Scope): SQL<boolean> {
  return sql<boolean>`coalesce(bool_and(${gridInScope(gridCode, scope)}), false)`;
}

/**
 * A planning area (a street, or a community) by name, and whether the scope holds every grid in it (allGridsInScope).
 * Null when the code names no area with grids (the routes answer that as before).
 */
export async function findPlanningAreaScope(db: Db, area: Pick<PlannerArea, 'kind' | 'code'>, scope: Scope): Promise<{ name: string; inScope: boolean } | null> {
  const inArea = area.kind === 'street' ? eq(grids.streetCode, area.code) : eq(grids.communityCode, area.code);
  const name = area.kind === 'street'
    ? sql<string>`(SELECT ${streets.name} FROM ${streets} WHERE ${streets.code} = ${area.code})`
    : sql<string>`(SELECT ${communities.shortName} FROM ${communities} WHERE ${communities.code} = ${area.code})`;
  const [r] = await db
    .select({ grids: sql<number>`count(*)::int`, name, inScope: allGridsInScope(grids.code, scope) })
    .from(grids)
    .where(inArea);
  return r && Number(r.grids) > 0 ? { name: r.name, inScope: r.inScope === true } : null;
}
