import Database from 'better-sqlite3';
import type { Feature } from 'geojson';
import { CrsError, crsFromEpsg, crsFromWkt, crs84Source, type SourceCrs } from './crs';
import { FeatureFileError, reprojectFeatures, type DecodedFeatures } from './feature-file';
import { decodeGpkgGeometry } from './gpkg-geometry';
import { withTempFile } from './temp-file';

/**
 * A GeoPackage (issue 14, item 4) -> the features of one table in CRS84: the named table, or the first feature table
 * of gpkg_contents. Read through SQLite from a temporary copy, read-only; GDAL is never needed at run time.
 */
export interface ReadGeoPackageOptions {
  table?: string;
}

interface SrsRow {
  srs_id: number;
  organization: string;
  organization_coordsys_id: number;
  definition: string;
}

/** The table's CRS: an EPSG code we know, else its WKT; the GeoPackage's own -1/0 rows (undefined) read as CRS84. */
function crsOf(srs: SrsRow | undefined, srsId: number): SourceCrs {
  if (!srs || srsId === -1 || srsId === 0) return crs84Source;
  try {
    if (srs.organization.toUpperCase() === 'EPSG') {
      try {
        return crsFromEpsg(srs.organization_coordsys_id);
      } catch {
        // not one proj4 knows by number: its WKT may still be readable
      }
    }
    return crsFromWkt(srs.definition);
  } catch (e) {
    if (e instanceof CrsError) throw new FeatureFileError('srs_id', 'file_gpkg_bad_srs', { srsId, organization: `${srs.organization}:${srs.organization_coordsys_id}` });
    throw e;
  }
}

function readOpen(db: Database.Database, options: ReadGeoPackageOptions): DecodedFeatures {
  const hasContents = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('gpkg_contents', 'gpkg_geometry_columns', 'gpkg_spatial_ref_sys')`).get() as { n: number };
  if (hasContents.n < 3) throw new FeatureFileError('body', 'file_not_geopackage', { detail: 'no gpkg_contents, gpkg_geometry_columns or gpkg_spatial_ref_sys' });
  const tables = db
    .prepare(`SELECT c.table_name AS name, g.column_name AS geometry, g.srs_id AS srsId FROM gpkg_contents c
      JOIN gpkg_geometry_columns g ON g.table_name = c.table_name WHERE c.data_type = 'features' ORDER BY c.rowid`)
    .all() as { name: string; geometry: string; srsId: number }[];
  const table = options.table ? tables.find((t) => t.name === options.table) : tables[0];
  if (!table) throw new FeatureFileError('table', 'file_gpkg_no_table', { table: options.table ?? '', tables: tables.map((t) => t.name).join(', ') });
  const srs = db.prepare('SELECT srs_id, organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?').get(table.srsId) as SrsRow | undefined;
  const crs = crsOf(srs, table.srsId);
  const quoted = (id: string) => `"${id.replace(/"/g, '""')}"`;
  const rows = db.prepare(`SELECT * FROM ${quoted(table.name)}`).all() as Record<string, unknown>[];
  const features: Feature[] = rows.map((row, i) => {
    const { [table.geometry]: blob, ...rest } = row;
    const properties: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(rest)) if (k !== 'fid') properties[k] = Buffer.isBuffer(v) ? v.toString('base64') : v;
    let geometry: Feature['geometry'] | null;
    try {
      geometry = Buffer.isBuffer(blob) ? decodeGpkgGeometry(blob) : null;
    } catch (e) {
      throw new FeatureFileError(table.geometry, 'file_gpkg_bad_geometry', { table: table.name, row: i + 1, detail: e instanceof Error ? e.message : String(e) });
    }
    return { type: 'Feature', ...(row.fid !== undefined ? { id: row.fid as number } : {}), geometry: geometry as Feature['geometry'], properties };
  });
  const name = srs && srs.organization.toUpperCase() === 'EPSG' ? `EPSG:${srs.organization_coordsys_id}` : crs.name;
  return { layer: table.name, features: reprojectFeatures(features, crs), crs: name, warnings: [] };
}

export function readGeoPackage(file: Buffer, options: ReadGeoPackageOptions = {}): DecodedFeatures {
  if (file.subarray(0, 16).toString('latin1') !== 'SQLite format 3\0') throw new FeatureFileError('body', 'file_not_geopackage', { detail: 'not an SQLite database' });
  return withTempFile('upload.gpkg', file, (path) => {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return readOpen(db, options);
    } catch (e) {
      if (e instanceof FeatureFileError) throw e;
      throw new FeatureFileError('body', 'file_not_geopackage', { detail: e instanceof Error ? e.message : String(e) });
    } finally {
      db.close();
    }
  });
}
