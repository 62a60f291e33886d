import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import { tileBuffer, tileExtent, type TileAddress, type TileLayerId } from '../../../core/contracts/tiles';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { addresses, buildings, gridPlans, grids, incidentCategories, incidents } from '../schema';

/**
 * The layers of /tiles (issue 14, item 2) as SQL. Each layer is one SELECT giving "id", the properties and the
 * geometry of the features that meet the tile's envelope buffered by tileBuffer units; PostgreSQL encodes those rows
 * with ST_AsMVT, PGlite (whose PostGIS has no protobuf) gets them as GeoJSON and tiles.service encodes them in Node.
 * One SELECT for both engines is what makes their tiles carry the same ids and properties.
 *
 * Feature ids: MVT ids are unsigned integers. Incidents have their numeric id. Grid codes are 15-digit numbers
 * (511703001001001), below 2^53, so a grid's id is its code as a number; a code that is not all digits gets no id.
 * Buildings have only text codes (C0001-B01) and no numeric column, so they carry no id. Every grid and building
 * also has its code as the property `code`: a client that needs a key for feature state uses promoteId: 'code'.
 */
const b = alias(buildings, 'b');
const g = alias(grids, 'g');
const p = alias(gridPlans, 'p');

/** The tile's envelope in EPSG:3857, as ST_AsMVTGeom takes it. */
const envelope3857 = ({ z, x, y }: TileAddress) => sql`ST_TileEnvelope(${z}::int, ${x}::int, ${y}::int)`;

/**
 * The envelope widened by the buffer, in EPSG:4326 where the data is: the sides of a Web Mercator rectangle are a
 * meridian and a parallel, so it stays a rectangle. Rows are chosen with ST_Intersects (which uses the GiST index),
 * not `&&` alone: `&&` compares float4 boxes, rounded outward by up to ~0.7 m here, and PostGIS would then keep points
 * up to a unit past the buffer that geojson-vt leaves out, so the two encoders would disagree on a few features.
 */
const bufferedEnvelope4326 = ({ z, x, y }: TileAddress) =>
  sql`ST_Transform(ST_TileEnvelope(${z}::int, ${x}::int, ${y}::int, margin => ${tileBuffer / tileExtent}::float8), 4326)`;

/** What a layer SELECT does with its geometry column: pass it through (Node path) or cut it into tile units (ST_AsMVT). */
type ShapeGeometry = (column: SQL | AnyColumn) => SQL;

// Times as ISO 8601 text in UTC, written by the database, so that both encoders get the same string whatever the
// session's time zone (ST_AsMVT would otherwise print a timestamptz in the server's format).
const isoUtc = (column: SQL | AnyColumn) => sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
const numericCode = (column: SQL | AnyColumn) => sql`CASE WHEN ${column} ~ '^[0-9]{1,15}$' THEN ${column}::bigint END`;

function layerSql(layer: TileLayerId, scope: Scope, tile: TileAddress, shape: ShapeGeometry): SQL {
  const within = bufferedEnvelope4326(tile);
  switch (layer) {
    case 'incidents':
      return sql`SELECT ${incidents.id} AS id, ${isoUtc(incidents.occurredAt)} AS "occurredAt", ${incidents.categoryCode} AS "categoryCode",
          ${incidentCategories.nameZh} AS "categoryName", ${incidents.gridCode} AS "gridCode", ${shape(incidents.geom)} AS geom
        FROM ${incidents} JOIN ${incidentCategories} ON ${incidentCategories.code} = ${incidents.categoryCode}
        WHERE ST_Intersects(${incidents.geom}, ${within}) AND ${gridInScope(incidents.gridCode, scope)}`;
    // Every building is drawn, as /api/basemap/buildings draws them for everyone: a building is a landmark of the base
    // map, not a record, and carries no person. Its households are a figure of its grid, so they are given only for
    // the caller's grids (NULL elsewhere, which both encoders leave out). Its address is its standard address (一标).
    // Its id is NULL (no numeric column): both encoders then leave the feature without an id.
    case 'buildings':
      return sql`SELECT NULL::bigint AS id, ${b.code} AS code, ${b.name} AS name,
          (SELECT min(${addresses.label}) FROM ${addresses} WHERE ${addresses.buildingCode} = ${b.code}) AS address,
          ${b.gridCode} AS "gridCode", ${b.floors} AS floors,
          CASE WHEN ${gridInScope(b.gridCode, scope)} THEN ${b.households} END AS households, ${shape(b.geom)} AS geom
        FROM ${buildings} ${b}
        WHERE ST_Intersects(${b.geom}, ${within})`;
    // The caller's grids of the published plan only: a tile set for GIS clients has no faded surroundings (as /ogc).
    case 'grids':
      return sql`SELECT ${numericCode(g.code)} AS id, ${g.code} AS code, ${g.name} AS name, ${g.communityCode} AS "communityCode",
          ${g.streetCode} AS "streetCode", ${shape(g.geom)} AS geom
        FROM ${grids} ${g} JOIN ${gridPlans} ${p} ON ${p.id} = ${g.planId} AND ${p.status} = 'published'
        WHERE ST_Intersects(${g.geom}, ${within}) AND ${gridInScope(g.code, scope)}`;
  }
}

/**
 * A tile encoded by PostGIS (PostgreSQL only): ST_AsMVTGeom cuts each geometry into tile units (extent 4096,
 * buffer 64, clipped), ST_AsMVT writes the layer with "id" as the feature id (none where it is NULL). Empty bytes
 * when no feature is left.
 */
export async function findTileMvt(db: Db, layer: TileLayerId, tile: TileAddress, scope: Scope): Promise<Uint8Array> {
  const shape: ShapeGeometry = (column) =>
    sql`ST_AsMVTGeom(ST_Transform(${column}, 3857), ${envelope3857(tile)}, ${tileExtent}::int, ${tileBuffer}::int, true)`;
  const [row] = await queryRows<{ mvt: Uint8Array | null }>(
    db,
    sql`SELECT ST_AsMVT(m.*, ${layer}::text, ${tileExtent}::int, 'geom', 'id') AS mvt
      FROM (${layerSql(layer, scope, tile, shape)}) m WHERE m.geom IS NOT NULL`,
  );
  return row?.mvt ?? new Uint8Array();
}

/** The features of the same SELECT as findTileMvt, as GeoJSON in EPSG:4326 (for the Node path). */
export async function findTileFeatures(db: Db, layer: TileLayerId, tile: TileAddress, scope: Scope): Promise<GeoJSON.FeatureCollection> {
  // A row's JSON text each, not one json_agg of Features: building the one document costs PGlite ~10× the rows'
  // own time (3.5 s against 0.2 s for the densest z14 incidents tile). ST_AsGeoJSON's default 9 decimals are
  // 0.1 mm, far below a tile unit even at z22 (2 mm).
  const rows = await queryRows<{ f: string }>(
    db,
    sql`SELECT row_to_json(t)::text AS f FROM (${layerSql(layer, scope, tile, (column) => sql`ST_AsGeoJSON(${column})::json`)}) t`,
  );
  const features = rows.map((row): GeoJSON.Feature => {
    const { id, geom, ...properties } = JSON.parse(row.f) as { id: number | null; geom: GeoJSON.Geometry } & Record<string, unknown>;
    return { type: 'Feature', id: id ?? undefined, geometry: geom, properties };
  });
  return { type: 'FeatureCollection', features };
}

/** Whether this database can encode tiles itself: PGlite's PostGIS has ST_AsMVT but answers that it lacks protobuf-c. */
export async function canEncodeMvt(db: Db): Promise<boolean> {
  try {
    await queryRows(db, sql`SELECT ST_AsMVT(t.*) FROM (SELECT 1 AS a, ST_MakePoint(0, 0) AS geom) t`);
    return true;
  } catch {
    return false;
  }
}

// Every publication adds a published plan and archives the one it replaces (and a reseed makes new plan ids), which
// moves grids, buildings' grid codes and incidents' beats: the published and archived plans' ids and states say so.
const publicationsSql = sql`(SELECT md5(COALESCE(string_agg(${gridPlans.id}::text || ':' || ${gridPlans.status}, ',' ORDER BY ${gridPlans.id}), ''))
  FROM ${gridPlans} WHERE ${gridPlans.status} <> 'draft')`;

/**
 * The version of a layer's data, the same in every process over one database: it changes when what the layer serves
 * changes, and is cheap enough to read on every tile request (a primary-key max, a count, the few plans).
 * Incidents are only ever added (never deleted; a publication rewrites their beat): the last id and the publications.
 * Buildings change with a publication (their grid) and gain addresses by import; grids only with a publication.
 */
export async function findDataVersion(db: Db, layer: TileLayerId): Promise<string> {
  const parts: Record<TileLayerId, SQL> = {
    incidents: sql`COALESCE((SELECT max(${incidents.id}) FROM ${incidents}), 0)::text || '-' || left(${publicationsSql}, 10)`,
    buildings: sql`(SELECT count(*) FROM ${addresses})::text || '-' || left(${publicationsSql}, 10)`,
    grids: sql`left(${publicationsSql}, 10)`,
  };
  const [row] = await queryRows<{ v: string }>(db, sql`SELECT ${parts[layer]} AS v`);
  return row.v;
}

/** The bounding box [w, s, e, n] of the published grids (the district as the data draws it), or null before any. */
export async function findTileBounds(db: Db): Promise<[number, number, number, number] | null> {
  const [row] = await queryRows<{ w: number | null; s: number; e: number; n: number }>(
    db,
    sql`SELECT ST_XMin(x.b) AS w, ST_YMin(x.b) AS s, ST_XMax(x.b) AS e, ST_YMax(x.b) AS n
      FROM (SELECT ST_Extent(${g.geom})::box3d AS b FROM ${grids} ${g}
        JOIN ${gridPlans} ${p} ON ${p.id} = ${g.planId} AND ${p.status} = 'published') x`,
  );
  return row && row.w !== null ? [Number(row.w), Number(row.s), Number(row.e), Number(row.n)] : null;
}
