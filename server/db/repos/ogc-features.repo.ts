import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../core/contracts/auth';
import type { DisputeParty } from '../../../core/contracts/disputes';
import { cgcs2000, ogcQueryables, type OgcCollectionId, type OgcCrs, type OgcFeature, type OgcItemsQuery } from '../../../core/contracts/ogc';
import { queryRows, type Db } from '../engine';
import { maskParty } from './disputes.repo';
import { ogcFeatureKey, ogcSourceSql, ogcTimeColumn } from './ogc-sources.repo';

/**
 * The items of /ogc (issue 14, item 1) from the sources of ogc-sources.repo: counts, pages, one feature and extents,
 * each through the caller's scope. Property filters (OGC Part 3 queryables) are bound values on columns named by
 * ogcQueryables alone, never by the request.
 */

/** The property filters of an items request: queryable name → the exact text asked for. */
export type OgcPropertyFilters = Record<string, string>;

function filterSql(id: OgcCollectionId, q: Pick<OgcItemsQuery, 'bbox' | 'datetime'>, properties: OgcPropertyFilters): SQL {
  const parts: SQL[] = [sql`TRUE`];
  if (q.bbox) parts.push(sql`ST_Intersects(t.geom, ST_MakeEnvelope(${q.bbox[0]}, ${q.bbox[1]}, ${q.bbox[2]}, ${q.bbox[3]}, 4326))`);
  // A collection without a time has nothing for datetime to select on, so it leaves the collection whole.
  const time = ogcTimeColumn[id];
  if (time && q.datetime?.start) parts.push(sql`${time} >= ${q.datetime.start}::timestamptz`);
  if (time && q.datetime?.end) parts.push(sql`${time} <= ${q.datetime.end}::timestamptz`);
  for (const [name, value] of Object.entries(properties)) {
    // The column is the whitelist's own string, so a name the request made up can never reach the SQL.
    const column = (ogcQueryables[id] as readonly string[]).find((q) => q === name);
    if (!column) throw new Error(`${name} is not a queryable of ${id}`);
    parts.push(sql`t.${sql.identifier(column)}::text = ${value}`);
  }
  return sql.join(parts, sql` AND `);
}

/**
 * OGC Part 2 asks for the axis order of the CRS: EPSG:4490 is latitude first. CGCS2000 and WGS 84 (CRS84's datum)
 * agree within centimetres, below the 6 decimals (≈ 0.1 m) written, so the coordinates are only swapped, not shifted.
 */
const geometryIn = (crs: OgcCrs) => (crs === cgcs2000 ? sql`ST_FlipCoordinates(t.geom)` : sql`t.geom`);

// The properties are every column but the id and the geometry; GeoJSON's id is the source's fid.
const featureJson = (crs: OgcCrs) => sql`json_build_object('type', 'Feature', 'id', t.fid, 'geometry', ST_AsGeoJSON(${geometryIn(crs)}, 6)::json,
  'properties', to_jsonb(t) - 'fid' - 'geom')::text`;

// Disputes' parties are personal: masked as the /api/disputes list masks them, whoever reads.
function featureOf(id: OgcCollectionId, text: string): OgcFeature {
  const feature = JSON.parse(text) as OgcFeature;
  if (id !== 'disputes') return feature;
  const parties = (feature.properties.parties ?? []) as DisputeParty[];
  return { ...feature, properties: { ...feature.properties, parties: parties.map(maskParty), masked: true } };
}

/** How many features of the collection the caller may see match the filter (OGC numberMatched). */
export async function countOgcItems(db: Db, id: OgcCollectionId, q: OgcItemsQuery, properties: OgcPropertyFilters, scope: Scope): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(db, sql`SELECT count(*)::int AS n FROM ${ogcSourceSql(id, scope)} t WHERE ${filterSql(id, q, properties)}`);
  return Number(row.n);
}

/** One page of matching features, ordered by id so that offsets page through every feature once. */
export async function findOgcItems(db: Db, id: OgcCollectionId, q: OgcItemsQuery, properties: OgcPropertyFilters, scope: Scope): Promise<OgcFeature[]> {
  const rows = await queryRows<{ f: string }>(
    db,
    sql`SELECT ${featureJson(q.crs)} AS f FROM ${ogcSourceSql(id, scope)} t WHERE ${filterSql(id, q, properties)}
      ORDER BY t.fid LIMIT ${q.limit} OFFSET ${q.offset}`,
  );
  return rows.map((r) => featureOf(id, r.f));
}

/** One feature by its id, or null when there is none the caller may see. */
export async function findOgcItem(db: Db, id: OgcCollectionId, featureId: string, crs: OgcCrs, scope: Scope): Promise<OgcFeature | null> {
  const key = ogcFeatureKey(id, featureId);
  if (!key) return null;
  const [row] = await queryRows<{ f: string }>(db, sql`SELECT ${featureJson(crs)} AS f FROM ${ogcSourceSql(id, scope)} t WHERE t.fid = ${key}`);
  return row ? featureOf(id, row.f) : null;
}

export interface OgcDataExtent {
  bbox: [number, number, number, number] | null; // CRS84; null when the caller sees no feature
  interval: [string, string] | null; // the first and last time of a collection with one
}

/** The bounding box of the features the caller may see (and, for a collection with a time, their first and last). */
export async function findOgcExtent(db: Db, id: OgcCollectionId, scope: Scope): Promise<OgcDataExtent> {
  const time = ogcTimeColumn[id];
  const times = time ? sql`, min(${time}) AS first, max(${time}) AS last` : sql`, NULL AS first, NULL AS last`;
  const [row] = await queryRows<{ w: number | null; s: number; e: number; n: number; first: string | Date | null; last: string | Date | null }>(
    db,
    sql`SELECT ST_XMin(x.b) AS w, ST_YMin(x.b) AS s, ST_XMax(x.b) AS e, ST_YMax(x.b) AS n, x.first, x.last
      FROM (SELECT ST_Extent(t.geom)::box3d AS b ${times} FROM ${ogcSourceSql(id, scope)} t) x`,
  );
  const iso = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());
  const first = iso(row.first);
  const last = iso(row.last);
  return {
    bbox: row.w === null ? null : [Number(row.w), Number(row.s), Number(row.e), Number(row.n)],
    interval: first && last ? [first, last] : null,
  };
}
