import type { Feature, Geometry, Position } from 'geojson';
import type { SourceCrs } from './crs';

/**
 * What a decoder of an uploaded feature file answers, and how it refuses. Problems and warnings are message codes of
 * server/i18n/messages.ts with their parameters, so the route words them in the caller's language, Chinese first.
 */

export type TextEncoding = 'utf-8' | 'gbk';

export type FileProblemCode =
  | 'file_not_zip' | 'file_no_shapefile' | 'file_missing_part' | 'file_bad_prj' | 'file_looks_gbk' | 'file_bad_shapefile'
  | 'file_not_geopackage' | 'file_gpkg_no_table' | 'file_gpkg_bad_srs' | 'file_gpkg_bad_geometry' | 'file_outside_lnglat' | 'file_bad_crs'
  | 'file_text_not_utf8';
export type FileWarningCode = 'file_warn_no_prj' | 'file_warn_more_layers' | 'file_warn_encoding_differs' | 'file_warn_cpg_unknown';

/** A refusal of the whole file: `field` names the part at fault (".shp", ".dbf", ".prj", "encoding", "body", …). */
export class FeatureFileError extends Error {
  constructor(
    readonly field: string,
    readonly code: FileProblemCode,
    readonly params: Record<string, string | number> = {},
    readonly extra: { detectedEncoding?: TextEncoding | 'unknown' } = {},
  ) {
    super(`${field}: ${code} ${JSON.stringify(params)}`);
  }
}

export interface FileWarning {
  code: FileWarningCode;
  params: Record<string, string | number>;
}

/** A decoded file: features in CRS84 (lng, lat), with what was read about it. */
export interface DecodedFeatures {
  layer: string; // the Shapefile's or the GeoPackage table's name
  features: Feature[];
  crs: string; // the source CRS as named in the file, e.g. "EPSG:4524" or "CGCS2000_3_Degree_GK_Zone_36"
  encoding?: TextEncoding | string; // Shapefiles: the encoding the attributes were read in
  detectedEncoding?: TextEncoding | 'unknown'; // Shapefiles: what the attribute bytes look like
  warnings: FileWarning[];
}

function mapPositions(g: Geometry, f: (p: Position) => Position): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: f(g.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: g.type, coordinates: g.coordinates.map(f) } as Geometry;
    case 'MultiLineString':
    case 'Polygon':
      return { type: g.type, coordinates: g.coordinates.map((l) => l.map(f)) } as Geometry;
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((l) => l.map(f))) };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: g.geometries.map((x) => mapPositions(x, f)) };
  }
}

/**
 * The features with every position taken to CRS84. Refuses (file_outside_lnglat) when a position does not land on
 * the globe: the usual sign of projected coordinates without a .prj, or a .prj that does not match the data.
 */
export function reprojectFeatures(features: Feature[], crs: SourceCrs): Feature[] {
  const toLngLat = (p: Position): Position => {
    const [lng, lat] = crs.toCrs84(p);
    if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90) {
      throw new FeatureFileError('crs', 'file_outside_lnglat', { crs: crs.name, x: p[0], y: p[1] });
    }
    return [Math.round(lng * 1e9) / 1e9, Math.round(lat * 1e9) / 1e9];
  };
  return features.map((f) => ({ ...f, geometry: f.geometry ? mapPositions(f.geometry, toLngLat) : f.geometry }));
}
