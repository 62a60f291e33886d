/**
 * Whom a patrol route may be assigned to (issue 12): the beats and stations of the caller's scope and the community
 * officers of those beats, each by an id ('beat:PS01-J01', 'station:PS01', 'officer:P00123') and a name to show.
 */
import { sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import type { AssigneeKind, PatrolAssignee } from '../../../core/contracts/patrol';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { beatGrids, beats, people, stations } from '../schema';
import { stationInScope } from './patrol-candidates.repo';

const bg = alias(beatGrids, 'bg');
const b = alias(beats, 'b');
const s = alias(stations, 's');
const p = alias(people, 'p');

/** SQL: the beat `code` docks a grid of the scope. */
function beatInScope(code: SQL | typeof b.code, scope: Scope): SQL {
  if (scope.kind === 'district') return sql`TRUE`;
  return sql`EXISTS (SELECT 1 FROM ${beatGrids} ${bg} WHERE ${bg.beatCode} = ${code} AND ${gridInScope(bg.gridCode, scope)})`;
}

/**
 * Every assignee as rows of (id, kind, name, station_code, in_scope). An officer is named with their beat so two
 * officers of one name can be told apart.
 */
function allAssignees(scope: Scope): SQL {
  return sql`SELECT 'beat:' || ${b.code} AS id, 'beat' AS kind, ${b.name}, ${b.stationCode} AS station_code, ${beatInScope(b.code, scope)} AS in_scope,
        1 AS rank, ${b.code} AS sort_key
      FROM ${beats} ${b}
    UNION ALL
    SELECT 'station:' || ${s.code}, 'station', ${s.name}, ${s.code}, ${stationInScope(sql`${s.code}`, scope)}, 0, ${s.code}
      FROM ${stations} ${s}
    UNION ALL
    SELECT 'officer:' || ${p.id}, 'officer', ${p.name} || '（' || ${b.name} || ' 社区民警）', ${b.stationCode}, ${beatInScope(b.code, scope)}, 2, ${b.code}
      FROM ${beats} ${b} JOIN ${people} ${p} ON ${p.id} = ${b.officerId}`;
}

interface AssigneeRow {
  id: string;
  kind: AssigneeKind;
  name: string;
  station_code: string;
  in_scope: boolean;
}

const toAssignee = (r: AssigneeRow): PatrolAssignee => ({ id: r.id, kind: r.kind, name: r.name, stationCode: r.station_code });

/** The assignees of the caller's scope: stations, then beats, then officers, each by code. */
export async function listPatrolAssignees(db: Db, scope: Scope): Promise<PatrolAssignee[]> {
  const rows = await queryRows<AssigneeRow>(db, sql`SELECT a.* FROM (${allAssignees(scope)}) a WHERE a.in_scope ORDER BY a.rank, a.sort_key, a.id`);
  return rows.map(toAssignee);
}

/** `name`: whom a refusal names (a beat, station or officer outside the scope is still named, not shown by its id). */
export type FindAssigneeResult = { ok: true; assignee: PatrolAssignee } | { ok: false; reason: 'unknown_assignee' } | { ok: false; reason: 'outside_scope'; name: string };

/** One assignee by id, checked against the caller's scope. */
export async function findPatrolAssignee(db: Db, id: string, scope: Scope): Promise<FindAssigneeResult> {
  const [row] = await queryRows<AssigneeRow>(db, sql`SELECT a.* FROM (${allAssignees(scope)}) a WHERE a.id = ${id}`);
  if (!row) return { ok: false, reason: 'unknown_assignee' };
  if (!row.in_scope) return { ok: false, reason: 'outside_scope', name: row.name };
  return { ok: true, assignee: toAssignee(row) };
}

/**
 * SQL: the name to show for a saved route's `assigned_to`: the assignee's name, or the text itself for a route saved
 * before assignees had ids (or whose beat or officer has gone).
 */
export function assignedNameOf(assignedTo: SQL): SQL {
  return sql`COALESCE((SELECT a.name FROM (${allAssignees({ kind: 'district', codes: [] })}) a WHERE a.id = ${assignedTo}), ${assignedTo})`;
}
