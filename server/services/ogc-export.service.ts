/**
 * Exports of /ogc collections as files (issue 14, item 4): every feature the caller may see, read through
 * findOgcItems page by page — the same scope and the same properties as /items, so an export shows no more than the
 * feature service does — then written as GeoJSON, CSV, a zipped Shapefile or a GeoPackage (server/files).
 */
import type { Feature } from 'geojson';
import { crs84, ogcMaxLimit, type OgcCollectionId, type OgcItemsQuery } from '../../core/contracts/ogc';
import { ogcExportExtensions, ogcExportMediaTypes, type OgcExportFormat } from '../../core/contracts/ogc-export';
import { findOgcItems, type OgcPropertyFilters } from '../db/repos/ogc-features.repo';
import { writeFeaturesCsv } from '../files/write-csv';
import { writeGeoPackage } from '../files/write-geopackage';
import { writeShapefileZip } from '../files/write-shapefile-zip';
import { ogcCollectionWords } from '../i18n/ogc-words';
import type { OgcContext } from './ogc-features.service';

export interface OgcExportFile {
  body: string | Uint8Array<ArrayBuffer>;
  contentType: string;
  fileName: string; // in Chinese, e.g. 网格.gpkg
  asciiFileName: string; // the collection's id, e.g. grids.gpkg
  featureIds: (string | number)[]; // what the file holds, for the audit of collections with personal data
}

/** Every matching feature in CRS84, in pages of ogcMaxLimit ordered by id, as /items pages them. */
async function findAllItems(ctx: OgcContext, id: OgcCollectionId, query: OgcItemsQuery, properties: OgcPropertyFilters): Promise<Feature[]> {
  const all: Feature[] = [];
  for (let offset = 0; ; offset += ogcMaxLimit) {
    const page = await findOgcItems(ctx.db, id, { ...query, crs: crs84, limit: ogcMaxLimit, offset }, properties, ctx.scope);
    all.push(...(page as unknown as Feature[])); // OgcFeature is GeoJSON with a looser geometry type
    if (page.length < ogcMaxLimit) return all;
  }
}

export async function exportOgcCollection(
  ctx: OgcContext,
  id: OgcCollectionId,
  format: OgcExportFormat,
  query: OgcItemsQuery,
  properties: OgcPropertyFilters,
): Promise<OgcExportFile> {
  const features = await findAllItems(ctx, id, query, properties);
  // The file is named in Chinese whatever the caller's language: the names inside are Chinese too.
  const title = ogcCollectionWords['zh-CN'][id].title;
  const extension = ogcExportExtensions[format];
  const named = {
    contentType: ogcExportMediaTypes[format], fileName: `${title}.${extension}`, asciiFileName: `${id}.${extension}`,
    featureIds: features.map((f) => f.id ?? ''),
  };
  switch (format) {
    case 'geojson':
      return { ...named, body: JSON.stringify({ type: 'FeatureCollection', name: id, features }) };
    case 'csv':
      return { ...named, body: writeFeaturesCsv(features) };
    case 'shp':
      return { ...named, body: new Uint8Array(writeShapefileZip(features, id)) };
    case 'gpkg':
      return { ...named, body: new Uint8Array(writeGeoPackage(features, id, title)) };
  }
}
