import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../core/contracts/auth';
import type { Bbox } from '../../../core/contracts/query-params';
import { beatInScope, gridInScope, stationInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { buildingMeasuresSql, residentMeasuresSql } from './measures.repo';

const inScopeGridCodes = (scope: Scope) => sql`SELECT code FROM grids WHERE ${gridInScope(sql`code`, scope)}`;

/**
 * The map layers served as GeoJSON: each a SELECT whose non-geometry columns become the feature's properties.
 * Grids, beats, stations and key places say whether they lie in the caller's jurisdiction (inScope): a map draws
 * the rest faded and inert rather than leaving a grid leader without surroundings (issue 12, item 2).
 */
const layerQueries = (scope: Scope) => ({
  streets: sql`SELECT code, name, kind, urban, geom FROM streets WHERE geom IS NOT NULL`,
  communities: sql`SELECT code, name, short_name AS "shortName", street_code AS "streetCode", kind, urban, geom
    FROM communities WHERE geom IS NOT NULL`,
  // 户数 and 实有人口 are the measures of measures.repo (issue 12, item 1), not the stored grids.residents, which
  // still counts people who moved out; computed for the jurisdiction's grids only, since the rest carry no figures.
  grids: sql`SELECT g.code, g.name, g.community_code AS "communityCode", g.street_code AS "streetCode",
      COALESCE(bm.hh, 0) AS households, COALESCE(rm.n, 0) AS residents,
      g.party_members AS "partyMembers", g.institution_staff AS "institutionStaff",
      bg.beat_code AS "beatCode", ${gridInScope(sql`g.code`, scope)} AS "inScope", g.geom
    FROM grids g JOIN grid_plans p ON p.id = g.plan_id AND p.status = 'published'
    LEFT JOIN beat_grids bg ON bg.grid_code = g.code
    LEFT JOIN (${buildingMeasuresSql(inScopeGridCodes(scope))}) bm ON bm.grid_code = g.code
    LEFT JOIN (${residentMeasuresSql(inScopeGridCodes(scope))}) rm ON rm.grid_code = g.code`,
  beats: sql`SELECT b.code, b.name, b.station_code AS "stationCode",
      (SELECT count(*)::int FROM beat_grids bg WHERE bg.beat_code = b.code) AS "gridCount", ${beatInScope(sql`b.code`, scope)} AS "inScope", b.geom
    FROM beats b`,
  stations: sql`SELECT s.code, s.name, s.street_code AS "streetCode", ${stationInScope(sql`s.code`, scope)} AS "inScope", s.geom FROM stations s`,
  'key-places': sql`SELECT code, name, kind, grid_code AS "gridCode", peak_windows AS "peakWindows",
      COALESCE(${gridInScope(sql`grid_code`, scope)}, FALSE) AS "inScope", geom FROM key_places`,
  // The base map drawn from our own data (issue 11): roads merged into one line a name and class, so a name is
  // drawn along a whole road rather than repeated on every 125 m block edge; water; compounds and buildings.
  roads: sql`SELECT min(id)::text AS code, highway AS class, name, bool_or(is_demo) AS "isDemo", ST_LineMerge(ST_Collect(geom)) AS geom
    FROM road_edges GROUP BY highway, name`,
  water: sql`SELECT code, kind, name, is_demo AS "isDemo", geom FROM water_features`,
  compounds: sql`SELECT code, name, geom FROM compounds`,
  buildings: sql`SELECT code, name, floors, geom FROM buildings`,
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
  const [row] = await queryRows<{ f: string }>(db, sql`SELECT ST_AsGeoJSON(t.*, 'geom', 6) AS f FROM (SELECT code, name, geom FROM districts LIMIT 1) t`);
  return row?.f ?? null;
}
