import type { Context } from 'hono';
import type { PlannerArea } from '../../../core/contracts/planner';
import { readJurisdiction } from '../../db/repos/jurisdiction.repo';
import { findPlan } from '../../db/repos/planner-drafts.repo';
import { findPlanningAreaScope } from '../../db/repos/planner-scope.repo';
import { apiError } from '../../i18n/messages';
import type { AppEnv } from '../context';

type Area = Pick<PlannerArea, 'kind' | 'code'>;

/**
 * 403 naming the area and the caller's jurisdiction when the area has a grid outside it (planning redraws every grid
 * of an area); null when it may be planned, or when no area has the code (the route answers that as it did). The
 * planner's own list names every area it offers, so naming one outside it reveals nothing new.
 */
export async function refuseAreaOutside(c: Context<AppEnv>, area: Area | null): Promise<Response | null> {
  const { db } = c.var.database;
  const scope = c.var.user!.scope;
  if (scope.kind === 'district') return null;
  // A plan over no named area (the first published plan, seeded for the whole district) is the whole district's.
  const found = area ? await findPlanningAreaScope(db, area, scope) : { name: null, inScope: false };
  if (found === null || found.inScope) return null;
  const { names } = await readJurisdiction(db, scope);
  const key = found.name === null ? 'planner_district_outside_scope' : 'planner_area_outside_scope';
  return c.json(apiError(c, 'forbidden', key, { area: found.name ?? '', jurisdiction: names.length ? names : '—' }), 403);
}

/** refuseAreaOutside for the area of plan `id`; null also when there is no such plan (the route answers 404). */
export async function refusePlanOutside(c: Context<AppEnv>, id: string): Promise<Response | null> {
  const plan = await findPlan(c.var.database.db, id);
  if (!plan) return null;
  return refuseAreaOutside(c, plan.areaKind && plan.areaCode ? { kind: plan.areaKind, code: plan.areaCode } : null);
}
