import { Hono } from 'hono';
import { ogcExportFormats, OgcExportFormatSchema, ogcExportParameters } from '../../../core/contracts/ogc-export';
import { exportOgcCollection } from '../../services/ogc-export.service';
import { attachmentDisposition } from '../attachment';
import type { AppEnv } from '../context';
import { auditOgcRead } from './ogc-audit';
import { ogcException } from './ogc-exception';
import { readItemsParams } from './ogc-params';
import { collectionOf, contextOf } from './ogc-request';

/**
 * GET /ogc/collections/{id}/export?f=geojson|csv|shp|gpkg (issue 14, item 4), mounted by ogc.router behind its
 * sign-in check: the whole collection in the caller's scope as one attachment, refused, filtered and audited as /items.
 */

export const ogcExportRouter = new Hono<AppEnv>().get('/collections/:collectionId/export', async (c) => {
  const collection = collectionOf(c);
  if ('refused' in collection) return collection.refused;
  const format = OgcExportFormatSchema.safeParse(c.req.query());
  if (!format.success) return ogcException(c, 400, 'InvalidParameterValue', 'ogc_bad_export_format', { value: c.req.query('f') ?? '', formats: [...ogcExportFormats] });
  const params = readItemsParams(c, collection.id, ogcExportParameters);
  if ('refused' in params) return params.refused;
  const file = await exportOgcCollection(contextOf(c), collection.id, format.data.f, params.query, params.properties);
  await auditOgcRead(c, collection.id, file.featureIds);
  return c.body(file.body, 200, {
    'content-type': file.contentType,
    'content-disposition': attachmentDisposition(file.fileName, file.asciiFileName),
    'cache-control': 'no-store',
  });
});
