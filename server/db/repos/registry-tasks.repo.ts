import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../core/contracts/auth';
import type { CollectionTask, NewTask } from '../../../core/contracts/registry';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { isoText, localToday } from './registry-sql';


const taskColumns = sql`t.id::text AS id, t.grid_code AS "gridCode", t.building_code AS "buildingCode", b.name AS "buildingName",
  t.assignee, p.name AS "assigneeName", t.note, t.due_on::text AS "dueOn", t.status,
  (t.status = 'open' AND t.due_on < ${localToday}) AS overdue, t.created_by AS "createdBy",
  ${isoText(sql`t.created_at`)} AS "createdAt", ${isoText(sql`t.done_at`)} AS "doneAt"`;
const taskFrom = sql`collection_tasks t LEFT JOIN buildings b ON b.code = t.building_code LEFT JOIN people p ON p.id = t.assignee`;

export interface TaskFilter {
  grid?: string;
  building?: string;
  status?: CollectionTask['status'];
  assignee?: string;
}

/** Collection tasks of the caller's jurisdiction, open ones first, then by due date. */
export async function listTasks(db: Db, f: TaskFilter, scope: Scope): Promise<CollectionTask[]> {
  const parts: SQL[] = [gridInScope(sql`t.grid_code`, scope)];
  if (f.grid) parts.push(sql`t.grid_code = ${f.grid}`);
  if (f.building) parts.push(sql`t.building_code = ${f.building}`);
  if (f.status) parts.push(sql`t.status = ${f.status}`);
  if (f.assignee) parts.push(sql`t.assignee = ${f.assignee}`);
  return queryRows<CollectionTask>(
    db,
    sql`SELECT ${taskColumns} FROM ${taskFrom} WHERE ${sql.join(parts, sql` AND `)}
      ORDER BY (t.status = 'open') DESC, t.due_on, t.created_at LIMIT 1000`,
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
    sql`SELECT EXISTS (SELECT 1 FROM grids g WHERE g.code = ${input.gridCode} AND ${gridInScope(sql`g.code`, scope)}) AS grid,
      ${input.buildingCode ?? null}::text IS NULL OR EXISTS (SELECT 1 FROM buildings WHERE code = ${input.buildingCode ?? null} AND grid_code = ${input.gridCode}) AS building,
      EXISTS (SELECT 1 FROM people WHERE id = ${input.assignee} AND role = 'grid_worker' AND grid_code = ${input.gridCode}) AS worker,
      ${input.dueOn}::date < ${localToday} AS past`,
  );
  if (!check.grid) return { ok: false, reason: 'grid_not_found' };
  if (!check.building) return { ok: false, reason: 'building_not_in_grid' };
  if (!check.worker) return { ok: false, reason: 'not_a_worker' };
  if (check.past) return { ok: false, reason: 'due_in_past' };
  const [{ id }] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO collection_tasks (grid_code, building_code, assignee, note, due_on, status, created_by)
      VALUES (${input.gridCode}, ${input.buildingCode ?? null}, ${input.assignee}, ${input.note}, ${input.dueOn}, 'open', ${username})
      RETURNING id::text AS id`,
  );
  const [task] = await queryRows<CollectionTask>(db, sql`SELECT ${taskColumns} FROM ${taskFrom} WHERE t.id = ${id}`);
  return { ok: true, task };
}

/** Cancels an open task of the caller's jurisdiction; 'not_found' also when it lies outside it. */
export async function cancelTask(db: Db, id: string, scope: Scope): Promise<{ ok: true; task: CollectionTask } | { ok: false; reason: 'not_found' | 'not_open' }> {
  const [row] = await queryRows<{ status: string }>(
    db, sql`SELECT status FROM collection_tasks t WHERE t.id = ${id} AND ${gridInScope(sql`t.grid_code`, scope)}`,
  );
  if (!row) return { ok: false, reason: 'not_found' };
  // The status is checked again in the UPDATE: a visit closing the task meanwhile wins.
  const done = await queryRows(db, sql`UPDATE collection_tasks SET status = 'cancelled', done_at = now() WHERE id = ${id} AND status = 'open' RETURNING 1`);
  if (done.length === 0) return { ok: false, reason: 'not_open' };
  const [task] = await queryRows<CollectionTask>(db, sql`SELECT ${taskColumns} FROM ${taskFrom} WHERE t.id = ${id}`);
  return { ok: true, task };
}
