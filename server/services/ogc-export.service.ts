/**
 * Exports of /ogc collections as files (issue 14, item 4): every feature the caller may see, read through
 * findOgcItems page by page — the same scope and the same properties as /items, so an export shows no more than the
 * feature service does — then written as GeoJSON, CSV, a zipped Shapefile or a GeoPackage (server/files).
 */
import type { Feature } from 'geojson';
import { ogcMaxLimit, type OgcCollectionId } from '../../core/contracts/ogc';
import { ogcExportExtensions, ogcExportMediaTypes, type OgcExportQuery } from '../../core/contracts/ogc-export';
import { findOgcItems } from '../db/repos/ogc-features.repo';
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
}

/** Every matching feature, in pages of ogcMaxLimit ordered by id, as /items pages them. */
async function findAllItems(ctx: OgcContext, id: OgcCollectionId, query: OgcExportQuery): Promise<Feature[]> {
  const all: Feature[] = [];
  for (let offset = 0; ; offset += ogcMaxLimit) {
    const page = await findOgcItems(ctx.db, id, { bbox: query.bbox, datetime: query.datetime, limit: ogcMaxLimit, offset }, ctx.scope);
    all.push(...(page as unknown as Feature[])); // OgcFeature is GeoJSON with a looser geometry type
    if (page.length < ogcMaxLimit) return all;
  }
}

export async function exportOgcCollection(ctx: OgcContext, id: OgcCollectionId, query: OgcExportQuery): Promise<OgcExportFile> {
  const features = await findAllItems(ctx, id, query);
  // The file is named in Chinese whatever the caller's language: the names inside are Chinese too.
  const title = ogcCollectionWords['zh-CN'][id].title;
  const extension = ogcExportExtensions[query.f];
  const named = { contentType: ogcExportMediaTypes[query.f], fileName: `${title}.${extension}`, asciiFileName: `${id}.${extension}` };
  switch (query.f) {
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
