import { Hono } from 'hono';
import { OgcCollectionIdSchema, ogcCollectionIds } from '../../../core/contracts/ogc';
import { ogcExportFormats, OgcExportQuerySchema, type OgcExportParameter } from '../../../core/contracts/ogc-export';
import { requestLanguage } from '../../i18n/language';
import type { ApiMessageCode } from '../../i18n/messages';
import { exportOgcCollection } from '../../services/ogc-export.service';
import type { AppEnv } from '../context';
import { ogcException } from './ogc.router';

/**
 * GET /ogc/collections/{id}/export?f=geojson|csv|shp|gpkg (issue 14, item 4), mounted by ogc.router behind its
 * sign-in check: the whole collection in the caller's scope as one attachment.
 */
const parameterMessages: Record<OgcExportParameter, ApiMessageCode> = {
  bbox: 'ogc_bad_bbox',
  datetime: 'ogc_bad_datetime',
  f: 'ogc_bad_export_format',
};

// RFC 5987 attr-chars only: encodeURIComponent leaves ' ( ) * as they are, which filename* does not allow.
const rfc5987 = (s: string) => encodeURIComponent(s).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

export const ogcExportRouter = new Hono<AppEnv>().get('/collections/:collectionId/export', async (c) => {
  const raw = c.req.param('collectionId');
  const id = OgcCollectionIdSchema.safeParse(raw);
  if (!id.success) return ogcException(c, 404, 'NotFound', 'ogc_no_collection', { id: raw, ids: [...ogcCollectionIds] });
  const query = OgcExportQuerySchema.safeParse(c.req.query());
  if (!query.success) {
    const parameter = String(query.error.issues[0].path[0]) as OgcExportParameter;
    return ogcException(c, 400, 'InvalidParameterValue', parameterMessages[parameter], { value: c.req.query(parameter) ?? '', formats: [...ogcExportFormats] });
  }
  const ctx = { db: c.var.database.db, scope: c.var.user!.scope, base: `${new URL(c.req.url).origin}/ogc`, language: requestLanguage(c) };
  const file = await exportOgcCollection(ctx, id.data, query.data);
  return c.body(file.body, 200, {
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="${file.asciiFileName}"; filename*=UTF-8''${rfc5987(file.fileName)}`,
    'cache-control': 'no-store',
  });
});
