import { and, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import type { CollectionTask, NewTask } from '../../../core/contracts/registry';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { buildings, collectionTasks, grids, people } from '../schema';
import { isoText, localToday } from './registry-sql';
import { authorNameOf } from './author-name-sql';
import { buildingLabelOf } from './building-label-sql';

const t = alias(collectionTasks, 't');
const p = alias(people, 'p');
const g = alias(grids, 'g');

const taskColumns = sql`${t.id}::text AS id, ${t.gridCode} AS "gridCode", ${g.name} AS "gridName", ${t.buildingCode} AS "buildingCode", ${buildingLabelOf(t.buildingCode)} AS "buildingName",
  ${t.assignee}, ${p.name} AS "assigneeName", ${t.note}, ${t.dueOn}::text AS "dueOn", ${t.status},
  (${t.status} = 'open' AND ${t.dueOn} < ${localToday}) AS overdue, ${t.createdBy} AS "createdBy", ${authorNameOf(t.createdBy)} AS "createdByName",
  ${isoText(t.createdAt)} AS "createdAt", ${isoText(t.doneAt)} AS "doneAt"`;
const taskFrom = sql`${collectionTasks} ${t} LEFT JOIN ${people} ${p} ON ${p.id} = ${t.assignee}
  LEFT JOIN ${grids} ${g} ON ${g.code} = ${t.gridCode}`;

export interface TaskFilter {
  grid?: string;
  building?: string;
  status?: CollectionTask['status'];
  assignee?: string;
}

/** Collection tasks of the caller's jurisdiction, open ones first, then by due date. */
export async function listTasks(db: Db, f: TaskFilter, scope: Scope): Promise<CollectionTask[]> {
  const parts: SQL[] = [gridInScope(t.gridCode, scope)];
  if (f.grid) parts.push(sql`${t.gridCode} = ${f.grid}`);
  if (f.building) parts.push(sql`${t.buildingCode} = ${f.building}`);
  if (f.status) parts.push(sql`${t.status} = ${f.status}`);
  if (f.assignee) parts.push(sql`${t.assignee} = ${f.assignee}`);
  return queryRows<CollectionTask>(
    db,
    sql`SELECT ${taskColumns} FROM ${taskFrom} WHERE ${sql.join(parts, sql` AND `)}
      ORDER BY (${t.status} = 'open') DESC, ${t.dueOn}, ${t.createdAt} LIMIT 1000`,
  );
}

export type TaskOutcome =
  | { ok: true; task: CollectionTask }
  | { ok: false; reason: 'grid_not_found' | 'building_not_in_grid' | 'not_a_worker' | 'due_in_past' };

/**
 * Gives a building (or a whole grid) to one of the grid's workers to check by a date. The grid must lie in the
 * caller's jurisdiction, the building in the grid, the assignee be a grid worker of the grid, the due date not past.
 */
export async function createTask(db: Db, input: NewTask, scope: Scope, username: string): Promise<TaskOutcome> {
  const [check] = await queryRows<{ grid: boolean; building: boolean; worker: boolean; past: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM ${grids} ${g} WHERE ${g.code} = ${input.gridCode} AND ${gridInScope(g.code, scope)}) AS grid,
      ${input.buildingCode ?? null}::text IS NULL OR EXISTS (SELECT 1 FROM ${buildings}
        WHERE ${buildings.code} = ${input.buildingCode ?? null} AND ${buildings.gridCode} = ${input.gridCode}) AS building,
      EXISTS (SELECT 1 FROM ${people} WHERE ${people.id} = ${input.assignee} AND ${people.role} = 'grid_worker' AND ${people.gridCode} = ${input.gridCode}) AS worker,
      ${input.dueOn}::date < ${localToday} AS past`,
  );
  if (!check.grid) return { ok: false, reason: 'grid_not_found' };
  if (!check.building) return { ok: false, reason: 'building_not_in_grid' };
  if (!check.worker) return { ok: false, reason: 'not_a_worker' };
  if (check.past) return { ok: false, reason: 'due_in_past' };
  const [{ id }] = await db.insert(collectionTasks).values({
    gridCode: input.gridCode, buildingCode: input.buildingCode ?? null, assignee: input.assignee, note: input.note, dueOn: input.dueOn,
    status: 'open', createdBy: username,
  }).returning({ id: collectionTasks.id });
  const [task] = await queryRows<CollectionTask>(db, sql`SELECT ${taskColumns} FROM ${taskFrom} WHERE ${t.id} = ${id}`);
  return { ok: true, task };
}

/** Cancels an open task of the caller's jurisdiction; 'not_found' also when it lies outside it. */
export async function cancelTask(db: Db, id: string, scope: Scope): Promise<{ ok: true; task: CollectionTask } | { ok: false; reason: 'not_found' | 'not_open' }> {
  const [row] = await db.select({ status: t.status }).from(t).where(and(eq(t.id, id), gridInScope(t.gridCode, scope)));
  if (!row) return { ok: false, reason: 'not_found' };
  // The status is checked again in the UPDATE: a visit closing the task meanwhile wins.
  const done = await db.update(collectionTasks).set({ status: 'cancelled', doneAt: sql`now()` })
    .where(and(eq(collectionTasks.id, id), eq(collectionTasks.status, 'open'))).returning({ id: collectionTasks.id });
  if (done.length === 0) return { ok: false, reason: 'not_open' };
  const [task] = await queryRows<CollectionTask>(db, sql`SELECT ${taskColumns} FROM ${taskFrom} WHERE ${t.id} = ${id}`);
  return { ok: true, task };
}
