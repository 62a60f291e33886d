import { z } from 'zod';
import { ogcItemsParameters } from './ogc';

/**
 * GET /ogc/collections/{id}/export?f=… (issue 14, item 4): every feature of a collection the caller may see, as one
 * file. It selects as /items does (bbox, bbox-crs, datetime, the collection's queryables) but has no paging (limit,
 * offset: the file holds them all) and no crs: a Shapefile, a GeoPackage and a CSV are written in CRS84, x east.
 */
export const ogcExportFormats = ['geojson', 'csv', 'shp', 'gpkg'] as const;
export type OgcExportFormat = (typeof ogcExportFormats)[number];

export const OgcExportFormatSchema = z.object({ f: z.enum(ogcExportFormats).default('geojson') });

/** The parameters an export takes besides the collection's queryables. */
export const ogcExportParameters = [...ogcItemsParameters.filter((p) => p !== 'limit' && p !== 'offset' && p !== 'crs'), 'f'] as const;

/** The media type of each format; a zipped Shapefile is a ZIP archive. */
export const ogcExportMediaTypes: Record<OgcExportFormat, string> = {
  geojson: 'application/geo+json',
  csv: 'text/csv; charset=utf-8',
  shp: 'application/zip',
  gpkg: 'application/geopackage+sqlite3',
};

export const ogcExportExtensions: Record<OgcExportFormat, string> = { geojson: 'geojson', csv: 'csv', shp: 'zip', gpkg: 'gpkg' };
