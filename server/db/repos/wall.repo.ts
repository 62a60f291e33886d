import { sql } from 'drizzle-orm';
import type { GridMeasure, WallSummary } from '../../../core/contracts/wall';
import { queryRows, type Db } from '../engine';

// "Today" and the hour-of-day matrix are those of Dachuan, whatever the server's time zone.
const localNow = sql`(now() AT TIME ZONE 'Asia/Shanghai')`;
const localDay = sql`date_trunc('day', ${localNow}) AT TIME ZONE 'Asia/Shanghai'`;
// An open dispute is overdue after 15 days in the same state, the mediation deadline used until the
// dispute workflow (registers issue) records deadlines per state.

async function incidentFigures(db: Db): Promise<WallSummary['incidents']> {
  const [t] = await queryRows<{ today: number; same_day: number; last7: number; prev7: number }>(
    db,
    sql`SELECT
      count(*) FILTER (WHERE occurred_at >= ${localDay})::int AS today,
      count(*) FILTER (WHERE occurred_at >= ${localDay} - interval '7 days' AND occurred_at < now() - interval '7 days')::int AS same_day,
      count(*) FILTER (WHERE occurred_at >= now() - interval '7 days')::int AS last7,
      count(*) FILTER (WHERE occurred_at < now() - interval '7 days')::int AS prev7
    FROM incidents WHERE occurred_at >= now() - interval '14 days'`,
  );
  const byCategory = await queryRows<{ code: string; last7d: number; previous7d: number }>(
    db,
    sql`SELECT c.code,
        count(i.id) FILTER (WHERE i.occurred_at >= now() - interval '7 days')::int AS "last7d",
        count(i.id) FILTER (WHERE i.occurred_at < now() - interval '7 days')::int AS "previous7d"
      FROM incident_categories c
      LEFT JOIN incidents i ON i.category_code = c.code AND i.occurred_at >= now() - interval '14 days'
      GROUP BY c.code ORDER BY 2 DESC, c.code`,
  );
  return {
    today: Number(t.today), sameDayLastWeek: Number(t.same_day), last7d: Number(t.last7), previous7d: Number(t.prev7),
    byCategory: byCategory.map((r) => ({ code: r.code, last7d: Number(r.last7d), previous7d: Number(r.previous7d) })),
  };
}

async function otherFigures(db: Db) {
  const [d] = await queryRows<{ open: number; overdue: number; escalated: number }>(
    db,
    sql`SELECT
      count(*) FILTER (WHERE status NOT IN ('resolved', 'visited', 'closed'))::int AS open,
      count(*) FILTER (WHERE status <> 'closed' AND due_at < now())::int AS overdue,
      count(*) FILTER (WHERE status = 'escalated' AND registered_at >= now() - interval '7 days')::int AS escalated
    FROM disputes`,
  );
  const work = await queryRows<{ kind: string; month: number; year: number }>(
    db,
    sql`SELECT kind,
        count(*) FILTER (WHERE occurred_at >= date_trunc('month', ${localNow}) AT TIME ZONE 'Asia/Shanghai')::int AS month,
        count(*)::int AS year
      FROM activities WHERE occurred_at >= date_trunc('year', ${localNow}) AT TIME ZONE 'Asia/Shanghai'
        AND kind IN ('population_check', 'legal_session', 'dispute_helped', 'opinion_collected')
      GROUP BY kind ORDER BY kind`,
  );
  const [cov] = await queryRows<{ c: number | null }>(
    db,
    sql`SELECT avg((verified_at >= now() - interval '90 days')::int)::float8 AS c FROM buildings`,
  );
  const worst = await queryRows<{ code: string; name: string; coverage: number }>(
    db,
    sql`SELECT g.code, g.name, avg((b.verified_at >= now() - interval '90 days')::int)::float8 AS coverage
      FROM grids g JOIN buildings b ON b.grid_code = g.code GROUP BY g.code, g.name ORDER BY 3, g.code LIMIT 5`,
  );
  const grades = await queryRows<{ round: string; grade: string; n: number }>(
    db,
    sql`SELECT round, grade, count(*)::int AS n FROM assessments WHERE round = (SELECT max(round) FROM assessments) GROUP BY round, grade`,
  );
  return {
    disputes: { open: Number(d.open), overdue: Number(d.overdue), escalatedThisWeek: Number(d.escalated) },
    work: work.map((w) => ({ kind: w.kind, thisMonth: Number(w.month), thisYear: Number(w.year) })),
    verification: {
      districtCoverage: Number(cov.c ?? 0),
      worstGrids: worst.map((w) => ({ code: w.code, name: w.name, coverage: Number(w.coverage) })),
    },
    grades: { round: grades[0]?.round ?? null, counts: Object.fromEntries(grades.map((g) => [g.grade, Number(g.n)])) },
  };
}

async function hourWeekday(db: Db): Promise<number[][]> {
  const matrix = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const rows = await queryRows<{ d: number; h: number; n: number }>(
    db,
    sql`SELECT extract(isodow FROM occurred_at AT TIME ZONE 'Asia/Shanghai')::int AS d,
        extract(hour FROM occurred_at AT TIME ZONE 'Asia/Shanghai')::int AS h, count(*)::int AS n
      FROM incidents WHERE occurred_at >= now() - interval '28 days' GROUP BY 1, 2`,
  );
  for (const r of rows) matrix[Number(r.d) - 1][Number(r.h)] = Number(r.n);
  return matrix;
}

export async function readWallSummary(db: Db): Promise<WallSummary> {
  const recent = await queryRows<WallSummary['recent'][number]>(
    db,
    sql`SELECT id::int AS id, occurred_at AS "occurredAt", category_code AS "categoryCode", grid_code AS "gridCode",
        round(ST_X(geom)::numeric, 6)::float8 AS lng, round(ST_Y(geom)::numeric, 6)::float8 AS lat
      FROM incidents WHERE occurred_at <= now() ORDER BY occurred_at DESC, id DESC LIMIT 20`,
  );
  return {
    generatedAt: new Date().toISOString(),
    incidents: await incidentFigures(db),
    ...(await otherFigures(db)),
    hourWeekday: await hourWeekday(db),
    recent: recent.map((r) => ({ ...r, id: Number(r.id), occurredAt: new Date(r.occurredAt).toISOString(), lng: Number(r.lng), lat: Number(r.lat) })),
  };
}

export async function readGridMeasures(db: Db): Promise<GridMeasure[]> {
  const rows = await queryRows<GridMeasure>(
    db,
    sql`SELECT g.code, g.households, g.residents,
        COALESCE(i.n, 0)::int AS "incidents30d",
        round((COALESCE(i.n, 0) * 1000.0 / NULLIF(g.residents, 0))::numeric, 2)::float8 AS "incidentsPer1000",
        a.grade, COALESCE(b.coverage, 0)::float8 AS coverage,
        COALESCE(d.open, 0)::int AS "openDisputes", COALESCE(d.max_risk, 0)::int AS "maxDisputeRisk"
      FROM grids g
      JOIN grid_plans p ON p.id = g.plan_id AND p.status = 'published'
      LEFT JOIN (SELECT grid_code, count(*) AS n FROM incidents WHERE occurred_at >= now() - interval '30 days' GROUP BY grid_code) i
        ON i.grid_code = g.code
      LEFT JOIN (SELECT grid_code, grade FROM assessments WHERE round = (SELECT max(round) FROM assessments)) a ON a.grid_code = g.code
      LEFT JOIN (SELECT grid_code, avg((verified_at >= now() - interval '90 days')::int) AS coverage FROM buildings GROUP BY grid_code) b
        ON b.grid_code = g.code
      LEFT JOIN (SELECT grid_code, count(*) AS open, max(risk_score) AS max_risk FROM disputes WHERE status <> 'closed' GROUP BY grid_code) d
        ON d.grid_code = g.code
      ORDER BY g.code`,
  );
  return rows.map((r) => ({ ...r, households: Number(r.households), residents: Number(r.residents), incidents30d: Number(r.incidents30d), incidentsPer1000: Number(r.incidentsPer1000), coverage: Number(r.coverage), openDisputes: Number(r.openDisputes), maxDisputeRisk: Number(r.maxDisputeRisk) }));
}
