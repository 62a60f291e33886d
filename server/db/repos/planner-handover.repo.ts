import { sql } from 'drizzle-orm';
import type { Db } from '../engine';
import { textArraySql } from './planner-publish.repo';

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

/**
 * Creates publish_old (the area's published grids) and publish_successors (old code → successor or null, with the
 * households it receives) in the publishing transaction. Needs publish_assignment and publish_codes; must run before
 * any building moves, as the share is counted from the buildings' published grids.
 */
export async function createSuccessorTables(t: Db, communityCodes: readonly string[]) {
  const communities = textArraySql(communityCodes);
  await t.execute(sql`CREATE TEMP TABLE publish_old ON COMMIT DROP AS
    SELECT g.code, g.name, g.households, g.leader_id, bg.beat_code
    FROM grids g LEFT JOIN beat_grids bg ON bg.grid_code = g.code WHERE g.community_code = ANY(${communities})`);
  await t.execute(sql`CREATE TEMP TABLE publish_successors ON COMMIT DROP AS
    WITH share AS (
      SELECT b.grid_code AS old_code, pc.code AS new_code, sum(b.households)::int AS households, count(*)::int AS buildings
      FROM buildings b JOIN publish_assignment a ON a.building_code = b.code JOIN publish_codes pc ON pc.key = a.grid_key
      WHERE b.grid_code IN (SELECT code FROM publish_old)
      GROUP BY b.grid_code, pc.code),
    ranked AS (
      SELECT share.*, row_number() OVER (PARTITION BY old_code ORDER BY households DESC, buildings DESC, new_code) AS rn FROM share)
    SELECT o.code AS old_code,
      -- A grid without buildings keeps its code where the new plan still has it; otherwise it has no successor.
      COALESCE(r.new_code, (SELECT pc.code FROM publish_codes pc WHERE pc.code = o.code)) AS new_code,
      COALESCE(r.households, 0) AS households
    FROM publish_old o LEFT JOIN ranked r ON r.old_code = o.code AND r.rn = 1`);
  // The leader each new grid takes: of the grids it succeeds, the leader of the one that gives it the most households.
  await t.execute(sql`CREATE TEMP TABLE publish_leaders ON COMMIT DROP AS
    SELECT s.new_code AS code, o.leader_id, row_number() OVER (PARTITION BY s.new_code ORDER BY s.households DESC, o.code)::int AS rank
    FROM publish_old o JOIN publish_successors s ON s.old_code = o.code
    WHERE o.leader_id IS NOT NULL AND s.new_code IS NOT NULL`);
}

/** Moves (old → successor) only where the successor is another grid. */
const moving = sql`(SELECT old_code, new_code FROM publish_successors WHERE new_code IS NOT NULL AND new_code <> old_code)`;

/**
 * Moves the people, accounts and work of the replaced grids to their successors (see the rule above). Runs after
 * the new grids are written and the buildings and compounds moved, and before the retired grids are deleted
 * (collection tasks hold a foreign key to their grid).
 */
export async function carryPeopleAlong(t: Db) {
  const touched = sql`(SELECT building_code FROM publish_assignment)`;
  await t.execute(sql`UPDATE people p SET grid_code = b.grid_code FROM buildings b
    WHERE p.building_code = b.code AND b.code IN ${touched} AND p.grid_code IS DISTINCT FROM b.grid_code`);
  await t.execute(sql`UPDATE people p SET grid_code = k.grid_code FROM compounds k
    WHERE p.building_code IS NULL AND p.compound_code = k.code AND k.grid_code IN (SELECT code FROM publish_codes) AND p.grid_code IS DISTINCT FROM k.grid_code`);
  await t.execute(sql`UPDATE people p SET grid_code = m.new_code FROM ${moving} m
    WHERE p.building_code IS NULL AND p.compound_code IS NULL AND p.grid_code = m.old_code`);
  // Worker and compound leader report to their grid's leader: re-link them to the leader of the grid they are now in.
  await t.execute(sql`UPDATE grids g SET leader_id = l.leader_id FROM publish_codes pc LEFT JOIN publish_leaders l ON l.code = pc.code AND l.rank = 1
    WHERE g.code = pc.code AND g.leader_id IS DISTINCT FROM l.leader_id`);
  await t.execute(sql`UPDATE people p SET parent_id = g.leader_id FROM grids g JOIN publish_codes pc ON pc.code = g.code
    WHERE p.grid_code = g.code AND p.role IN ('grid_worker', 'compound_leader') AND p.id IS DISTINCT FROM g.leader_id
      AND p.parent_id IS DISTINCT FROM g.leader_id AND g.leader_id IS NOT NULL`);

  // A 'grids' scope lists codes: each is replaced by its successor, in place, without duplicates.
  await t.execute(sql`UPDATE users u SET scope_codes = (
      SELECT COALESCE(jsonb_agg(x.code ORDER BY x.ord), '[]'::jsonb) FROM (
        SELECT COALESCE(m.new_code, e.code) AS code, min(e.ord) AS ord
        FROM jsonb_array_elements_text(u.scope_codes) WITH ORDINALITY AS e(code, ord) LEFT JOIN ${moving} m ON m.old_code = e.code
        GROUP BY 1) x)
    WHERE u.scope_kind = 'grids' AND EXISTS (
      SELECT 1 FROM jsonb_array_elements_text(u.scope_codes) AS e(code) JOIN ${moving} m ON m.old_code = e.code)`);

  await t.execute(sql`UPDATE meetings x SET grid_code = m.new_code, community_code = g.community_code FROM ${moving} m JOIN grids g ON g.code = m.new_code
    WHERE x.grid_code = m.old_code`);
  await t.execute(sql`UPDATE activities x SET grid_code = m.new_code FROM ${moving} m WHERE x.grid_code = m.old_code`);
  await t.execute(sql`UPDATE collection_tasks x SET grid_code = b.grid_code FROM buildings b
    WHERE x.building_code = b.code AND b.code IN ${touched} AND x.grid_code IS DISTINCT FROM b.grid_code`);
  await t.execute(sql`UPDATE collection_tasks x SET grid_code = m.new_code FROM ${moving} m WHERE x.building_code IS NULL AND x.grid_code = m.old_code`);
  await t.execute(sql`UPDATE verification_visits x SET grid_code = b.grid_code FROM buildings b
    WHERE x.building_code = b.code AND b.code IN ${touched} AND x.grid_code IS DISTINCT FROM b.grid_code`);
}
