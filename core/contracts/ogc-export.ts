import { z } from 'zod';
import { OgcItemsQuerySchema } from './ogc';

/**
 * GET /ogc/collections/{id}/export (issue 14, item 4): every feature of a collection the caller may see, as one file.
 * bbox and datetime select as on /items; there is no paging, the file holds them all.
 */
export const ogcExportFormats = ['geojson', 'csv', 'shp', 'gpkg'] as const;
export type OgcExportFormat = (typeof ogcExportFormats)[number];

export const OgcExportQuerySchema = OgcItemsQuerySchema.pick({ bbox: true, datetime: true }).extend({
  f: z.enum(ogcExportFormats).default('geojson'),
});
export type OgcExportQuery = z.infer<typeof OgcExportQuerySchema>;
/** The export parameters that a refusal can name. */
export type OgcExportParameter = keyof OgcExportQuery;

/** The media type of each format; a zipped Shapefile is a ZIP archive. */
export const ogcExportMediaTypes: Record<OgcExportFormat, string> = {
  geojson: 'application/geo+json',
  csv: 'text/csv; charset=utf-8',
  shp: 'application/zip',
  gpkg: 'application/geopackage+sqlite3',
};

export const ogcExportExtensions: Record<OgcExportFormat, string> = { geojson: 'geojson', csv: 'csv', shp: 'zip', gpkg: 'gpkg' };
