import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Role, Scope } from '../../../core/contracts/auth';
import { INCIDENT_WINDOW_DAYS } from '../../../core/measures';
import type { ActivityKind, GridPage } from '../../../core/contracts/workforce';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { assessments, beatGrids, beats, disputes, gridPlans, grids, incidentCategories, incidents } from '../schema';
import { selectDisputeSummaries } from './disputes.repo';
import { findGridMeasures, isOpenDispute, isWithinDays, rankedAssessmentsSql } from './measures.repo';
import { findActivities, findGridPeople, findMeetings } from './workforce.repo';

const DAY_MS = 86_400_000;

const g = alias(grids, 'g');
const bg = alias(beatGrids, 'bg');
const b = alias(beats, 'b');
// selectDisputeSummaries reads disputes as "d"; the ranked assessments carry every column of assessments.
const d = alias(disputes, 'd');
const ra = alias(assessments, 'ra');
const i = alias(incidents, 'i');
const c = alias(incidentCategories, 'c');

/** A grid's name whatever the caller's scope, or null when no grid has the code: tells "outside" from "unknown". */
export async function findGridName(db: Db, code: string): Promise<string | null> {
  const [row] = await db.select({ name: grids.name }).from(grids).where(eq(grids.code, code));
  return row?.name ?? null;
}

/**
 * Everything about one grid for its page, or null when the grid is unknown or outside the caller's scope. The role
 * says whether volunteers' phones are shown whole (findGridPeople).
 */
export async function findGridPage(db: Db, code: string, caller: { role: Role; scope: Scope }, now = new Date()): Promise<GridPage | null> {
  const { scope } = caller;
  const [row] = await queryRows<Omit<GridPage['grid'], 'households' | 'residents' | 'householdBand'> & { bandMin: number | null; bandMax: number | null }>(
    db,
    sql`SELECT ${g.code}, ${g.name}, ${g.communityCode} AS "communityCode", ${g.streetCode} AS "streetCode", ${bg.beatCode} AS "beatCode", ${b.name} AS "beatName",
          ${gridPlans.bandMin} AS "bandMin", ${gridPlans.bandMax} AS "bandMax"
        FROM ${grids} ${g} LEFT JOIN ${beatGrids} ${bg} ON ${bg.gridCode} = ${g.code} LEFT JOIN ${beats} ${b} ON ${b.code} = ${bg.beatCode}
        LEFT JOIN ${gridPlans} ON ${gridPlans.id} = ${g.planId}
        WHERE ${g.code} = ${code} AND ${gridInScope(g.code, scope)}`,
  );
  if (!row) return null;
  const { bandMin, bandMax, ...grid } = row;
  const householdBand = bandMin === null || bandMax === null ? null : { min: Number(bandMin), max: Number(bandMax) };
  const yearAgo = new Date(now.getTime() - 365 * DAY_MS).toISOString();

  const people = (await findGridPeople(db, code, caller))!;
  const year = await findActivities(db, { grid: code, from: yearAgo, limit: 20, offset: 0 }, scope);
  const meetings = await findMeetings(db, { grid: code, limit: 10 }, scope);
  const grades = await queryRows<GridPage['grades'][number]>(
    db,
    sql`SELECT ${ra.round}, ${ra.grade}, ${ra.total}, ${ra}.rank, ${ra.leaderId} AS "leaderId" FROM ${rankedAssessmentsSql} ${ra}
        WHERE ${ra.gridCode} = ${code} ORDER BY ${ra.round}`,
  );
  // The grid's figures are the measures every other view shows (issue 12): one definition, one query.
  const [m] = await findGridMeasures(db, scope, code);
  const open = sql`${d.gridCode} = ${code} AND ${isOpenDispute()}`;
  const disputeRows = await selectDisputeSummaries(db, open, sql`${d.riskScore} DESC, ${d.registeredAt} DESC, ${d.code} DESC`, 50, 0, now);
  const byCategory = await queryRows<GridPage['incidents']['byCategory'][number]>(
    db,
    sql`SELECT ${c.code}, ${c.nameZh} AS "nameZh", ${c.nameEn} AS "nameEn", count(*)::int AS count
        FROM ${incidents} ${i} JOIN ${incidentCategories} ${c} ON ${c.code} = ${i.categoryCode}
        WHERE ${i.gridCode} = ${code} AND ${isWithinDays(sql`${i.occurredAt}`)}
        GROUP BY ${c.code}, ${c.nameZh}, ${c.nameEn} ORDER BY count DESC, ${c.code}`,
  );

  return {
    grid: { ...grid, households: m.households, residents: m.residents, householdBand },
    people,
    work: { last12Months: year.countsByKind as Partial<Record<ActivityKind, number>>, recent: year.rows },
    meetings,
    grades: grades.map((g) => ({ ...g, total: g.total === null ? null : Number(g.total), rank: Number(g.rank) })),
    freshness: {
      buildings: { total: m.buildings, verified: m.buildingsVerified, share: m.buildingsVerifiedShare },
      residents: { total: m.residents, verified: m.residentsVerified, share: m.residentsVerifiedShare },
    },
    disputes: { open: m.openDisputes, highRisk: m.highRiskDisputes, overdue: m.overdueDisputes, rows: disputeRows },
    incidents: {
      days: INCIDENT_WINDOW_DAYS, total: m.incidents, byCategory: byCategory.map((c) => ({ ...c, count: Number(c.count) })),
    },
  };
}
