import { sql } from 'drizzle-orm';
import type { Scope } from '../../../core/contracts/auth';
import type { Health, Summary } from '../../../core/contracts/summary';
import { beatInScope, gridInScope, stationInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { readJurisdiction } from './jurisdiction.repo';
import { findGridMeasures, isWithinDays, sumGridMeasures } from './measures.repo';

const countedTables = [
  'streets', 'communities', 'grids', 'compounds', 'buildings', 'people', 'stations', 'beats', 'key_places',
  'incidents', 'disputes', 'assessments', 'activities',
] as const;

export async function readHealth(db: Db, engine: Health['engine']): Promise<Health> {
  const [v] = await queryRows<{ v: string }>(db, sql`SELECT postgis_lib_version() AS v`);
  const counts: Record<string, number> = {};
  const unions = countedTables.map((t) => `SELECT '${t}' AS t, count(*)::int AS n FROM "${t}"`).join(' UNION ALL ');
  for (const r of await queryRows<{ t: string; n: number }>(db, sql.raw(unions))) counts[r.t] = Number(r.n);
  return { engine, postgis: v.v, counts };
}

/**
 * Headline figures over the caller's jurisdiction (a grid leader's are its grid's, not the district's).
 * "Now" is the database's clock, so demo data generated up to its anchor reads as recent.
 */
export async function readSummary(db: Db, scope: Scope): Promise<Summary> {
  const inScope = (gridCode: string) => gridInScope(sql.raw(gridCode), scope);
  const [base] = await queryRows<Record<string, number | string | boolean | null>>(
    db,
    sql`SELECT
      (SELECT COALESCE(sum(party_members), 0)::int FROM buildings WHERE ${inScope('grid_code')}) AS "partyMembers",
      (SELECT count(*)::int FROM compounds WHERE ${inScope('grid_code')}) AS compounds,
      (SELECT count(*)::int FROM buildings WHERE ${inScope('grid_code')}) AS buildings,
      (SELECT count(*)::int FROM grids WHERE ${inScope('code')}) AS grids,
      (SELECT count(*)::int FROM people WHERE role = 'grid_leader' AND ${inScope('grid_code')}) AS "gridLeaders",
      (SELECT count(*)::int FROM people WHERE role = 'grid_leader' AND is_police AND ${inScope('grid_code')}) AS "policeGridLeaders",
      (SELECT count(*)::int FROM beats sb0 WHERE ${beatInScope(sql`sb0.code`, scope)}) AS beats,
      (SELECT count(*)::int FROM stations st0 WHERE ${stationInScope(sql`st0.code`, scope)}) AS stations,
      (SELECT count(*)::int FROM key_places WHERE ${inScope('grid_code')}) AS "keyPlaces",
      (SELECT count(*)::int FROM incidents WHERE ${isWithinDays(sql`occurred_at`, 7)} AND ${inScope('grid_code')}) AS "incidentsLast7d",
      (SELECT count(*)::int FROM incidents WHERE ${isWithinDays(sql`occurred_at`, 365)} AND ${inScope('grid_code')}) AS "incidentsLast365d",
      (SELECT bool_or(is_demo) FROM datasets) AS demo,
      (SELECT max(anchor) FROM datasets WHERE is_demo) AS anchor`,
  );
  const activities: Record<string, number> = {};
  for (const r of await queryRows<{ kind: string; n: number }>(
    db,
    sql`SELECT kind, count(*)::int AS n FROM activities WHERE occurred_at >= now() - interval '365 days' AND ${inScope('grid_code')} GROUP BY kind`,
  )) activities[r.kind] = Number(r.n);
  // Residents, households, open disputes, the 30 days' incidents and the grades are the grid measures summed over
  // the jurisdiction, so that they equal what the wall, the registry and each grid's page show (issue 12).
  const grids = await findGridMeasures(db, scope);
  const totals = sumGridMeasures(grids);
  const grades: Record<string, number> = {};
  for (const g of grids) if (g.grade) grades[g.grade] = (grades[g.grade] ?? 0) + 1;
  const num = (k: string) => Number(base[k] ?? 0);
  return {
    jurisdiction: await readJurisdiction(db, scope),
    demo: base.demo === true,
    anchor: (base.anchor as string | null) ?? null,
    residents: totals.residents, households: totals.households, partyMembers: num('partyMembers'),
    compounds: num('compounds'), buildings: num('buildings'), grids: num('grids'),
    gridLeaders: num('gridLeaders'), policeGridLeaders: num('policeGridLeaders'), beats: num('beats'),
    stations: num('stations'), keyPlaces: num('keyPlaces'), incidentsLast7d: num('incidentsLast7d'),
    incidentsLast30d: totals.incidents, incidentsLast365d: num('incidentsLast365d'),
    disputesOpen: totals.openDisputes, activities, grades,
  };
}
