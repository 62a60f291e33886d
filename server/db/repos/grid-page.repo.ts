import { sql } from 'drizzle-orm';
import type { Scope } from '../../../core/contracts/auth';
import { riskLevelFloor } from '../../../core/contracts/disputes';
import type { ActivityKind, GridPage } from '../../../core/contracts/workforce';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { overdueSql, selectDisputeSummaries } from './disputes.repo';
import { findActivities, findGridPeople, findMeetings } from './workforce.repo';

const DAY_MS = 86_400_000;
// The issue's measures: residents' data is fresh when verified within 90 days; incidents over the last 28 days.
const freshDays = 90;
const incidentDays = 28;

const share = (verified: number, total: number) => (total === 0 ? 0 : Math.round((verified / total) * 1000) / 1000);

/** Everything about one grid for its page, or null when the grid is unknown or outside the caller's scope. */
export async function findGridPage(db: Db, code: string, scope: Scope, now = new Date()): Promise<GridPage | null> {
  const [grid] = await queryRows<GridPage['grid']>(
    db,
    sql`SELECT g.code, g.name, g.community_code AS "communityCode", g.street_code AS "streetCode", bg.beat_code AS "beatCode", g.households, g.residents
        FROM grids g LEFT JOIN beat_grids bg ON bg.grid_code = g.code WHERE g.code = ${code} AND ${gridInScope(sql`g.code`, scope)}`,
  );
  if (!grid) return null;
  const yearAgo = new Date(now.getTime() - 365 * DAY_MS).toISOString();
  const freshSince = new Date(now.getTime() - freshDays * DAY_MS).toISOString();
  const incidentsSince = new Date(now.getTime() - incidentDays * DAY_MS).toISOString();

  const people = (await findGridPeople(db, code, scope))!;
  const year = await findActivities(db, { grid: code, from: yearAgo, limit: 20, offset: 0 }, scope);
  const meetings = await findMeetings(db, { grid: code, limit: 10 }, scope);
  const grades = await queryRows<GridPage['grades'][number]>(
    db,
    sql`SELECT round, grade, total, leader_id AS "leaderId" FROM assessments WHERE grid_code = ${code} ORDER BY round`,
  );
  const [fresh] = await queryRows<{ b: number; bv: number; r: number; rv: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM buildings WHERE grid_code = ${code}) AS b,
          (SELECT count(*)::int FROM buildings WHERE grid_code = ${code} AND verified_at >= ${freshSince}::timestamptz) AS bv,
          (SELECT count(*)::int FROM residents WHERE grid_code = ${code} AND moved_out_on IS NULL) AS r,
          (SELECT count(*)::int FROM residents WHERE grid_code = ${code} AND moved_out_on IS NULL AND verified_at >= ${freshSince}::timestamptz) AS rv`,
  );
  const open = sql`d.grid_code = ${code} AND d.status <> 'closed'`;
  const [counts] = await queryRows<{ open: number; high: number; overdue: number }>(
    db,
    sql`SELECT count(*)::int AS open, count(*) FILTER (WHERE d.risk_score >= ${riskLevelFloor.high})::int AS high,
          count(*) FILTER (WHERE ${overdueSql(now)})::int AS overdue FROM disputes d WHERE ${open}`,
  );
  const disputeRows = await selectDisputeSummaries(db, open, sql`d.risk_score DESC, d.registered_at DESC, d.code DESC`, 50, 0, now);
  const byCategory = await queryRows<GridPage['incidents']['byCategory'][number]>(
    db,
    sql`SELECT c.code, c.name_zh AS "nameZh", c.name_en AS "nameEn", count(*)::int AS count
        FROM incidents i JOIN incident_categories c ON c.code = i.category_code
        WHERE i.grid_code = ${code} AND i.occurred_at >= ${incidentsSince}::timestamptz AND i.occurred_at <= ${now.toISOString()}::timestamptz
        GROUP BY c.code, c.name_zh, c.name_en ORDER BY count DESC, c.code`,
  );

  return {
    grid: { ...grid, households: Number(grid.households), residents: Number(grid.residents) },
    people,
    work: { last12Months: year.countsByKind as Partial<Record<ActivityKind, number>>, recent: year.rows },
    meetings,
    grades: grades.map((g) => ({ ...g, total: g.total === null ? null : Number(g.total) })),
    freshness: {
      buildings: { total: Number(fresh.b), verified: Number(fresh.bv), share: share(Number(fresh.bv), Number(fresh.b)) },
      residents: { total: Number(fresh.r), verified: Number(fresh.rv), share: share(Number(fresh.rv), Number(fresh.r)) },
    },
    disputes: { open: Number(counts.open), highRisk: Number(counts.high), overdue: Number(counts.overdue), rows: disputeRows },
    incidents: { days: incidentDays, total: byCategory.reduce((s, c) => s + Number(c.count), 0), byCategory: byCategory.map((c) => ({ ...c, count: Number(c.count) })) },
  };
}
