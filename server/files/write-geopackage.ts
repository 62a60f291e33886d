import Database from 'better-sqlite3';
import type { Feature } from 'geojson';
import { encodeGpkgGeometry } from './gpkg-geometry';
import { readFileBytes, withTempFile } from './temp-file';

/**
 * Features (CRS84) as a GeoPackage 1.3 (OGC 12-128r18; issue 14, item 4): the three required tables, one feature table
 * named `layer` with an INTEGER fid, a geometry column and one column a property (REAL, INTEGER, BOOLEAN or TEXT by its values;
 * objects as JSON text), in EPSG:4326. Written through SQLite into a temporary file, then read back as bytes.
 */
const WGS84_WKT = 'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]';
const GPKG_APPLICATION_ID = 0x47504b47; // "GPKG"
const GPKG_1_3 = 10300;

const quoted = (id: string) => `"${id.replace(/"/g, '""')}"`;

function geometryTypeName(features: readonly Feature[]): string {
  const types = new Set(features.map((f) => f.geometry?.type).filter(Boolean));
  return types.size === 1 ? [...types][0]!.toUpperCase() : 'GEOMETRY';
}

// BOOLEAN is a GeoPackage column type of its own (stored 0/1): GDAL and QGIS read it as a boolean, not a count.
function columnType(values: unknown[]): 'INTEGER' | 'REAL' | 'BOOLEAN' | 'TEXT' {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length > 0 && present.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'INTEGER';
  if (present.length > 0 && present.every((v) => typeof v === 'number')) return 'REAL';
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'BOOLEAN';
  return 'TEXT';
}

function cell(v: unknown, type: string): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (type !== 'TEXT' && typeof v === 'number') return v;
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function fill(db: Database.Database, features: readonly Feature[], layer: string, title: string): void {
  db.pragma(`application_id = ${GPKG_APPLICATION_ID}`);
  db.pragma(`user_version = ${GPKG_1_3}`);
  db.exec(`CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
      organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
    CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '',
      last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
      srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
    CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
      srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
      CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
      CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));`);
  const srs = db.prepare('INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)');
  srs.run('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system');
  srs.run('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
  srs.run('WGS 84 geodetic', 4326, 'EPSG', 4326, WGS84_WKT, 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');

  const properties = [...new Set(features.flatMap((f) => Object.keys(f.properties ?? {})))].filter((p) => p.toLowerCase() !== 'fid' && p.toLowerCase() !== 'geom');
  const types = properties.map((p) => columnType(features.map((f) => f.properties?.[p])));
  const columns = properties.map((p, i) => `${quoted(p)} ${types[i]}`);
  db.exec(`CREATE TABLE ${quoted(layer)} (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom ${geometryTypeName(features)}${columns.map((c) => `, ${c}`).join('')})`);
  const insert = db.prepare(`INSERT INTO ${quoted(layer)} (geom${properties.map((p) => `, ${quoted(p)}`).join('')}) VALUES (?${', ?'.repeat(properties.length)})`);
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  db.transaction(() => {
    for (const f of features) {
      const blob = f.geometry ? encodeGpkgGeometry(f.geometry, 4326) : null;
      if (blob) {
        box[0] = Math.min(box[0], blob.readDoubleLE(8));
        box[2] = Math.max(box[2], blob.readDoubleLE(16));
        box[1] = Math.min(box[1], blob.readDoubleLE(24));
        box[3] = Math.max(box[3], blob.readDoubleLE(32));
      }
      insert.run(blob, ...properties.map((p, i) => cell(f.properties?.[p], types[i])));
    }
  })();
  const extent = Number.isFinite(box[0]) ? box : [null, null, null, null];
  db.prepare(`INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, '', ?, ?, ?, ?, 4326)`)
    .run(layer, title, ...extent);
  db.prepare('INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, 4326, 0, 0)').run(layer, 'geom', geometryTypeName(features));
}

/** The GeoPackage's bytes; `layer` is the table's name, `title` its identifier (e.g. 网格). */
export function writeGeoPackage(features: readonly Feature[], layer: string, title: string): Buffer {
  return withTempFile('export.gpkg', null, (path) => {
    const db = new Database(path);
    try {
      fill(db, features, layer, title);
    } finally {
      db.close();
    }
    return readFileBytes(path);
  });
}
