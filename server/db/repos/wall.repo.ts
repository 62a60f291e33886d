import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { GridMeasure, WallSummary } from '../../../core/contracts/wall';
import type { Scope } from '../../../core/contracts/auth';
import { queryRows, type Db } from '../engine';
import { activities, disputes, incidentCategories, incidentExternalIds, incidents } from '../schema';
import { incidentRecordedAt } from './incident-recorded-at-sql';
import { findGridMeasures, isWithinDays, sumGridMeasures } from './measures.repo';

// The wall shows the whole district, whoever is signed in to it.
const district: Scope = { kind: 'district', codes: [] };

// "Today" and the hour-of-day matrix are those of Dachuan, whatever the server's time zone.
const localNow = sql`(now() AT TIME ZONE 'Asia/Shanghai')`;
const localDay = sql`date_trunc('day', ${localNow}) AT TIME ZONE 'Asia/Shanghai'`;

const at = incidents.occurredAt;
const c = alias(incidentCategories, 'c');
const i = alias(incidents, 'i');

async function incidentFigures(db: Db): Promise<WallSummary['incidents']> {
  const [t] = await queryRows<{ today: number; same_day: number; last7: number; prev7: number }>(
    db,
    sql`SELECT
      count(*) FILTER (WHERE ${at} >= ${localDay})::int AS today,
      count(*) FILTER (WHERE ${at} >= ${localDay} - interval '7 days' AND ${at} < now() - interval '7 days')::int AS same_day,
      count(*) FILTER (WHERE ${isWithinDays(at, 7)})::int AS last7,
      count(*) FILTER (WHERE ${at} < now() - interval '7 days')::int AS prev7
    FROM ${incidents} WHERE ${at} >= now() - interval '14 days' AND ${at} <= now()`,
  );
  const byCategory = await queryRows<WallSummary['incidents']['byCategory'][number]>(
    db,
    sql`SELECT ${c.code} AS code,
        count(${i.id}) FILTER (WHERE ${i.occurredAt} >= now() - interval '7 days')::int AS "last7d",
        count(${i.id}) FILTER (WHERE ${i.occurredAt} < now() - interval '7 days')::int AS "previous7d"
      FROM ${incidentCategories} ${c}
      LEFT JOIN ${incidents} ${i} ON ${i.categoryCode} = ${c.code} AND ${i.occurredAt} >= now() - interval '14 days' AND ${i.occurredAt} <= now()
      GROUP BY ${c.code} ORDER BY 2 DESC, ${c.code}`,
  );
  return {
    today: Number(t.today), sameDayLastWeek: Number(t.same_day), last7d: Number(t.last7), previous7d: Number(t.prev7),
    byCategory: byCategory.map((r) => ({ code: r.code, last7d: Number(r.last7d), previous7d: Number(r.previous7d) })),
  };
}

async function otherFigures(db: Db) {
  // Open and overdue disputes, coverage and grades are the grid measures summed over the district (issue 12).
  const grids = await findGridMeasures(db, district);
  const totals = sumGridMeasures(grids);
  const [d] = await queryRows<{ escalated: number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE ${disputes.status} = 'escalated' AND ${disputes.registeredAt} >= now() - interval '7 days')::int AS escalated
      FROM ${disputes}`,
  );
  const work = await queryRows<{ kind: string; month: number; year: number }>(
    db,
    sql`SELECT ${activities.kind} AS kind,
        count(*) FILTER (WHERE ${activities.occurredAt} >= date_trunc('month', ${localNow}) AT TIME ZONE 'Asia/Shanghai')::int AS month,
        count(*)::int AS year
      FROM ${activities} WHERE ${activities.occurredAt} >= date_trunc('year', ${localNow}) AT TIME ZONE 'Asia/Shanghai'
        AND ${activities.kind} IN ('population_check', 'legal_session', 'dispute_helped', 'opinion_collected')
      GROUP BY ${activities.kind} ORDER BY ${activities.kind}`,
  );
  const worst = grids
    .filter((g) => g.buildingsVerifiedShare !== null)
    .sort((a, b) => a.buildingsVerifiedShare! - b.buildingsVerifiedShare! || (a.code < b.code ? -1 : 1))
    .slice(0, 5);
  const grades = new Map<string, number>();
  for (const g of grids) if (g.grade) grades.set(g.grade, (grades.get(g.grade) ?? 0) + 1);
  return {
    disputes: { open: totals.openDisputes, overdue: totals.overdueDisputes, escalatedThisWeek: Number(d.escalated) },
    work: work.map((w) => ({ kind: w.kind, thisMonth: Number(w.month), thisYear: Number(w.year) })),
    verification: {
      districtCoverage: totals.buildingsVerifiedShare ?? 0,
      worstGrids: worst.map((w) => ({ code: w.code, name: w.name, coverage: w.buildingsVerifiedShare! })),
    },
    grades: { round: grids.find((g) => g.round)?.round ?? null, counts: Object.fromEntries(grades) },
  };
}

async function hourWeekday(db: Db): Promise<number[][]> {
  const matrix = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const rows = await queryRows<{ d: number; h: number; n: number }>(
    db,
    sql`SELECT extract(isodow FROM ${at} AT TIME ZONE 'Asia/Shanghai')::int AS d,
        extract(hour FROM ${at} AT TIME ZONE 'Asia/Shanghai')::int AS h, count(*)::int AS n
      FROM ${incidents} WHERE ${at} >= now() - interval '28 days' GROUP BY 1, 2`,
  );
  for (const r of rows) matrix[Number(r.d) - 1][Number(r.h)] = Number(r.n);
  return matrix;
}

/**
 * The feed's rows on opening the wall are the last entered, as the live feed adds them (newest report first), so a
 * back-dated report (补录) just filed is still on top after a reload. Only of the last week: an import of old
 * incidents is history, not news for the room (and the occurred_at window keeps the sort to a few partitions).
 */
const recentWindow = '7 days';

export async function readWallSummary(db: Db): Promise<WallSummary> {
  const recent = await queryRows<WallSummary['recent'][number]>(
    db,
    sql`SELECT ${incidents.id}::int AS id, ${at} AS "occurredAt", ${incidents.categoryCode} AS "categoryCode", ${incidents.gridCode} AS "gridCode",
        round(ST_X(${incidents.geom})::numeric, 6)::float8 AS lng, round(ST_Y(${incidents.geom})::numeric, 6)::float8 AS lat,
        ${incidentRecordedAt(incidents)} AS "recordedAt",
        (SELECT ${incidentExternalIds.externalId} FROM ${incidentExternalIds}
          WHERE ${incidentExternalIds.incidentId} = ${incidents.id} AND ${incidentExternalIds.occurredAt} = ${at} LIMIT 1) AS "externalId"
      FROM ${incidents} WHERE ${at} <= now() AND ${at} > now() - ${recentWindow}::interval
      ORDER BY ${incidentRecordedAt(incidents)} DESC, ${incidents.id} DESC LIMIT 20`,
  );
  return {
    generatedAt: new Date().toISOString(),
    incidents: await incidentFigures(db),
    ...(await otherFigures(db)),
    hourWeekday: await hourWeekday(db),
    recent: recent.map((r) => ({ ...r, id: Number(r.id), occurredAt: new Date(r.occurredAt).toISOString(), lng: Number(r.lng), lat: Number(r.lat), recordedAt: new Date(r.recordedAt).toISOString() })),
  };
}

/**
 * The wall's and the map's colouring measures of every grid in `scope` (the wall's is the district): the grid measures
 * of measures.repo, as the wall names them. A grid outside the jurisdiction has none, as its map features carry none.
 */
export async function readGridMeasures(db: Db, scope: Scope): Promise<GridMeasure[]> {
  return (await findGridMeasures(db, scope)).map((m) => ({
    code: m.code, households: m.households, residents: m.residents, incidents30d: m.incidents, incidentsPer1000: m.incidentsPer1000 ?? 0,
    grade: m.grade, coverage: m.buildingsVerifiedShare ?? 0, openDisputes: m.openDisputes, maxDisputeRisk: m.maxOpenDisputeRisk,
  }));
}
