import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  ogcCollectionIds, ogcMaxLimit, OgcCollectionIdSchema, OgcItemsQuerySchema, type OgcCollectionId, type OgcException, type OgcItemsParameter,
} from '../../../core/contracts/ogc';
import { everyone } from '../../auth/roles';
import { requestLanguage } from '../../i18n/language';
import { say, type ApiMessageCode, type MessageParams } from '../../i18n/messages';
import {
  ogcCollection, ogcCollections, ogcConformanceDeclaration, ogcItem, ogcItems, ogcLanding, type OgcContext,
} from '../../services/ogc-features.service';
import type { AppEnv } from '../context';
import { ogcExportRouter } from './ogc-export.router';

/**
 * OGC API – Features under /ogc (issue 14, item 1). Its refusals are OGC exceptions { code, description } rather
 * than the API's { error, message }, since OGC clients read those; the description is in the caller's language,
 * Chinese first. Mounted behind loadSession in server/app.ts: a signed-in user, scoped as on /api.
 */
export function ogcException(c: Context, status: ContentfulStatusCode, code: string, message: ApiMessageCode, params: MessageParams = {}) {
  const body: OgcException = { code, description: say(requestLanguage(c), message, params) };
  return c.json(body, status);
}

const signedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  const user = c.var.user;
  if (!user) return ogcException(c, 401, 'Unauthorized', 'unauthenticated');
  if (!everyone.includes(user.role)) return ogcException(c, 403, 'Forbidden', 'forbidden_route', { role: user.role, method: c.req.method, path: c.req.path });
  await next();
};

const contextOf = (c: Context<AppEnv>): OgcContext => ({
  db: c.var.database.db,
  scope: c.var.user!.scope,
  base: `${new URL(c.req.url).origin}/ogc`,
  language: requestLanguage(c),
});

// Which message words a refused items parameter.
const parameterMessages: Record<OgcItemsParameter, ApiMessageCode> = {
  bbox: 'ogc_bad_bbox',
  datetime: 'ogc_bad_datetime',
  limit: 'ogc_bad_limit',
  offset: 'ogc_bad_offset',
};

/** The collection named in the path, or the 404 that lists the ones there are. */
function collectionOf(c: Context<AppEnv>): { id: OgcCollectionId } | { refused: Response } {
  const raw = c.req.param('collectionId') ?? '';
  const parsed = OgcCollectionIdSchema.safeParse(raw);
  if (parsed.success) return { id: parsed.data };
  return { refused: ogcException(c, 404, 'NotFound', 'ogc_no_collection', { id: raw, ids: [...ogcCollectionIds] }) };
}

const geojson = { 'content-type': 'application/geo+json; charset=utf-8' };

export const ogcRouter = new Hono<AppEnv>()
  .use('*', signedIn)
  .get('/', (c) => c.json(ogcLanding(contextOf(c)), 200))
  .get('/conformance', (c) => c.json(ogcConformanceDeclaration(), 200))
  .get('/collections', async (c) => c.json(await ogcCollections(contextOf(c)), 200))
  .get('/collections/:collectionId', async (c) => {
    const collection = collectionOf(c);
    if ('refused' in collection) return collection.refused;
    return c.json(await ogcCollection(contextOf(c), collection.id), 200);
  })
  .get('/collections/:collectionId/items', async (c) => {
    const collection = collectionOf(c);
    if ('refused' in collection) return collection.refused;
    const query = OgcItemsQuerySchema.safeParse(c.req.query());
    if (!query.success) {
      const parameter = String(query.error.issues[0].path[0]) as OgcItemsParameter;
      return ogcException(c, 400, 'InvalidParameterValue', parameterMessages[parameter], { value: c.req.query(parameter) ?? '', max: ogcMaxLimit });
    }
    const page = await ogcItems(contextOf(c), collection.id, query.data, new URL(c.req.url));
    return c.body(JSON.stringify(page), 200, geojson);
  })
  .get('/collections/:collectionId/items/:featureId', async (c) => {
    const collection = collectionOf(c);
    if ('refused' in collection) return collection.refused;
    const featureId = c.req.param('featureId');
    const feature = await ogcItem(contextOf(c), collection.id, featureId);
    if (!feature) return ogcException(c, 404, 'NotFound', 'ogc_no_feature', { collection: collection.id, id: featureId });
    return c.body(JSON.stringify(feature), 200, geojson);
  })
  .route('/', ogcExportRouter)
  .all('*', (c) => ogcException(c, 404, 'NotFound', 'no_route', { method: c.req.method, path: c.req.path }));
