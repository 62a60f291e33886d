import type { FeatureCollection } from 'geojson';
import type { DecodedFeatures, TextEncoding } from './feature-file';
import { readGeoPackage } from './read-geopackage';
import { readShapefileZip } from './read-shapefile-zip';

/**
 * The binary feature files an import takes (issue 14, item 4), by media type: a zipped Shapefile or a GeoPackage.
 * Throws FeatureFileError naming the part of the file at fault.
 */
export const zipMediaTypes = ['application/zip', 'application/x-zip-compressed'];
export const geoPackageMediaTypes = ['application/geopackage+sqlite3', 'application/x-sqlite3'];

export interface FeatureUpload {
  type: 'shp' | 'gpkg';
  decoded: DecodedFeatures;
}

export const isFeatureUploadType = (mediaType: string) => zipMediaTypes.includes(mediaType) || geoPackageMediaTypes.includes(mediaType);

/** Reads a body whose media type isFeatureUploadType: a ZIP as a Shapefile, anything else as a GeoPackage. */
export function readFeatureUpload(mediaType: string, bytes: Buffer, options: { encoding?: TextEncoding; table?: string }): FeatureUpload {
  if (zipMediaTypes.includes(mediaType)) return { type: 'shp', decoded: readShapefileZip(bytes, { encoding: options.encoding }) };
  return { type: 'gpkg', decoded: readGeoPackage(bytes, { table: options.table }) };
}

export const featureCollectionOf = (d: DecodedFeatures): FeatureCollection => ({ type: 'FeatureCollection', features: d.features });
