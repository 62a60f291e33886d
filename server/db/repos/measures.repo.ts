import { sql, type AnyColumn, type SQL, type SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import { riskLevelFloor } from '../../../core/contracts/disputes';
import type { GridMeasures } from '../../../core/contracts/measures';
import { INCIDENT_WINDOW_DAYS, settledDisputeStatuses, perThousand, shareOf } from '../../../core/measures';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { assessments, buildings, disputes, grids, incidents, residents } from '../schema';
import { isFresh } from './registry-sql';

// The one SQL of each measure in core/measures/glossary.ts (issue 12, item 1). Every view that shows a measure
// reads it through these fragments or findGridMeasures; "now" is the database's clock throughout.

// A fragment names its table by the alias the calling query gives it (residents 'r', disputes 'd' unless told) and
// its columns through the schema, so a renamed column breaks the build rather than a query at run time.
const g = alias(grids, 'g');
const b = alias(buildings, 'b');
const r = alias(residents, 'r');
const d = alias(disputes, 'd');
const i = alias(incidents, 'i');
const ra = alias(assessments, 'ra');

/** A resident who has not moved out (alias `as` of residents). */
export const isCurrentResident = (as = 'r') => sql`${alias(residents, as).movedOutOn} IS NULL`;
/**
 * A building's 实有人口: its current residents, counted where residents are kept. buildings.residents is the
 * import's figure and still counts those who moved out, so the planner showed 1,071 for a grid the map called 1,067.
 */
export const buildingResidentsSql = (buildingCode: SQLWrapper) =>
  sql`(SELECT count(*) FROM ${residents} ${r} WHERE ${r.buildingCode} = ${buildingCode} AND ${isCurrentResident()})::int`;
/** A dispute not yet 已化解, 已回访 or 已结案 (alias `as` of disputes). */
export const isOpenDispute = (as = 'd') =>
  sql`${alias(disputes, as).status} NOT IN (${sql.join(settledDisputeStatuses.map((s) => sql`${s}`), sql`, `)})`;
/** An open dispute scored high risk (alias `as` of disputes). */
export const isHighRiskDispute = (as = 'd') => sql`(${isOpenDispute(as)} AND ${alias(disputes, as).riskScore} >= ${riskLevelFloor.high})`;
/** A dispute not closed and past its state's deadline at `now` (the rule of core isOverdue; alias d). */
export const isOverdueDispute = (now: Date = new Date()) =>
  sql`(${d.status} <> 'closed' AND ${d.dueAt} IS NOT NULL AND ${d.dueAt} < ${now.toISOString()}::timestamptz)`;
/** A time within the last `days` days up to now (incidents generated past now are not counted): core lastDaysRange in SQL. */
export const isWithinDays = (col: SQL | AnyColumn, days: number = INCIDENT_WINDOW_DAYS) =>
  sql`(${col} >= now() - make_interval(days => ${days}) AND ${col} <= now())`;
/** The latest two-month round that has any assessment. */
export const latestRoundSql = sql`(SELECT max(${assessments.round}) FROM ${assessments})`;
/**
 * Assessments with their competition rank among all the district's grids of the same round, by total, highest
 * first; equal totals share a rank and the next is skipped; unscored ones share the last rank. Use as a table.
 */
export const rankedAssessmentsSql = sql`(SELECT ${assessments}.*,
  (rank() OVER (PARTITION BY ${assessments.round} ORDER BY ${assessments.total} DESC NULLS LAST))::int AS rank FROM ${assessments})`;

/**
 * Per grid among `gridCodes` (a SELECT of grid codes): its buildings (n), those verified within FRESH_DAYS (v) and
 * their households (hh), by grid_code. The one source of 户数, also joined into the map's grids layer.
 */
export const buildingMeasuresSql = (gridCodes: SQL) => sql`SELECT ${b.gridCode} AS grid_code, count(*)::int AS n,
    count(*) FILTER (WHERE ${isFresh(sql`${b.verifiedAt}`)})::int AS v, COALESCE(sum(${b.households}), 0)::int AS hh
  FROM ${buildings} ${b} WHERE ${b.gridCode} IN (${gridCodes}) GROUP BY 1`;
/**
 * Per grid among `gridCodes`: its current residents (n) and those verified within FRESH_DAYS (v), by grid_code.
 * The one source of 实有人口, also joined into the map's grids layer.
 */
export const residentMeasuresSql = (gridCodes: SQL) => sql`SELECT ${r.gridCode} AS grid_code, count(*)::int AS n,
    count(*) FILTER (WHERE ${isFresh(sql`${r.verifiedAt}`)})::int AS v
  FROM ${residents} ${r} WHERE ${isCurrentResident()} AND ${r.gridCode} IN (${gridCodes}) GROUP BY 1`;

type Row = Omit<GridMeasures, 'buildingsVerifiedShare' | 'residentsVerifiedShare' | 'overdueChecks' | 'incidentsPer1000'>;

/**
 * The measures of every grid in the caller's jurisdiction (or of the one grid `gridCode`, empty when it is not
 * in the jurisdiction), in code order. One grouped pass over each register.
 */
export async function findGridMeasures(db: Db, scope: Scope, gridCode?: string): Promise<GridMeasures[]> {
  const only = gridCode === undefined ? sql`` : sql`AND ${g.code} = ${gridCode}`;
  // The CTEs' names and columns are this query's own; everything read from a table is named through the schema.
  const rows = await queryRows<Row>(
    db,
    sql`WITH g AS (SELECT ${g.code} AS code, ${g.name} AS name FROM ${grids} ${g} WHERE ${gridInScope(g.code, scope)} ${only}),
      bm AS (${buildingMeasuresSql(sql`SELECT code FROM g`)}),
      rm AS (${residentMeasuresSql(sql`SELECT code FROM g`)}),
      dm AS (SELECT ${d.gridCode} AS grid_code, count(*) FILTER (WHERE ${isOpenDispute()})::int AS open,
          count(*) FILTER (WHERE ${isHighRiskDispute()})::int AS high, count(*) FILTER (WHERE ${isOverdueDispute()})::int AS overdue,
          COALESCE(max(${d.riskScore}) FILTER (WHERE ${isOpenDispute()}), 0)::int AS max_risk
        FROM ${disputes} ${d} WHERE ${d.gridCode} IN (SELECT code FROM g) GROUP BY 1),
      im AS (SELECT ${i.gridCode} AS grid_code, count(*)::int AS n FROM ${incidents} ${i}
        WHERE ${isWithinDays(i.occurredAt)} AND ${i.gridCode} IN (SELECT code FROM g) GROUP BY 1),
      am AS (SELECT ${ra.gridCode} AS grid_code, ${ra.round} AS round, ${ra.grade} AS grade, ${ra.total} AS total, ${ra}.rank
        FROM ${rankedAssessmentsSql} ${ra} WHERE ${ra.round} = ${latestRoundSql})
      SELECT g.code, g.name, COALESCE(rm.n, 0) AS residents, COALESCE(bm.hh, 0) AS households,
        COALESCE(bm.n, 0) AS buildings, COALESCE(bm.v, 0) AS "buildingsVerified", COALESCE(rm.v, 0) AS "residentsVerified",
        COALESCE(dm.open, 0) AS "openDisputes", COALESCE(dm.high, 0) AS "highRiskDisputes", COALESCE(dm.overdue, 0) AS "overdueDisputes",
        COALESCE(dm.max_risk, 0) AS "maxOpenDisputeRisk", COALESCE(im.n, 0) AS incidents,
        am.round, am.grade, am.total AS "assessmentTotal", am.rank AS "assessmentRank"
      FROM g LEFT JOIN bm ON bm.grid_code = g.code LEFT JOIN rm ON rm.grid_code = g.code LEFT JOIN dm ON dm.grid_code = g.code
        LEFT JOIN im ON im.grid_code = g.code LEFT JOIN am ON am.grid_code = g.code
      ORDER BY g.code`,
  );
  return rows.map(toMeasures);
}

function toMeasures(r: Row): GridMeasures {
  const n = (v: unknown) => Number(v ?? 0);
  const residents = n(r.residents);
  const buildings = n(r.buildings);
  const incidents = n(r.incidents);
  return {
    code: r.code, name: r.name, residents, households: n(r.households),
    buildings, buildingsVerified: n(r.buildingsVerified), buildingsVerifiedShare: shareOf(n(r.buildingsVerified), buildings),
    residentsVerified: n(r.residentsVerified), residentsVerifiedShare: shareOf(n(r.residentsVerified), residents),
    overdueChecks: buildings - n(r.buildingsVerified),
    openDisputes: n(r.openDisputes), highRiskDisputes: n(r.highRiskDisputes), overdueDisputes: n(r.overdueDisputes),
    maxOpenDisputeRisk: n(r.maxOpenDisputeRisk),
    incidents, incidentsPer1000: perThousand(incidents, residents),
    round: r.round ?? null, grade: r.grade ?? null,
    assessmentTotal: r.assessmentTotal === null || r.assessmentTotal === undefined ? null : Number(r.assessmentTotal),
    assessmentRank: r.assessmentRank === null || r.assessmentRank === undefined ? null : Number(r.assessmentRank),
  };
}

/** The jurisdiction's totals of the countable measures: the sum over its grids, so a total equals its grids' sum. */
export function sumGridMeasures(rows: readonly GridMeasures[]) {
  const sum = (k: 'residents' | 'households' | 'buildings' | 'buildingsVerified' | 'residentsVerified' | 'openDisputes' | 'highRiskDisputes' | 'overdueDisputes' | 'incidents') =>
    rows.reduce((s, r) => s + r[k], 0);
  const buildings = sum('buildings');
  const residents = sum('residents');
  return {
    residents, households: sum('households'), buildings,
    buildingsVerifiedShare: shareOf(sum('buildingsVerified'), buildings),
    residentsVerifiedShare: shareOf(sum('residentsVerified'), residents),
    openDisputes: sum('openDisputes'), highRiskDisputes: sum('highRiskDisputes'), overdueDisputes: sum('overdueDisputes'),
    incidents: sum('incidents'),
  };
}
