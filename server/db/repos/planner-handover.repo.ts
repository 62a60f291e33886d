import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../engine';
import { activities, beatGrids, buildings, collectionTasks, compounds, grids, meetings, people, users, verificationVisits } from '../schema';
import { publishAssignment, publishCodes, publishLeaders, publishOld, publishSuccessors } from './planner-publish-tables';
import { bare, textArraySql } from './sql-refs';

/*
 * Issue 12: a publication carries everyone along. Every replaced grid has a successor — the new grid that receives
 * the largest share of its households (then of its buildings; ties: the lower code) — and what belongs to the grid
 * rather than to a building follows it: the grid's leader, workers and community officer, the accounts whose scope
 * names it, meetings, work records, and collection tasks that name no building. What belongs to a building follows
 * the building: 小区长 and 楼栋长, tasks and verification visits that name one (as residents do).
 *
 * One kind of record stays: 双月考评 grades. A grade was given to a leader for a past round in the grid as it was; two
 * grids merged into one would otherwise hold two grades for one round, and a round's ranking would name grids that
 * did not exist then. They keep the old code, and grid_history.successor_code links it to the successor.
 *
 * A grid none of whose buildings is left has no successor: if people, accounts or work still point at it, publishing
 * is refused (findPublishChanges lists them as undecided) until someone places them.
 */

const g = alias(grids, 'g');
const bg = alias(beatGrids, 'bg');
const b = alias(buildings, 'b');
const a = alias(publishAssignment, 'a');
const pc = alias(publishCodes, 'pc');
const o = alias(publishOld, 'o');
const s = alias(publishSuccessors, 's');
const l = alias(publishLeaders, 'l');
const p = alias(people, 'p');
const k = alias(compounds, 'k');
const u = alias(users, 'u');

/**
 * Creates publish_old (the area's published grids) and publish_successors (old code → successor or null, with the
 * households it receives) in the publishing transaction. Needs publish_assignment and publish_codes; must run before
 * any building moves, as the share is counted from the buildings' published grids.
 */
export async function createSuccessorTables(t: Db, communityCodes: readonly string[]) {
  const communityList = textArraySql(communityCodes);
  await t.execute(sql`CREATE TEMP TABLE ${publishOld} ON COMMIT DROP AS
    SELECT ${g.code} AS ${bare(publishOld.code)}, ${g.name} AS ${bare(publishOld.name)}, ${g.households} AS ${bare(publishOld.households)},
      ${g.leaderId} AS ${bare(publishOld.leaderId)}, ${bg.beatCode} AS ${bare(publishOld.beatCode)}
    FROM ${grids} ${g} LEFT JOIN ${beatGrids} ${bg} ON ${bg.gridCode} = ${g.code} WHERE ${g.communityCode} = ANY(${communityList})`);
  await t.execute(sql`CREATE TEMP TABLE ${publishSuccessors} ON COMMIT DROP AS
    WITH share AS (
      SELECT ${b.gridCode} AS old_code, ${pc.code} AS new_code, sum(${b.households})::int AS households, count(*)::int AS buildings
      FROM ${buildings} ${b} JOIN ${publishAssignment} ${a} ON ${a.buildingCode} = ${b.code} JOIN ${publishCodes} ${pc} ON ${pc.key} = ${a.gridKey}
      WHERE ${b.gridCode} IN (SELECT ${publishOld.code} FROM ${publishOld})
      GROUP BY ${b.gridCode}, ${pc.code}),
    ranked AS (
      SELECT share.*, row_number() OVER (PARTITION BY old_code ORDER BY households DESC, buildings DESC, new_code) AS rn FROM share)
    SELECT ${o.code} AS ${bare(publishSuccessors.oldCode)},
      -- A grid without buildings keeps its code where the new plan still has it; otherwise it has no successor.
      COALESCE(r.new_code, (SELECT ${pc.code} FROM ${publishCodes} ${pc} WHERE ${pc.code} = ${o.code})) AS ${bare(publishSuccessors.newCode)},
      COALESCE(r.households, 0) AS ${bare(publishSuccessors.households)}
    FROM ${publishOld} ${o} LEFT JOIN ranked r ON r.old_code = ${o.code} AND r.rn = 1`);
  // The leader each new grid takes: of the grids it succeeds, the leader of the one that gives it the most households.
  await t.execute(sql`CREATE TEMP TABLE ${publishLeaders} ON COMMIT DROP AS
    SELECT ${s.newCode} AS ${bare(publishLeaders.code)}, ${o.leaderId} AS ${bare(publishLeaders.leaderId)},
      row_number() OVER (PARTITION BY ${s.newCode} ORDER BY ${s.households} DESC, ${o.code})::int AS ${bare(publishLeaders.rank)}
    FROM ${publishOld} ${o} JOIN ${publishSuccessors} ${s} ON ${s.oldCode} = ${o.code}
    WHERE ${o.leaderId} IS NOT NULL AND ${s.newCode} IS NOT NULL`);
}

/** Moves (old → successor) only where the successor is another grid. */
const moving = sql`(SELECT ${publishSuccessors.oldCode} AS old_code, ${publishSuccessors.newCode} AS new_code FROM ${publishSuccessors}
  WHERE ${publishSuccessors.newCode} IS NOT NULL AND ${publishSuccessors.newCode} <> ${publishSuccessors.oldCode})`;

/**
 * Moves the people, accounts and work of the replaced grids to their successors (see the rule above). Runs after
 * the new grids are written and the buildings and compounds moved, and before the retired grids are deleted
 * (collection tasks hold a foreign key to their grid).
 */
export async function carryPeopleAlong(t: Db) {
  const touched = sql`(SELECT ${publishAssignment.buildingCode} FROM ${publishAssignment})`;
  await t.execute(sql`UPDATE ${people} ${p} SET ${bare(p.gridCode)} = ${b.gridCode} FROM ${buildings} ${b}
    WHERE ${p.buildingCode} = ${b.code} AND ${b.code} IN ${touched} AND ${p.gridCode} IS DISTINCT FROM ${b.gridCode}`);
  await t.execute(sql`UPDATE ${people} ${p} SET ${bare(p.gridCode)} = ${k.gridCode} FROM ${compounds} ${k}
    WHERE ${p.buildingCode} IS NULL AND ${p.compoundCode} = ${k.code} AND ${k.gridCode} IN (SELECT ${publishCodes.code} FROM ${publishCodes})
      AND ${p.gridCode} IS DISTINCT FROM ${k.gridCode}`);
  await t.execute(sql`UPDATE ${people} ${p} SET ${bare(p.gridCode)} = m.new_code FROM ${moving} m
    WHERE ${p.buildingCode} IS NULL AND ${p.compoundCode} IS NULL AND ${p.gridCode} = m.old_code`);
  // Worker and compound leader report to their grid's leader: re-link them to the leader of the grid they are now in.
  await t.execute(sql`UPDATE ${grids} ${g} SET ${bare(g.leaderId)} = ${l.leaderId}
    FROM ${publishCodes} ${pc} LEFT JOIN ${publishLeaders} ${l} ON ${l.code} = ${pc.code} AND ${l.rank} = 1
    WHERE ${g.code} = ${pc.code} AND ${g.leaderId} IS DISTINCT FROM ${l.leaderId}`);
  await t.execute(sql`UPDATE ${people} ${p} SET ${bare(p.parentId)} = ${g.leaderId} FROM ${grids} ${g} JOIN ${publishCodes} ${pc} ON ${pc.code} = ${g.code}
    WHERE ${p.gridCode} = ${g.code} AND ${p.role} IN ('grid_worker', 'compound_leader') AND ${p.id} IS DISTINCT FROM ${g.leaderId}
      AND ${p.parentId} IS DISTINCT FROM ${g.leaderId} AND ${g.leaderId} IS NOT NULL`);

  // A 'grids' scope lists codes: each is replaced by its successor, in place, without duplicates.
  await t.execute(sql`UPDATE ${users} ${u} SET ${bare(u.scopeCodes)} = (
      SELECT COALESCE(jsonb_agg(x.code ORDER BY x.ord), '[]'::jsonb) FROM (
        SELECT COALESCE(m.new_code, e.code) AS code, min(e.ord) AS ord
        FROM jsonb_array_elements_text(${u.scopeCodes}) WITH ORDINALITY AS e(code, ord) LEFT JOIN ${moving} m ON m.old_code = e.code
        GROUP BY 1) x)
    WHERE ${u.scopeKind} = 'grids' AND EXISTS (
      SELECT 1 FROM jsonb_array_elements_text(${u.scopeCodes}) AS e(code) JOIN ${moving} m ON m.old_code = e.code)`);

  const x = { meetings: alias(meetings, 'x'), activities: alias(activities, 'x'), tasks: alias(collectionTasks, 'x'), visits: alias(verificationVisits, 'x') };
  await t.execute(sql`UPDATE ${meetings} ${x.meetings} SET ${bare(x.meetings.gridCode)} = m.new_code, ${bare(x.meetings.communityCode)} = ${g.communityCode}
    FROM ${moving} m JOIN ${grids} ${g} ON ${g.code} = m.new_code WHERE ${x.meetings.gridCode} = m.old_code`);
  await t.execute(sql`UPDATE ${activities} ${x.activities} SET ${bare(x.activities.gridCode)} = m.new_code FROM ${moving} m WHERE ${x.activities.gridCode} = m.old_code`);
  await t.execute(sql`UPDATE ${collectionTasks} ${x.tasks} SET ${bare(x.tasks.gridCode)} = ${b.gridCode} FROM ${buildings} ${b}
    WHERE ${x.tasks.buildingCode} = ${b.code} AND ${b.code} IN ${touched} AND ${x.tasks.gridCode} IS DISTINCT FROM ${b.gridCode}`);
  await t.execute(sql`UPDATE ${collectionTasks} ${x.tasks} SET ${bare(x.tasks.gridCode)} = m.new_code FROM ${moving} m
    WHERE ${x.tasks.buildingCode} IS NULL AND ${x.tasks.gridCode} = m.old_code`);
  await t.execute(sql`UPDATE ${verificationVisits} ${x.visits} SET ${bare(x.visits.gridCode)} = ${b.gridCode} FROM ${buildings} ${b}
    WHERE ${x.visits.buildingCode} = ${b.code} AND ${b.code} IN ${touched} AND ${x.visits.gridCode} IS DISTINCT FROM ${b.gridCode}`);
}
