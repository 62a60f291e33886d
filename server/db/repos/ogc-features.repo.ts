import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../core/contracts/auth';
import type { OgcCollectionId, OgcFeature, OgcItemsQuery } from '../../../core/contracts/ogc';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { incidentCategories, incidents } from '../schema';
import { featureLayerSql, type FeatureLayer } from './features.repo';

/**
 * The collections of /ogc (issue 14, item 1) as SQL: the map layers of features.repo, with the same properties and the
 * same scope, and the incidents. Each source is a SELECT with an "fid" column (the feature's id: a code, or an
 * incident's number), the properties, and "geom" in EPSG:4326 (CRS84 axis order, as PostGIS stores it).
 */
const layerOf: Record<Exclude<OgcCollectionId, 'incidents'>, FeatureLayer> = {
  streets: 'streets',
  communities: 'communities',
  grids: 'grids',
  beats: 'beats',
  stations: 'stations',
  key_places: 'key-places',
};

function incidentsSql(scope: Scope): SQL {
  return sql`SELECT ${incidents.id} AS id, ${incidents.occurredAt} AS "occurredAt", ${incidents.categoryCode} AS "categoryCode",
      ${incidentCategories.nameZh} AS "categoryName", ${incidents.source} AS source, ${incidents.gridCode} AS "gridCode",
      ${incidents.beatCode} AS "beatCode", ${incidents.geom} AS geom
    FROM ${incidents} JOIN ${incidentCategories} ON ${incidentCategories.code} = ${incidents.categoryCode}
    WHERE ${gridInScope(incidents.gridCode, scope)}`;
}

/**
 * A collection's rows as t, with t.fid. Grids are only the caller's: /api/grids draws the others faded for a map's
 * surroundings, but a feature service has no faded, and their figures are not the caller's to read (issue 12).
 */
function sourceSql(id: OgcCollectionId, scope: Scope): SQL {
  if (id === 'incidents') return sql`(SELECT s.id AS fid, s.* FROM (${incidentsSql(scope)}) s)`;
  const inScopeOnly = id === 'grids' ? sql`WHERE s."inScope"` : sql``;
  return sql`(SELECT s.code AS fid, s.* FROM (${featureLayerSql(layerOf[id], scope)}) s ${inScopeOnly})`;
}

function filterSql(id: OgcCollectionId, q: Pick<OgcItemsQuery, 'bbox' | 'datetime'>): SQL {
  const parts: SQL[] = [sql`TRUE`];
  if (q.bbox) parts.push(sql`ST_Intersects(t.geom, ST_MakeEnvelope(${q.bbox[0]}, ${q.bbox[1]}, ${q.bbox[2]}, ${q.bbox[3]}, 4326))`);
  // Only incidents have a time; the other collections have none for datetime to select on, so it leaves them whole.
  if (id === 'incidents' && q.datetime?.start) parts.push(sql`t."occurredAt" >= ${q.datetime.start}::timestamptz`);
  if (id === 'incidents' && q.datetime?.end) parts.push(sql`t."occurredAt" <= ${q.datetime.end}::timestamptz`);
  return sql.join(parts, sql` AND `);
}

// The properties are every column but the id and the geometry; GeoJSON's id is the code (or the incident's number).
const featureJson = sql`json_build_object('type', 'Feature', 'id', t.fid, 'geometry', ST_AsGeoJSON(t.geom, 6)::json,
  'properties', to_jsonb(t) - 'fid' - 'geom')::text`;

/** How many features of the collection the caller may see match the filter (OGC numberMatched). */
export async function countOgcItems(db: Db, id: OgcCollectionId, q: OgcItemsQuery, scope: Scope): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(db, sql`SELECT count(*)::int AS n FROM ${sourceSql(id, scope)} t WHERE ${filterSql(id, q)}`);
  return Number(row.n);
}

/** One page of matching features, ordered by id so that offsets page through every feature once. */
export async function findOgcItems(db: Db, id: OgcCollectionId, q: OgcItemsQuery, scope: Scope): Promise<OgcFeature[]> {
  const rows = await queryRows<{ f: string }>(
    db,
    sql`SELECT ${featureJson} AS f FROM ${sourceSql(id, scope)} t WHERE ${filterSql(id, q)} ORDER BY t.fid LIMIT ${q.limit} OFFSET ${q.offset}`,
  );
  return rows.map((r) => JSON.parse(r.f) as OgcFeature);
}

/** One feature by its id, or null when there is none the caller may see. */
export async function findOgcItem(db: Db, id: OgcCollectionId, featureId: string, scope: Scope): Promise<OgcFeature | null> {
  if (id === 'incidents' && !/^\d{1,15}$/.test(featureId)) return null;
  const key = id === 'incidents' ? sql`${Number(featureId)}::bigint` : sql`${featureId}`;
  const [row] = await queryRows<{ f: string }>(db, sql`SELECT ${featureJson} AS f FROM ${sourceSql(id, scope)} t WHERE t.fid = ${key}`);
  return row ? (JSON.parse(row.f) as OgcFeature) : null;
}

export interface OgcDataExtent {
  bbox: [number, number, number, number] | null; // null when the caller sees no feature
  interval: [string, string] | null; // incidents only: the first and last occurredAt
}

/** The bounding box of the features the caller may see (and for incidents their first and last time). */
export async function findOgcExtent(db: Db, id: OgcCollectionId, scope: Scope): Promise<OgcDataExtent> {
  const times = id === 'incidents' ? sql`, min(t."occurredAt") AS first, max(t."occurredAt") AS last` : sql`, NULL AS first, NULL AS last`;
  const [row] = await queryRows<{ w: number | null; s: number; e: number; n: number; first: string | Date | null; last: string | Date | null }>(
    db,
    sql`SELECT ST_XMin(x.b) AS w, ST_YMin(x.b) AS s, ST_XMax(x.b) AS e, ST_YMax(x.b) AS n, x.first, x.last
      FROM (SELECT ST_Extent(t.geom)::box3d AS b ${times} FROM ${sourceSql(id, scope)} t) x`,
  );
  const iso = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());
  const first = iso(row.first);
  const last = iso(row.last);
  return {
    bbox: row.w === null ? null : [Number(row.w), Number(row.s), Number(row.e), Number(row.n)],
    interval: first && last ? [first, last] : null,
  };
}
