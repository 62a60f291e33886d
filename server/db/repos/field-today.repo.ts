/**
 * The field app's today screen (issue 16): the caller's assigned patrol routes, open collection tasks, the
 * jurisdiction's buildings overdue for a check and open disputes, and today's meetings, each place by its name, never
 * by a code alone.
 */
import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import type { FieldToday, FieldTodayKeyPlace } from '../../../core/contracts/field';
import { plannedEndOf } from '../../../core/contracts/patrol';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { buildings, collectionTasks, communities, compounds, disputes, grids, keyPlaces, meetings, patrolRoutes, users } from '../schema';
import { holdsDemoData } from './demo-data-sql';
import { assignedNameOf } from './patrol-assignees.repo';
import { routeOnAt } from './route-on-day-sql';
import { findRouteStops } from './field-check-ins.repo';
import { isFresh, localToday } from './registry-sql';
import { buildingLabel } from './building-label-sql';
import { disputePlaceOf } from './disputes.repo';
import { findGridMeasures, isOpenDispute, sumGridMeasures } from './measures.repo';

const g = alias(grids, 'tg');
// The alias "d" is the one the shared measure fragment isOpenDispute names.
const d = alias(disputes, 'd');
const b = alias(buildings, 'tb');
const cp = alias(compounds, 'tc');

/** Who the caller is as an assignee of patrol routes: their account, their person, and the beats or stations of their scope. */
function assigneeIdsOf(username: string, personId: string | null, scope: Scope): string[] {
  const ids = [username];
  if (personId) ids.push(`officer:${personId}`);
  if (scope.kind === 'beat') ids.push(...scope.codes.map((c) => `beat:${c}`));
  if (scope.kind === 'station') ids.push(...scope.codes.map((c) => `station:${c}`));
  return ids;
}

const list = (xs: string[]) => sql.join(xs.map((x) => sql`${x}`), sql`, `);

async function personOf(db: Db, username: string): Promise<string | null> {
  const [row] = await queryRows<{ person_id: string | null }>(db, sql`SELECT ${users.personId} AS person_id FROM ${users} WHERE ${users.username} = ${username}`);
  return row?.person_id ?? null;
}

const r = patrolRoutes;

/** Routes assigned to the caller (by account, person, beat or station) whose shift is on that day (routeOnAt). */
async function routesOf(db: Db, ids: string[], at: Date): Promise<FieldToday['routes']> {
  const rows = await queryRows<{ id: string; name: string; assigned_name: string; window_start: string; window_end: string; plan_minutes: number }>(
    db,
    sql`SELECT ${r.id}::text AS id, ${r.name}, ${assignedNameOf(sql`${r.assignedTo}`)} AS assigned_name, ${r.windowStart} AS window_start, ${r.windowEnd} AS window_end,
        (${r.plan}->>'minutes')::float8 AS plan_minutes
      FROM ${r} WHERE ${r.assignedTo} IN (${list(ids)}) AND ${routeOnAt(at)}
      ORDER BY ${r.windowStart}, ${r.name} LIMIT 20`,
  );
  const out: FieldToday['routes'] = [];
  for (const row of rows) {
    const stops = await findRouteStops(db, row.id);
    out.push({
      id: row.id, name: row.name, assignedName: row.assigned_name, window: { start: row.window_start, end: row.window_end },
      plannedEnd: plannedEndOf(row.window_start, Number(row.plan_minutes)),
      stops: stops.map((s, index) => ({
        index, name: s.name ?? `第 ${index + 1} 站`, keyPlaceCode: s.kind === 'key_place' && s.id ? s.id : null, position: s.lngLat ?? null,
        arrival: typeof s.arrival === 'string' ? s.arrival : null, departure: typeof s.departure === 'string' ? s.departure : null,
      })),
    });
  }
  return out;
}

/** SQL: a building named for a person: compound and building, in its community by its short name (梧桐梁社区星河城2栋), as every view names a community. */
const buildingPlace = sql`${communities.shortName} || ${buildingLabel(cp.name, b.name)}`;

/** The caller's work of the day. */
export async function findToday(db: Db, user: { username: string; scope: Scope }): Promise<FieldToday> {
  const personId = await personOf(db, user.username);
  const t = collectionTasks;
  const [date] = await queryRows<{ d: string; demo: boolean }>(db, sql`SELECT ${localToday}::text AS d, ${holdsDemoData} AS demo`);
  const tasks = personId
    ? await queryRows<{ id: string; place: string; note: string; due_on: string; overdue: boolean; building_code: string | null }>(
      db,
      sql`SELECT ${t.id}::text AS id, COALESCE(${buildingPlace}, ${g.name}) AS place, ${t.note}, ${t.dueOn}::text AS due_on, ${t.dueOn} < ${localToday} AS overdue,
          ${t.buildingCode} AS building_code
        FROM ${t} JOIN ${grids} ${g} ON ${g.code} = ${t.gridCode}
        LEFT JOIN ${buildings} ${b} ON ${b.code} = ${t.buildingCode} LEFT JOIN ${compounds} ${cp} ON ${cp.code} = ${b.compoundCode}
        LEFT JOIN ${communities} ON ${communities.code} = ${cp.communityCode}
        WHERE ${t.assignee} = ${personId} AND ${t.status} = 'open' ORDER BY ${t.dueOn} LIMIT 50`,
    )
    : [];
  const m = meetings;
  const todaysMeetings = await queryRows<{ id: string; kind: string; topic: string; place: string }>(
    db,
    sql`SELECT ${m.id}::text AS id, ${m.kind}, ${m.topic}, COALESCE(${g.name}, ${communities.shortName}, '') AS place
      FROM ${m} LEFT JOIN ${grids} ${g} ON ${g.code} = ${m.gridCode} LEFT JOIN ${communities} ON ${communities.code} = ${m.communityCode}
      WHERE ${m.heldOn} = ${localToday}
        AND (${m.attendance} @> to_jsonb(${personId ?? ''}::text) OR (${m.gridCode} IS NOT NULL AND ${gridInScope(m.gridCode, user.scope)}))
      ORDER BY ${m.topic} LIMIT 20`,
  );
  return {
    date: date.d,
    demo: date.demo === true,
    routes: await routesOf(db, assigneeIdsOf(user.username, personId, user.scope), new Date()),
    tasks: tasks.map((x) => ({ id: x.id, place: x.place, note: x.note, dueOn: x.due_on, overdue: x.overdue, buildingCode: x.building_code })),
    ...(await jurisdictionWork(db, user.scope)),
    meetings: todaysMeetings,
    keyPlaces: await keyPlacesOf(db, user.scope),
  };
}

/** How many of the jurisdiction's overdue buildings and open disputes 今日 lists; its figures count them all. */
const listedBuildingsMax = 10;
const listedDisputesMax = 20;

/**
 * The jurisdiction's 逾期未核查楼栋 and 未结纠纷 (core/measures/glossary.ts): the figures as the desktop reads them
 * (findGridMeasures: the summary, the wall, 一标三实, the grid pages), and the first of each by the same definitions —
 * the buildings least recently verified, the disputes soonest due. An officer's beat is his to follow up as a grid is
 * its worker's: 今日 counted disputes its user had registered and a grid worker's buildings only, and told an officer
 * with open disputes and overdue buildings in his beat 无.
 */
async function jurisdictionWork(db: Db, scope: Scope): Promise<Pick<FieldToday, 'buildingsToVerify' | 'disputes' | 'measures'>> {
  const gridMeasures = await findGridMeasures(db, scope);
  const measures = { openDisputes: sumGridMeasures(gridMeasures).openDisputes, overdueChecks: gridMeasures.reduce((n, m) => n + m.overdueChecks, 0) };
  const verify = await queryRows<{ code: string; place: string; verified_at: string | null; lng: number | null; lat: number | null }>(
    db,
    sql`SELECT ${b.code}, ${buildingPlace} AS place, to_json(${b.verifiedAt})#>>'{}' AS verified_at,
        ST_X(ST_PointOnSurface(${b.geom})) AS lng, ST_Y(ST_PointOnSurface(${b.geom})) AS lat
      FROM ${buildings} ${b} JOIN ${compounds} ${cp} ON ${cp.code} = ${b.compoundCode} JOIN ${communities} ON ${communities.code} = ${cp.communityCode}
      WHERE ${gridInScope(b.gridCode, scope)} AND NOT COALESCE(${isFresh(b.verifiedAt)}, FALSE)
      ORDER BY ${b.verifiedAt} NULLS FIRST, ${b.code} LIMIT ${listedBuildingsMax}`,
  );
  const open = await queryRows<{ code: string; summary: string; status: string; place: string; due_at: string | null }>(
    db,
    sql`SELECT ${d.code}, ${d.summary}, ${d.status}, COALESCE(${disputePlaceOf(d)}, ${g.name}, '') AS place, to_json(${d.dueAt})#>>'{}' AS due_at
      FROM ${disputes} ${d} LEFT JOIN ${grids} ${g} ON ${g.code} = ${d.gridCode}
      WHERE ${isOpenDispute()} AND ${gridInScope(d.gridCode, scope)}
      ORDER BY ${d.dueAt} NULLS LAST, ${d.code} LIMIT ${listedDisputesMax}`,
  );
  return {
    measures,
    buildingsToVerify: verify.map((x) => ({ code: x.code, place: x.place, verifiedAt: x.verified_at, position: x.lng === null || x.lat === null ? null : [Number(x.lng), Number(x.lat)] as [number, number] })),
    disputes: open.map((x) => ({ code: x.code, summary: x.summary, status: x.status, place: x.place, dueAt: x.due_at })),
  };
}

/** The most key places the today answer carries: a phone keeps a few hundred names, not a prefecture's every one. */
export const todayKeyPlacesMax = 500;

/**
 * The key places whose QR codes the caller may scan: any key place (a check-in is accepted at every one, and an
 * officer's walk crosses the beat's edge), those of the caller's jurisdiction first, then in code order.
 */
async function keyPlacesOf(db: Db, scope: Scope): Promise<FieldTodayKeyPlace[]> {
  const k = keyPlaces;
  const rows = await queryRows<{ code: string; name: string; lng: number; lat: number }>(
    db,
    sql`SELECT ${k.code}, ${k.name}, ST_X(${k.geom}) AS lng, ST_Y(${k.geom}) AS lat FROM ${k}
      ORDER BY (${gridInScope(k.gridCode, scope)}) IS TRUE DESC, ${k.code} LIMIT ${todayKeyPlacesMax}`,
  );
  return rows.map((r) => ({ code: r.code, name: r.name, position: [Number(r.lng), Number(r.lat)] }));
}
