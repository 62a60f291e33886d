import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { GridHandover, NamedGrid, PlanDockingChange, PublishPreview } from '../../../core/contracts/planner';
import { queryRows, type Db } from '../engine';
import { activities, assessments, beats, buildings, collectionTasks, communities, meetings, people, users } from '../schema';
import { buildingResidentsSql } from './measures.repo';
import { newGridName } from './planner-move-records.repo';
import { findOutlineChanges } from './planner-publish-outlines.repo';
import { publishAssignment, publishCodes, publishGrids, publishLeaders, publishOld, publishSuccessors } from './planner-publish-tables';

const b = alias(buildings, 'b');
const bx = alias(buildings, 'x');
const a = alias(publishAssignment, 'a');
const pc = alias(publishCodes, 'pc');
const pg = alias(publishGrids, 'pg');
const o = alias(publishOld, 'o');
const s = alias(publishSuccessors, 's');
const l = alias(publishLeaders, 'l');
const c = alias(communities, 'c');
const p = alias(people, 'p');
const u = alias(users, 'u');
const m = alias(meetings, 'm');
const act = alias(activities, 'x');
const task = alias(collectionTasks, 'x');
const grade = alias(assessments, 'x');
const beatFrom = alias(beats, 'beat_from');
const beatTo = alias(beats, 'beat_to');

type Figures = { buildings: number; households: number; residents: number };

/**
 * What publishing changes, read from the temp tables of the publishing transaction (publish_assignment, publish_grids,
 * publish_codes, publish_kept, publish_old, publish_successors, publish_leaders) before anything is written: the preview route
 * and the publication itself both answer it, so the dialog shows what publishing does.
 */
export async function findPublishChanges(t: Db): Promise<PublishPreview> {
  const [figures] = await queryRows<{ total: Figures; changed: Figures }>(t, sql`SELECT
      json_build_object('buildings', count(*), 'households', COALESCE(sum(${b.households}), 0), 'residents', COALESCE(sum(${buildingResidentsSql(b.code)}), 0)) AS total,
      json_build_object('buildings', count(*) FILTER (WHERE ${b.gridCode} <> ${pc.code}),
        'households', COALESCE(sum(${b.households}) FILTER (WHERE ${b.gridCode} <> ${pc.code}), 0),
        'residents', COALESCE(sum(${buildingResidentsSql(b.code)}) FILTER (WHERE ${b.gridCode} <> ${pc.code}), 0)) AS changed
    FROM ${buildings} ${b} JOIN ${publishAssignment} ${a} ON ${a.buildingCode} = ${b.code} JOIN ${publishCodes} ${pc} ON ${pc.key} = ${a.gridKey}`);

  const grids = await queryRows<NamedGrid & { side: 'old' | 'new' | 'both' }>(t, sql`
    SELECT ${pc.code} AS code, ${newGridName(c.shortName, pc.code)} AS name,
      CASE WHEN EXISTS (SELECT 1 FROM ${publishOld} ${o} WHERE ${o.code} = ${pc.code}) THEN 'both' ELSE 'new' END AS side
    FROM ${publishCodes} ${pc} JOIN ${publishGrids} ${pg} ON ${pg.key} = ${pc.key} JOIN ${communities} ${c} ON ${c.code} = ${pg.communityCode}
    UNION ALL
    SELECT ${o.code}, ${o.name}, 'old' FROM ${publishOld} ${o} WHERE ${o.code} NOT IN (SELECT ${publishCodes.code} FROM ${publishCodes})
    ORDER BY code`);
  const nameOf = new Map(grids.map((g) => [g.code, g.name]));
  const named = (code: string): NamedGrid => ({ code, name: nameOf.get(code) ?? code });
  const pick = (side: string) => grids.filter((g) => g.side === side).map((g) => named(g.code));

  const keys = await queryRows<{ key: string; code: string }>(t, sql`SELECT ${pc.key}, ${pc.code} FROM ${publishCodes} ${pc} ORDER BY ${pc.key}`);

  const outlines = await findOutlineChanges(t);
  const handovers = await findHandovers(t, named);
  const docking = await findDockingChanges(t, named);
  // A compound leader counts with the compound's first building. Found by a correlated min() per person, PGlite scanned
  // the buildings in code order for each (0.43 s on 三里坪街道); grouped once, 15 ms.
  const [staff] = await queryRows<{ n: number }>(t, sql`SELECT count(*)::int AS n FROM ${people} ${p}
    LEFT JOIN (SELECT ${bx.compoundCode} AS compound_code, min(${bx.code}) AS code FROM ${buildings} ${bx} GROUP BY ${bx.compoundCode}) first
      ON ${p.buildingCode} IS NULL AND first.compound_code = ${p.compoundCode}
    JOIN ${publishAssignment} ${a} ON ${a.buildingCode} = COALESCE(${p.buildingCode}, first.code) JOIN ${publishCodes} ${pc} ON ${pc.key} = ${a.gridKey}
    WHERE ${p.gridCode} IS DISTINCT FROM ${pc.code}`);
  const leaders = await queryRows<{ code: string; names: string[] | null }>(t, sql`
    SELECT ${pc.code}, (SELECT json_agg(${p.name} ORDER BY ${l.rank}) FROM ${publishLeaders} ${l} JOIN ${people} ${p} ON ${p.id} = ${l.leaderId} WHERE ${l.code} = ${pc.code}) AS names
    FROM ${publishCodes} ${pc} ORDER BY ${pc.code}`);

  return {
    changed: numbers(figures.changed),
    total: numbers(figures.total),
    codes: Object.fromEntries(keys.map((k) => [k.key, k.code])),
    added: pick('new'),
    removed: pick('old'),
    kept: pick('both'),
    ...outlines,
    handovers,
    staffWithBuildings: Number(staff.n),
    leaderless: leaders.filter((l) => !l.names?.length).map((l) => named(l.code)),
    sharedLeadership: leaders.filter((l) => (l.names?.length ?? 0) > 1).map((l) => ({ grid: named(l.code), leaders: l.names! })),
    undecided: handovers.filter((h) => h.to === null && carriesAnything(h)),
    docking,
  };
}

const numbers = (f: Figures | string): Figures => {
  const o = typeof f === 'string' ? (JSON.parse(f) as Figures) : f;
  return { buildings: Number(o.buildings), households: Number(o.households), residents: Number(o.residents) };
};
const parsed = <T>(v: T | string | null): T | null => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

const carriesAnything = (h: GridHandover) => h.people.length + h.accounts.length + h.meetings + h.workRecords + h.tasks > 0;

/**
 * Every grid of the new plan whose beat is not the one its code is docked onto now, beats by name: the one definition
 * of a docking change (plan-publish.service.ts's findChangesOrRefuse publishes a plan whose only change is these).
 * A new code docked onto a beat counts, from none: its beat's officer takes on a grid. A new code docked onto none
 * does not: listing it would only repeat the preview's `added` with "none → none", and a plan adding it publishes
 * anyway, so dropping it changes what is refused in no case. Needs publish_codes and publish_old.
 */
async function findDockingChanges(t: Db, named: (code: string) => NamedGrid): Promise<PlanDockingChange[]> {
  // COALESCE to the code: a beat that names nothing must not read as "no beat" (null); publishing checks both exist.
  const rows = await queryRows<{ code: string; from: string | null; to: string | null }>(t, sql`
    SELECT ${pc.code} AS code, COALESCE(${beatFrom.name}, ${o.beatCode}) AS "from", COALESCE(${beatTo.name}, ${pc.beat}) AS "to"
    FROM ${publishCodes} ${pc} LEFT JOIN ${publishOld} ${o} ON ${o.code} = ${pc.code}
      LEFT JOIN ${beats} ${beatFrom} ON ${beatFrom.code} = ${o.beatCode} LEFT JOIN ${beats} ${beatTo} ON ${beatTo.code} = ${pc.beat}
    WHERE ${pc.beat} IS DISTINCT FROM ${o.beatCode}
    ORDER BY ${o.code} IS NULL, ${pc.code}`);
  return rows.map((r) => ({ grid: named(r.code), from: r.from, to: r.to }));
}

type HandoverRow = Pick<GridHandover, 'retired' | 'households' | 'meetings' | 'tasks'> & {
  oldCode: string;
  newCode: string | null;
  shared: number;
  people: GridHandover['people'] | string | null;
  accounts: GridHandover['accounts'] | string | null;
  work: number;
  grades: number;
};

/** Every replaced grid whose successor is another grid (or none), with what follows it, by name. */
async function findHandovers(t: Db, named: (code: string) => NamedGrid): Promise<GridHandover[]> {
  const rows = await queryRows<HandoverRow>(t, sql`
    SELECT ${s.oldCode} AS "oldCode", ${s.newCode} AS "newCode", ${s.oldCode} NOT IN (SELECT ${publishCodes.code} FROM ${publishCodes}) AS retired,
      ${o.households}, ${s.households} AS shared,
      (SELECT json_agg(json_build_object('id', ${p.id}, 'name', ${p.name}, 'role', ${p.role}) ORDER BY ${p.role}, ${p.id}) FROM ${people} ${p}
        WHERE ${p.gridCode} = ${s.oldCode} AND ${p.buildingCode} IS NULL AND ${p.compoundCode} IS NULL) AS people,
      (SELECT json_agg(json_build_object('username', ${u.username}, 'displayName', ${u.displayName}) ORDER BY ${u.username}) FROM ${users} ${u}
        WHERE ${u.scopeKind} = 'grids' AND ${u.scopeCodes} ? ${s.oldCode}) AS accounts,
      (SELECT count(*)::int FROM ${meetings} ${m} WHERE ${m.gridCode} = ${s.oldCode}) AS meetings,
      (SELECT count(*)::int FROM ${activities} ${act} WHERE ${act.gridCode} = ${s.oldCode}) AS work,
      (SELECT count(*)::int FROM ${collectionTasks} ${task} WHERE ${task.gridCode} = ${s.oldCode}) AS tasks,
      (SELECT count(*)::int FROM ${assessments} ${grade} WHERE ${grade.gridCode} = ${s.oldCode}) AS grades
    FROM ${publishSuccessors} ${s} JOIN ${publishOld} ${o} ON ${o.code} = ${s.oldCode}
    WHERE ${s.newCode} IS NULL OR ${s.newCode} <> ${s.oldCode}
    ORDER BY ${s.oldCode}`);
  return rows.map((r) => ({
    from: named(r.oldCode),
    to: r.newCode === null ? null : named(r.newCode),
    retired: Boolean(r.retired),
    households: Number(r.households),
    sharedHouseholds: Number(r.shared),
    people: parsed(r.people) ?? [],
    accounts: parsed(r.accounts) ?? [],
    meetings: Number(r.meetings),
    workRecords: Number(r.work),
    tasks: Number(r.tasks),
    assessmentsKept: Number(r.grades),
  }));
}
