import { Hono, type MiddlewareHandler } from 'hono';
import type { OgcCrs } from '../../../core/contracts/ogc';
import { everyone } from '../../auth/roles';
import {
  ogcCollection, ogcCollections, ogcConformanceDeclaration, ogcItem, ogcItems, ogcLanding, ogcQueryablesOf,
} from '../../services/ogc-features.service';
import type { AppEnv } from '../context';
import { auditOgcRead } from './ogc-audit';
import { ogcException } from './ogc-exception';
import { readItemParams, readItemsParams } from './ogc-params';
import { ogcExportRouter } from './ogc-export.router';
import { collectionOf, contextOf } from './ogc-request';

/**
 * OGC API – Features under /ogc (issue 14, item 1). Its refusals are OGC exceptions (ogc-exception.ts). Mounted
 * behind loadSession in server/app.ts: a signed-in user, scoped as on /api.
 */
export { ogcException };

const signedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  const user = c.var.user;
  if (!user) return ogcException(c, 401, 'Unauthorized', 'unauthenticated');
  if (!everyone.includes(user.role)) return ogcException(c, 403, 'Forbidden', 'forbidden_route', { role: user.role, method: c.req.method, path: c.req.path });
  await next();
};

// OGC Part 2: the answer names its CRS as a URI in angle brackets.
const geojsonIn = (crs: OgcCrs) => ({ 'content-type': 'application/geo+json; charset=utf-8', 'content-crs': `<${crs}>` });

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
  .get('/collections/:collectionId/queryables', (c) => {
    const collection = collectionOf(c);
    if ('refused' in collection) return collection.refused;
    return c.body(JSON.stringify(ogcQueryablesOf(contextOf(c), collection.id)), 200, { 'content-type': 'application/schema+json; charset=utf-8' });
  })
  .get('/collections/:collectionId/items', async (c) => {
    const collection = collectionOf(c);
    if ('refused' in collection) return collection.refused;
    const params = readItemsParams(c, collection.id);
    if ('refused' in params) return params.refused;
    const page = await ogcItems(contextOf(c), collection.id, params.query, params.properties, new URL(c.req.url));
    await auditOgcRead(c, collection.id, page.features.map((f) => f.id));
    return c.body(JSON.stringify(page), 200, geojsonIn(params.query.crs));
  })
  .get('/collections/:collectionId/items/:featureId', async (c) => {
    const collection = collectionOf(c);
    if ('refused' in collection) return collection.refused;
    const params = readItemParams(c, collection.id);
    if ('refused' in params) return params.refused;
    const featureId = c.req.param('featureId');
    const feature = await ogcItem(contextOf(c), collection.id, featureId, params.crs);
    if (!feature) return ogcException(c, 404, 'NotFound', 'ogc_no_feature', { collection: collection.id, id: featureId });
    await auditOgcRead(c, collection.id, [feature.id]);
    return c.body(JSON.stringify(feature), 200, geojsonIn(params.crs));
  })
  .route('/', ogcExportRouter)
  .all('*', (c) => ogcException(c, 404, 'NotFound', 'no_route', { method: c.req.method, path: c.req.path }));
