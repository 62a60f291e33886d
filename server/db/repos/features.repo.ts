import { sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import type { Bbox } from '../../../core/contracts/query-params';
import { beatInScope, gridInScope, stationInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import {
  beatGrids, beats, buildings, communities, compounds, districts, gridPlans, grids, keyPlaces, roadEdges, stations, streets, waterFeatures,
} from '../schema';
import { buildingMeasuresSql, residentMeasuresSql } from './measures.repo';

const g = alias(grids, 'g');
const p = alias(gridPlans, 'p');
const bg = alias(beatGrids, 'bg');
const b = alias(beats, 'b');
const s = alias(stations, 's');

const inScopeGridCodes = (scope: Scope) => sql`SELECT ${grids.code} FROM ${grids} WHERE ${gridInScope(grids.code, scope)}`;

/**
 * The map layers served as GeoJSON: each a SELECT whose non-geometry columns become the feature's properties.
 * Grids, beats, stations and key places say whether they lie in the caller's jurisdiction (inScope): a map draws
 * the rest faded and inert rather than leaving a grid leader without surroundings (issue 12, item 2).
 * Every column is named as the feature shows it (AS), whatever the table calls it; the geometry is "geom".
 */
const layerQueries = (scope: Scope) => ({
  streets: sql`SELECT ${streets.code} AS code, ${streets.name} AS name, ${streets.kind} AS kind, ${streets.urban} AS urban, ${streets.geom} AS geom
    FROM ${streets} WHERE ${streets.geom} IS NOT NULL`,
  communities: sql`SELECT ${communities.code} AS code, ${communities.name} AS name, ${communities.shortName} AS "shortName",
      ${communities.streetCode} AS "streetCode", ${communities.kind} AS kind, ${communities.urban} AS urban, ${communities.geom} AS geom
    FROM ${communities} WHERE ${communities.geom} IS NOT NULL`,
  // 户数 and 实有人口 are the measures of measures.repo (issue 12, item 1), not the stored grids.residents, which
  // still counts people who moved out; computed for the jurisdiction's grids only, since the rest carry no figures.
  // The beat's name is beats.name, as the grid page reads it: a place is shown by its name, never by its code alone.
  grids: sql`SELECT ${g.code} AS code, ${g.name} AS name, ${g.communityCode} AS "communityCode", ${g.streetCode} AS "streetCode",
      COALESCE(bm.hh, 0) AS households, COALESCE(rm.n, 0) AS residents,
      ${g.partyMembers} AS "partyMembers", ${g.institutionStaff} AS "institutionStaff",
      ${bg.beatCode} AS "beatCode", ${b.name} AS "beatName", ${gridInScope(g.code, scope)} AS "inScope", ${g.geom} AS geom
    FROM ${grids} ${g} JOIN ${gridPlans} ${p} ON ${p.id} = ${g.planId} AND ${p.status} = 'published'
    LEFT JOIN ${beatGrids} ${bg} ON ${bg.gridCode} = ${g.code} LEFT JOIN ${beats} ${b} ON ${b.code} = ${bg.beatCode}
    LEFT JOIN (${buildingMeasuresSql(inScopeGridCodes(scope))}) bm ON bm.grid_code = ${g.code}
    LEFT JOIN (${residentMeasuresSql(inScopeGridCodes(scope))}) rm ON rm.grid_code = ${g.code}`,
  beats: sql`SELECT ${b.code} AS code, ${b.name} AS name, ${b.stationCode} AS "stationCode",
      (SELECT count(*)::int FROM ${beatGrids} ${bg} WHERE ${bg.beatCode} = ${b.code}) AS "gridCount", ${beatInScope(b.code, scope)} AS "inScope",
      ${b.geom} AS geom
    FROM ${beats} ${b}`,
  stations: sql`SELECT ${s.code} AS code, ${s.name} AS name, ${s.streetCode} AS "streetCode", ${stationInScope(s.code, scope)} AS "inScope",
      ${s.geom} AS geom
    FROM ${stations} ${s}`,
  'key-places': sql`SELECT ${keyPlaces.code} AS code, ${keyPlaces.name} AS name, ${keyPlaces.kind} AS kind, ${keyPlaces.gridCode} AS "gridCode",
      ${keyPlaces.peakWindows} AS "peakWindows", COALESCE(${gridInScope(keyPlaces.gridCode, scope)}, FALSE) AS "inScope", ${keyPlaces.geom} AS geom
    FROM ${keyPlaces}`,
  // The base map drawn from our own data (issue 11): roads merged into one line a name and class, so a name is
  // drawn along a whole road rather than repeated on every 125 m block edge; water; compounds and buildings.
  roads: sql`SELECT min(${roadEdges.id})::text AS code, ${roadEdges.highway} AS class, ${roadEdges.name} AS name,
      bool_or(${roadEdges.isDemo}) AS "isDemo", ST_LineMerge(ST_Collect(${roadEdges.geom})) AS geom
    FROM ${roadEdges} GROUP BY ${roadEdges.highway}, ${roadEdges.name}`,
  water: sql`SELECT ${waterFeatures.code} AS code, ${waterFeatures.kind} AS kind, ${waterFeatures.name} AS name, ${waterFeatures.isDemo} AS "isDemo",
      ${waterFeatures.geom} AS geom
    FROM ${waterFeatures}`,
  compounds: sql`SELECT ${compounds.code} AS code, ${compounds.name} AS name, ${compounds.geom} AS geom FROM ${compounds}`,
  buildings: sql`SELECT ${buildings.code} AS code, ${buildings.name} AS name, ${buildings.floors} AS floors, ${buildings.geom} AS geom FROM ${buildings}`,
}) satisfies Record<string, SQL>;

/**
 * What a grid outside the caller's jurisdiction still carries: where it is and what it is called, to be drawn faded
 * and to name a place; no figures and no beat (issue 12: the map of a grid leader is not a district census).
 */
const outsideGridProperties = sql`json_build_object('code', t.code, 'name', t.name, 'communityCode', t."communityCode",
  'streetCode', t."streetCode", 'inScope', false)`;

/** One row of a layer as a GeoJSON Feature; a grid outside the jurisdiction keeps only its outsideGridProperties. */
function featureJson(layer: FeatureLayer): SQL {
  const whole = sql`ST_AsGeoJSON(t.*, 'geom', 6)::json`;
  if (layer !== 'grids') return whole;
  return sql`CASE WHEN t."inScope" THEN ${whole}
    ELSE json_build_object('type', 'Feature', 'geometry', ST_AsGeoJSON(t.geom, 6)::json, 'properties', ${outsideGridProperties}) END`;
}

const districtScope: Scope = { kind: 'district', codes: [] };
export type FeatureLayer = keyof ReturnType<typeof layerQueries>;
export const featureLayers = Object.keys(layerQueries(districtScope)) as FeatureLayer[];

/** A layer's SELECT (columns named as its features' properties, geometry "geom"), for other readers of the layers (/ogc). */
export function featureLayerSql(layer: FeatureLayer, scope: Scope): SQL {
  return layerQueries(scope)[layer];
}

/**
 * One layer as GeoJSON FeatureCollection text, built by PostGIS (6 decimals ≈ 0.1 m) so the server
 * passes it through without parsing. bbox keeps features whose bounding box meets it.
 */
export async function findFeatureCollection(db: Db, layer: FeatureLayer, bbox?: Bbox, scope: Scope = districtScope): Promise<string> {
  const where = bbox ? sql`WHERE t.geom && ST_MakeEnvelope(${bbox[0]}, ${bbox[1]}, ${bbox[2]}, ${bbox[3]}, 4326)` : sql``;
  const [row] = await queryRows<{ fc: string }>(
    db,
    sql`SELECT json_build_object('type', 'FeatureCollection', 'features',
          COALESCE(json_agg(${featureJson(layer)} ORDER BY t.code), '[]'::json))::text AS fc
        FROM (${layerQueries(scope)[layer]}) t ${where}`,
  );
  return row.fc;
}

/** The district boundary as a GeoJSON Feature text, or null before the data is loaded. */
export async function findDistrictFeature(db: Db): Promise<string | null> {
  const [row] = await queryRows<{ f: string }>(
    db,
    sql`SELECT ST_AsGeoJSON(t.*, 'geom', 6) AS f
      FROM (SELECT ${districts.code} AS code, ${districts.name} AS name, ${districts.geom} AS geom FROM ${districts} LIMIT 1) t`,
  );
  return row?.f ?? null;
}
