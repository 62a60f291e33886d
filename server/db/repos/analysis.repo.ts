import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { MultiPolygon, Position } from 'geojson';
import type { AnalysisQuery, ProfileAnswer, RateRow, RatesAnswer } from '../../../core/contracts/analysis';
import type { Scope } from '../../../core/contracts/auth';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { beatGrids, beats, communities, grids, incidents } from '../schema';
import { incidentConditions, incidentsAlias as i } from './incidents.repo';
import { residentMeasuresSql } from './measures.repo';
import { changePct, comparePeriods, perThousand, previousPeriodOnRecord } from '../../../core/measures';
import { clippedLocalBuckets, listLocalBuckets } from '../../../core/time';

const c = alias(communities, 'c');
const g = alias(grids, 'g');
const b = alias(beats, 'b');
const bg = alias(beatGrids, 'bg');

export type Period = AnalysisQuery & { from: string; to: string };

/**
 * The study area of the analysis: the communities that hold grids in the caller's scope, as one MultiPolygon of
 * their polygons (no union: a cell belongs to the area when it meets any of them, and shared edges are harmless).
 */
export async function findStudyArea(db: Db, scope: Scope): Promise<MultiPolygon | null> {
  const rows = await queryRows<{ g: string }>(
    db,
    sql`SELECT ST_AsGeoJSON(${c.geom}, 6) AS g FROM ${communities} ${c}
        WHERE ${c.code} IN (SELECT ${g.communityCode} FROM ${grids} ${g} WHERE ${gridInScope(g.code, scope)}) ORDER BY ${c.code}`,
  );
  if (rows.length === 0) return null;
  const polygons: Position[][][] = [];
  for (const r of rows) {
    const g = JSON.parse(r.g) as { type: string; coordinates: Position[][] | Position[][][] };
    if (g.type === 'Polygon') polygons.push(g.coordinates as Position[][]);
    else polygons.push(...(g.coordinates as Position[][][]));
  }
  return { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * The first incident on record, across the district: when the records begin, whatever one user may read. Read by
 * the index on occurred_at, one row from each month's partition.
 */
async function findRecordsFrom(db: Db): Promise<string | null> {
  const [r] = await queryRows<{ first: string | null }>(db, sql`SELECT to_json(min(${incidents.occurredAt}))#>>'{}' AS first FROM ${incidents}`);
  return r?.first ? new Date(r.first).toISOString() : null;
}

/** Incidents per grid and per beat in the period and the one before it, per 1,000 residents, within scope. */
export async function findRates(db: Db, q: Period, scope: Scope, now = new Date()): Promise<RatesAnswer> {
  const { current, previous: prev, partial } = comparePeriods(q, now);
  const recordsFrom = await findRecordsFrom(db);
  const previousOnRecord = previousPeriodOnRecord(prev, recordsFrom);
  const counted = incidentConditions({ ...q, ...current }, scope);
  const before = incidentConditions({ ...q, ...prev }, scope);
  // 实有人口 is the registry's current residents (measures.repo's one source), as on the map, the grid page and 一标三实;
  // the grids table's stored figure is the plan's, and drifted from it.
  const rows = await queryRows<Pick<RateRow, 'code' | 'name' | 'residents' | 'count' | 'previous'> & { kind: 'grid' | 'beat' }>(
    db,
    sql`WITH counted AS (
          SELECT ${i.gridCode} AS grid_code, count(*) FILTER (WHERE ${counted})::int AS n, count(*) FILTER (WHERE ${before})::int AS p
          FROM ${incidents} ${i} WHERE ${i.occurredAt} >= ${prev.from}::timestamptz AND ${i.occurredAt} < ${current.to}::timestamptz GROUP BY ${i.gridCode}),
        rm AS (${residentMeasuresSql(sql`SELECT ${g.code} FROM ${grids} ${g} WHERE ${gridInScope(g.code, scope)}`)})
        SELECT 'grid' AS kind, ${g.code} AS code, ${g.name} AS name, COALESCE(rm.n, 0) AS residents, COALESCE(c.n, 0) AS count, COALESCE(c.p, 0) AS previous
          FROM ${grids} ${g} LEFT JOIN counted c ON c.grid_code = ${g.code} LEFT JOIN rm ON rm.grid_code = ${g.code} WHERE ${gridInScope(g.code, scope)}
        UNION ALL
        SELECT 'beat', ${b.code}, ${b.name}, COALESCE(sum(rm.n), 0)::int, COALESCE(sum(c.n), 0)::int, COALESCE(sum(c.p), 0)::int
          FROM ${beats} ${b} JOIN ${beatGrids} ${bg} ON ${bg.beatCode} = ${b.code} JOIN ${grids} ${g} ON ${g.code} = ${bg.gridCode}
          LEFT JOIN counted c ON c.grid_code = ${g.code} LEFT JOIN rm ON rm.grid_code = ${g.code} WHERE ${gridInScope(g.code, scope)} GROUP BY ${b.code}, ${b.name}
        ORDER BY 1, 2`,
  );
  const toRow = (r: (typeof rows)[number]): RateRow => ({
    code: r.code,
    name: r.name,
    residents: Number(r.residents),
    count: Number(r.count),
    per1000: perThousand(Number(r.count), Number(r.residents)) ?? 0,
    previous: Number(r.previous),
    changePct: previousOnRecord ? changePct(Number(r.count), Number(r.previous)) : null,
  });
  return {
    from: q.from,
    to: q.to,
    until: current.to,
    previousFrom: prev.from,
    previousTo: prev.to,
    partial,
    recordsFrom,
    previousOnRecord,
    grids: rows.filter((r) => r.kind === 'grid').map(toRow),
    beats: rows.filter((r) => r.kind === 'beat').map(toRow),
  };
}

/** The hour × weekday matrix, categories over time (days up to 62 days, else weeks), and the totals. */
export async function findProfile(db: Db, q: Period, scope: Scope, now = new Date()): Promise<ProfileAnswer> {
  const local = sql`(${i.occurredAt} AT TIME ZONE 'Asia/Shanghai')`;
  const { current, previous: prev, partial } = comparePeriods(q, now);
  const recordsFrom = await findRecordsFrom(db);
  const previousOnRecord = previousPeriodOnRecord(prev, recordsFrom);
  const where = incidentConditions({ ...q, ...current }, scope);
  const matrixRows = await queryRows<{ d: number; h: number; n: number }>(
    db,
    sql`SELECT extract(isodow FROM ${local})::int AS d, extract(hour FROM ${local})::int AS h, count(*)::int AS n
        FROM ${incidents} ${i} WHERE ${where} GROUP BY 1, 2`,
  );
  const matrix = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const r of matrixRows) matrix[Number(r.d) - 1][Number(r.h)] = Number(r.n);
  const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000;
  const bucket = days <= 62 ? 'day' : 'week';
  const seriesRows = await queryRows<{ b: string; code: string; n: number }>(
    db,
    sql`SELECT to_char(date_trunc(${bucket}, ${local}), 'YYYY-MM-DD') AS b, ${i.categoryCode} AS code, count(*)::int AS n
        FROM ${incidents} ${i} WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  const buckets = listLocalBuckets(Date.parse(current.from), Date.parse(current.to), bucket);
  const index = new Map(buckets.map((b, i) => [b, i]));
  const byCode = new Map<string, number[]>();
  for (const r of seriesRows) {
    const counts = byCode.get(r.code) ?? new Array<number>(buckets.length).fill(0);
    counts[index.get(r.b)!] = Number(r.n);
    byCode.set(r.code, counts);
  }
  const [totals] = await queryRows<{ now: number; before: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM ${incidents} ${i} WHERE ${where}) AS now,
               (SELECT count(*)::int FROM ${incidents} ${i} WHERE ${incidentConditions({ ...q, ...prev }, scope)}) AS before`,
  );
  return {
    from: q.from,
    to: q.to,
    until: current.to,
    previousFrom: prev.from,
    previousTo: prev.to,
    partial,
    recordsFrom,
    previousOnRecord,
    total: Number(totals.now),
    previousTotal: Number(totals.before),
    changePct: previousOnRecord ? changePct(Number(totals.now), Number(totals.before)) : null,
    matrix,
    series: { bucket, buckets, clipped: clippedLocalBuckets(Date.parse(current.from), Date.parse(current.to), bucket), categories: [...byCode].map(([code, counts]) => ({ code, counts })).sort((a, b) => b.counts.reduce((s, v) => s + v, 0) - a.counts.reduce((s, v) => s + v, 0)) },
  };
}
