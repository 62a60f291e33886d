/**
 * Saved patrol routes (巡防路线, issue 6, part 4): a plan as the planner answered it, named and assigned to a beat,
 * station or officer by id (patrol-assignees.repo.ts). A route belongs to the scope of its station (or, without one,
 * of its start point), and every read and delete applies the caller's scope.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../core/contracts/auth';
import type { SavePatrolRoute, SavedPatrolRoute } from '../../../core/contracts/patrol';
import { queryRows, type Db } from '../engine';
import { assignedNameOf } from './patrol-assignees.repo';
import { pointInScope, stationInScope } from './patrol-candidates.repo';

interface RouteRow {
  id: string;
  name: string;
  assigned_to: string;
  assigned_name: string;
  station_code: string | null;
  mode: SavedPatrolRoute['mode'];
  window_start: string;
  window_end: string;
  weekdays: unknown;
  budget_min: number;
  dwell_min: number;
  created_by: string;
  created_at: string;
  plan?: unknown;
}

const summaryColumns = sql`r.id::text AS id, r.name, r.assigned_to, ${assignedNameOf(sql`r.assigned_to`)} AS assigned_name, r.station_code, r.mode, r.window_start, r.window_end, r.weekdays,
  r.budget_min, r.dwell_min, r.created_by, r.created_at::text AS created_at`;

// postgres.js and PGlite both parse jsonb; a text answer (another driver) is parsed here.
const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

function toRoute(r: RouteRow): SavedPatrolRoute {
  return {
    id: r.id,
    name: r.name,
    assignedTo: r.assigned_to,
    assignedName: r.assigned_name,
    stationCode: r.station_code,
    mode: r.mode,
    window: { start: r.window_start, end: r.window_end },
    weekdays: json<number[]>(r.weekdays),
    budgetMin: Number(r.budget_min),
    dwellMin: Number(r.dwell_min),
    createdBy: r.created_by,
    createdAt: new Date(r.created_at).toISOString(),
    ...(r.plan !== undefined ? { plan: json<SavedPatrolRoute['plan']>(r.plan) } : {}),
  };
}

/** SQL: route `r` is in the scope — its station's, or without a station its start point's. */
function routeInScope(scope: Scope): SQL {
  return sql`(CASE WHEN r.station_code IS NOT NULL THEN ${stationInScope(sql`r.station_code`, scope)}
    ELSE ${pointInScope(sql`ST_StartPoint(r.geom)`, scope)} END)`;
}

/** Saves a route (the caller has checked that its start is in scope); the plan keeps the start point and mandatory stops. */
export async function createPatrolRoute(db: Db, input: SavePatrolRoute, username: string): Promise<SavedPatrolRoute> {
  const plan = { ...input.plan, ...(input.start ? { start: input.start } : {}), ...(input.mandatory ? { mandatory: input.mandatory } : {}) };
  const [row] = await queryRows<RouteRow>(
    db,
    sql`INSERT INTO patrol_routes AS r (name, station_code, assigned_to, mode, window_start, window_end, weekdays, budget_min, dwell_min, plan, geom, created_by)
        VALUES (${input.name}, ${input.stationCode ?? null}, ${input.assignedTo}, ${input.mode}, ${input.window.start}, ${input.window.end},
          ${JSON.stringify(input.weekdays ?? [1, 2, 3, 4, 5, 6, 7])}::jsonb, ${input.budgetMin}, ${Math.round(input.dwellMin)},
          ${JSON.stringify(plan)}::jsonb, ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(input.plan.geometry)}), 4326), ${username})
        RETURNING ${summaryColumns}, r.plan`,
  );
  return toRoute(row);
}

/** Routes in the caller's scope, newest first, without their plans. */
export async function listPatrolRoutes(db: Db, scope: Scope): Promise<SavedPatrolRoute[]> {
  const rows = await queryRows<RouteRow>(db, sql`SELECT ${summaryColumns} FROM patrol_routes r WHERE ${routeInScope(scope)} ORDER BY r.created_at DESC, r.id`);
  return rows.map(toRoute);
}

/** One route with its plan, or null when there is none with this id in the caller's scope. */
export async function findPatrolRoute(db: Db, id: string, scope: Scope): Promise<SavedPatrolRoute | null> {
  const [row] = await queryRows<RouteRow>(db, sql`SELECT ${summaryColumns}, r.plan FROM patrol_routes r WHERE r.id = ${id} AND ${routeInScope(scope)}`);
  return row ? toRoute(row) : null;
}

/** Deletes a route in the caller's scope; false when there is none. */
export async function deletePatrolRoute(db: Db, id: string, scope: Scope): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(db, sql`DELETE FROM patrol_routes r WHERE r.id = ${id} AND ${routeInScope(scope)} RETURNING r.id::text AS id`);
  return rows.length > 0;
}
