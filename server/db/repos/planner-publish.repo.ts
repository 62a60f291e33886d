/**
 * The SQL of publishing a plan (the order is plan-publish.service.ts's): the temp tables of the publishing
 * transaction — publish_assignment (building → grid key), publish_grids (each key's outline and figures),
 * publish_codes (key → published code and beat) — and the plan's own status. Temp tables drop at commit or rollback;
 * their columns are declared in planner-publish-tables.ts.
 */
import { and, eq, ne, notExists, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { queryRows, type Db } from '../engine';
import { beats, buildings, compounds, gridHistory, gridPlans, grids } from '../schema';
import { buildingResidentsSql } from './measures.repo';
import { publishOutlinesSql } from './planner-publish-outlines.repo';
import { publishAssignment, publishCodes, publishGrids, publishKept, publishLeaders, publishOld, publishSuccessors } from './planner-publish-tables';
import { bare, textArraySql } from './sql-refs';

const a = alias(publishAssignment, 'a');
const b = alias(buildings, 'b');
const k = alias(compounds, 'k');

/** Locks the plan's row until the transaction ends, so that two publications of one draft run one after the other. */
export async function lockPlan(t: Db, id: string): Promise<void> {
  await t.select({ id: gridPlans.id }).from(gridPlans).where(eq(gridPlans.id, id)).for('update');
}

/** Creates publish_assignment from the draft's assignment (building code → grid key). */
export async function writePublishAssignment(t: Db, assignment: Record<string, string>): Promise<void> {
  const { buildingCode, gridKey } = publishAssignment;
  await t.execute(sql`CREATE TEMP TABLE ${publishAssignment} (${bare(buildingCode)} text PRIMARY KEY, ${bare(gridKey)} text NOT NULL) ON COMMIT DROP`);
  await t.execute(sql`INSERT INTO ${publishAssignment} (${bare(buildingCode)}, ${bare(gridKey)})
    SELECT key, value FROM json_each_text(${JSON.stringify(assignment)}::json)`);
}

/**
 * Creates publish_grids, anew if it is there: each grid key's outline (kept as published where publish_kept says so,
 * the others redrawn: see planner-publish-outlines.repo.ts) and figures, the sums of its buildings'.
 */
export async function writePublishGrids(t: Db, communityCodes: string[]): Promise<void> {
  const pg = publishGrids;
  await t.execute(sql`DROP TABLE IF EXISTS ${publishGrids}`);
  await t.execute(sql`CREATE TEMP TABLE ${publishGrids} ON COMMIT DROP AS
    WITH outline AS (${publishOutlinesSql(communityCodes)})
    SELECT ${a.gridKey} AS ${bare(pg.key)}, min(${k.communityCode}) AS ${bare(pg.communityCode)}, (SELECT outline.geom FROM outline WHERE outline.key = ${a.gridKey}) AS ${bare(pg.geom)},
      sum(${b.households})::int AS ${bare(pg.households)}, sum(${buildingResidentsSql(b.code)})::int AS ${bare(pg.residents)},
      sum(${b.partyMembers})::int AS ${bare(pg.partyMembers)}, sum(${b.institutionStaff})::int AS ${bare(pg.institutionStaff)},
      bool_or(${b.isDemo}) AS ${bare(pg.isDemo)}
    FROM ${publishAssignment} ${a} JOIN ${buildings} ${b} ON ${b.code} = ${a.buildingCode} JOIN ${compounds} ${k} ON ${k.code} = ${b.compoundCode}
    WHERE ${k.communityCode} = ANY(${textArraySql(communityCodes)})
    GROUP BY ${a.gridKey}`);
}

export interface PublishGrid extends Pick<typeof publishGrids.$inferSelect, 'key' | 'communityCode' | 'households'> {
  /** The centroid of the grid's territory, [lng, lat]. */
  centroid: [number, number];
}

/** The grids of publish_grids by key, with their centroid and households. */
export async function findPublishGrids(t: Db): Promise<PublishGrid[]> {
  const pg = publishGrids;
  const rows = await queryRows<Pick<PublishGrid, 'key' | 'communityCode' | 'households'> & { lng: number; lat: number }>(
    t,
    sql`SELECT ${pg.key}, ${pg.communityCode} AS "communityCode", ST_X(ST_Centroid(${pg.geom})) AS lng, ST_Y(ST_Centroid(${pg.geom})) AS lat, ${pg.households}
      FROM ${publishGrids} ORDER BY ${pg.key}`,
  );
  return rows.map((g) => ({ key: g.key, communityCode: g.communityCode, centroid: [Number(g.lng), Number(g.lat)], households: g.households }));
}

/** Every grid code the communities have had: their grids now and those of the plans before (grid_history). */
export async function findUsedGridCodes(t: Db, communityCodes: readonly string[]): Promise<string[]> {
  const rows = await queryRows<{ code: string }>(
    t,
    sql`SELECT ${grids.code} AS code FROM ${grids} WHERE ${grids.communityCode} = ANY(${textArraySql(communityCodes)})
      UNION SELECT ${gridHistory.code} FROM ${gridHistory} WHERE ${gridHistory.communityCode} = ANY(${textArraySql(communityCodes)})`,
  );
  return rows.map((r) => r.code);
}

/** Every beat's code. */
export async function findBeatCodes(t: Db): Promise<Set<string>> {
  return new Set((await t.select({ code: beats.code }).from(beats)).map((r) => r.code));
}

/** Creates publish_codes: each grid key's published code and the beat it docks onto (or null). */
export async function writePublishCodes(t: Db, mapping: { key: string; code: string; beat: string | null }[]): Promise<void> {
  const pc = publishCodes;
  await t.execute(sql`CREATE TEMP TABLE ${publishCodes} ON COMMIT DROP AS
    SELECT r.key AS ${bare(pc.key)}, r.code AS ${bare(pc.code)}, r.beat AS ${bare(pc.beat)}
    FROM json_to_recordset(${JSON.stringify(mapping)}::json) AS r(key text, code text, beat text)`);
}

/**
 * Gathers the statistics of the publishing transaction's temp tables, which autovacuum never analyses: planned with
 * PostgreSQL's default guesses, moving 三里坪街道's 23,000 incidents to their grids took 1.1 s on PGlite, and 0.35 s
 * once analysed.
 */
export async function analyzePublishTables(t: Db): Promise<void> {
  await t.execute(sql`ANALYZE ${publishAssignment}, ${publishGrids}, ${publishCodes}, ${publishOld}, ${publishSuccessors}, ${publishLeaders}, ${publishKept}`);
}

/** The codes of the beats left without any grid. */
export async function findEmptyBeats(t: Db): Promise<string[]> {
  return (await queryRows<Pick<typeof beats.$inferSelect, 'code'>>(t, sql`SELECT ${beats.code} FROM ${beats} WHERE ST_IsEmpty(${beats.geom})`)).map((r) => r.code);
}

/**
 * Marks the plan published with the docking it was published with, and archives the other published plans that the
 * publication left without any grid.
 */
export async function markPlanPublished(t: Db, planId: string, username: string, docking: Record<string, string>): Promise<void> {
  const gridsOfPlan = t.select({ one: sql`1` }).from(grids).where(eq(grids.planId, gridPlans.id));
  await t.update(gridPlans).set({ status: 'archived', archivedAt: sql`now()` })
    .where(and(eq(gridPlans.status, 'published'), ne(gridPlans.id, planId), notExists(gridsOfPlan)));
  await t.update(gridPlans).set({ status: 'published', publishedAt: sql`now()`, publishedBy: username, updatedAt: sql`now()`, docking })
    .where(eq(gridPlans.id, planId));
}
