import { getTableName, sql, type AnyColumn } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import type { Health, Summary } from '../../../core/contracts/summary';
import { beatInScope, gridInScope, stationInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import {
  activities, assessments, beats, buildings, communities, compounds, datasets, disputes, grids, incidents, keyPlaces, people, stations, streets,
} from '../schema';
import { holdsDemoData } from './demo-data-sql';
import { readJurisdiction } from './jurisdiction.repo';
import { findGridMeasures, isWithinDays, sumGridMeasures } from './measures.repo';

const countedTables = [
  streets, communities, grids, compounds, buildings, people, stations, beats, keyPlaces, incidents, disputes, assessments, activities,
];
const sb0 = alias(beats, 'sb0');
const st0 = alias(stations, 'st0');

/** The engine and its PostGIS, and with `withCounts` the rows of the main tables. */
export async function readHealth(db: Db, engine: Health['engine'], withCounts: boolean): Promise<Omit<Health, 'replica'>> {
  const [v] = await queryRows<{ v: string }>(db, sql`SELECT postgis_lib_version() AS v`);
  if (!withCounts) return { engine, postgis: v.v };
  const counts: Record<string, number> = {};
  const unions = sql.join(countedTables.map((t) => sql`SELECT ${getTableName(t)} AS t, count(*)::int AS n FROM ${t}`), sql` UNION ALL `);
  for (const r of await queryRows<{ t: string; n: number }>(db, unions)) counts[r.t] = Number(r.n);
  return { engine, postgis: v.v, counts };
}

/**
 * Headline figures over the caller's jurisdiction (a grid leader's are its grid's, not the district's).
 * "Now" is the database's clock, so demo data generated up to its anchor reads as recent.
 */
export async function readSummary(db: Db, scope: Scope): Promise<Summary> {
  const inScope = (gridCode: AnyColumn) => gridInScope(gridCode, scope);
  const [base] = await queryRows<Record<string, number | string | boolean | null>>(
    db,
    sql`SELECT
      (SELECT COALESCE(sum(${buildings.partyMembers}), 0)::int FROM ${buildings} WHERE ${inScope(buildings.gridCode)}) AS "partyMembers",
      (SELECT count(*)::int FROM ${compounds} WHERE ${inScope(compounds.gridCode)}) AS compounds,
      (SELECT count(*)::int FROM ${buildings} WHERE ${inScope(buildings.gridCode)}) AS buildings,
      (SELECT count(*)::int FROM ${grids} WHERE ${inScope(grids.code)}) AS grids,
      (SELECT count(*)::int FROM ${people} WHERE ${people.role} = 'grid_leader' AND ${inScope(people.gridCode)}) AS "gridLeaders",
      (SELECT count(*)::int FROM ${people} WHERE ${people.role} = 'grid_leader' AND ${people.isPolice} AND ${inScope(people.gridCode)}) AS "policeGridLeaders",
      (SELECT count(*)::int FROM ${beats} ${sb0} WHERE ${beatInScope(sb0.code, scope)}) AS beats,
      (SELECT count(*)::int FROM ${stations} ${st0} WHERE ${stationInScope(st0.code, scope)}) AS stations,
      (SELECT count(*)::int FROM ${keyPlaces} WHERE ${inScope(keyPlaces.gridCode)}) AS "keyPlaces",
      (SELECT count(*)::int FROM ${incidents} WHERE ${isWithinDays(sql`${incidents.occurredAt}`, 7)} AND ${inScope(incidents.gridCode)}) AS "incidentsLast7d",
      (SELECT count(*)::int FROM ${incidents} WHERE ${isWithinDays(sql`${incidents.occurredAt}`, 365)} AND ${inScope(incidents.gridCode)}) AS "incidentsLast365d",
      ${holdsDemoData} AS demo,
      (SELECT max(${datasets.anchor}) FROM ${datasets} WHERE ${datasets.isDemo}) AS anchor`,
  );
  const activityCounts: Record<string, number> = {};
  for (const r of await queryRows<{ kind: string; n: number }>(
    db,
    sql`SELECT ${activities.kind}, count(*)::int AS n FROM ${activities}
        WHERE ${activities.occurredAt} >= now() - interval '365 days' AND ${inScope(activities.gridCode)} GROUP BY ${activities.kind}`,
  )) activityCounts[r.kind] = Number(r.n);
  // Residents, households, open disputes, the 30 days' incidents and the grades are the grid measures summed over
  // the jurisdiction, so that they equal what the wall, the registry and each grid's page show (issue 12).
  const gridMeasures = await findGridMeasures(db, scope);
  const totals = sumGridMeasures(gridMeasures);
  const grades: Record<string, number> = {};
  for (const g of gridMeasures) if (g.grade) grades[g.grade] = (grades[g.grade] ?? 0) + 1;
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
    disputesOpen: totals.openDisputes, activities: activityCounts, grades,
  };
}
