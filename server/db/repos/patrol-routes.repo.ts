/**
 * Saved patrol routes (巡防路线, issue 6, part 4): a plan as the planner answered it, named and assigned to a beat,
 * station or officer by id (patrol-assignees.repo.ts). A route belongs to the scope of its station (or, without one,
 * of its start point), and every read and delete applies the caller's scope.
 */
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../core/contracts/auth';
import { plannedEndOf, type SavePatrolRoute, type SavedPatrolRoute } from '../../../core/contracts/patrol';
import type { Db } from '../engine';
import { patrolRoutes } from '../schema';
import { demoAccount } from './demo-account-sql';
import { assignedNameOf } from './patrol-assignees.repo';
import { pointInScope, stationInScope } from './patrol-candidates.repo';
import { authorNameOf } from './author-name-sql';
import { firstDayOnToday } from './route-on-day-sql';

const r = patrolRoutes;
type RouteRow = Omit<typeof r.$inferSelect, 'geom' | 'isDemo' | 'plan'> & { assignedName: string; createdByName: string; planMinutes: number; firstOnToday: string | null; plan?: unknown };

// Everything but the plan and the line: what a list shows.
const summaryColumns = {
  id: r.id, name: r.name, assignedTo: r.assignedTo, assignedName: sql<string>`${assignedNameOf(sql`${r.assignedTo}`)}`,
  stationCode: r.stationCode, mode: r.mode, windowStart: r.windowStart, windowEnd: r.windowEnd, weekdays: r.weekdays,
  budgetMin: r.budgetMin, dwellMin: r.dwellMin, planMinutes: sql<number>`(${r.plan}->>'minutes')::float8`, firstOnToday: firstDayOnToday, createdBy: r.createdBy, createdByName: authorNameOf(r.createdBy), createdAt: r.createdAt,
};

// postgres.js and PGlite both parse jsonb; a text answer (another driver) is parsed here.
const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

function toRoute(row: RouteRow): SavedPatrolRoute {
  return {
    id: row.id,
    name: row.name,
    assignedTo: row.assignedTo,
    assignedName: row.assignedName,
    stationCode: row.stationCode,
    mode: row.mode,
    window: { start: row.windowStart, end: row.windowEnd },
    weekdays: json<number[]>(row.weekdays),
    budgetMin: Number(row.budgetMin),
    dwellMin: Number(row.dwellMin),
    plannedEnd: plannedEndOf(row.windowStart, Number(row.planMinutes)),
    firstOnToday: row.firstOnToday,
    createdBy: row.createdBy,
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    ...(row.plan !== undefined ? { plan: json<SavedPatrolRoute['plan']>(row.plan) } : {}),
  };
}

/** SQL: a route is in the scope — its station's, or without a station its start point's. */
export function routeInScope(scope: Scope): SQL {
  return sql`(CASE WHEN ${r.stationCode} IS NOT NULL THEN ${stationInScope(sql`${r.stationCode}`, scope)}
    ELSE ${pointInScope(sql`ST_StartPoint(${r.geom})`, scope)} END)`;
}

/**
 * Saves a route (the caller has checked that its start is in scope); the plan keeps the start point and mandatory stops.
 * It is demo data when `isDemo` says so (the seed's routes) or else when a demo account saved it.
 */
export async function createPatrolRoute(db: Db, input: SavePatrolRoute, username: string, startName: string | null = null, isDemo?: boolean): Promise<SavedPatrolRoute> {
  const plan = {
    ...input.plan,
    ...(input.start ? { start: input.start, startName } : {}),
    ...(input.mandatory ? { mandatory: input.mandatory } : {}),
  };
  const [row] = await db.insert(r).values({
    name: input.name, stationCode: input.stationCode ?? null, assignedTo: input.assignedTo, mode: input.mode,
    windowStart: input.window.start, windowEnd: input.window.end, weekdays: input.weekdays ?? [1, 2, 3, 4, 5, 6, 7],
    budgetMin: input.budgetMin, dwellMin: Math.round(input.dwellMin), plan,
    geom: sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(input.plan.geometry)}), 4326)`, createdBy: username,
    isDemo: isDemo ?? demoAccount(username),
  }).returning({ ...summaryColumns, plan: r.plan });
  return toRoute(row);
}

/** Routes in the caller's scope, newest first, without their plans. */
export async function listPatrolRoutes(db: Db, scope: Scope): Promise<SavedPatrolRoute[]> {
  const rows = await db.select(summaryColumns).from(r).where(routeInScope(scope)).orderBy(desc(r.createdAt), r.id);
  return rows.map(toRoute);
}

/** One route with its plan, or null when there is none with this id in the caller's scope. */
export async function findPatrolRoute(db: Db, id: string, scope: Scope): Promise<SavedPatrolRoute | null> {
  const [row] = await db.select({ ...summaryColumns, plan: r.plan }).from(r).where(and(eq(r.id, id), routeInScope(scope)));
  return row ? toRoute(row) : null;
}

/** Deletes a route in the caller's scope; false when there is none. */
export async function deletePatrolRoute(db: Db, id: string, scope: Scope): Promise<boolean> {
  const rows = await db.delete(r).where(and(eq(r.id, id), routeInScope(scope))).returning({ id: r.id });
  return rows.length > 0;
}
