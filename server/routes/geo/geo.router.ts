import { Hono } from 'hono';
import { allow } from '../../auth/auth.middleware';
import { everyone } from '../../auth/roles';
import { FeatureQuerySchema } from '../../../core/contracts/query-params';
import { findDistrictFeature, findFeatureCollection, type FeatureLayer } from '../../db/repos/features.repo';
import type { AppEnv } from '../context';
import { validate } from '../validate';
import { apiError } from '../../i18n/messages';
import { AnyFeatureCollectionSchema, AnyFeatureSchema } from '../../../core/contracts/geojson';
import { ApiErrorSchema } from '../../../core/contracts/api-error';
import { describe } from '../../openapi/describe';

const geojson = { 'content-type': 'application/geo+json; charset=utf-8' };

function featureRoute(layer: FeatureLayer) {
  return new Hono<AppEnv>().get('/', describe(`${layer} 图层要素 / the ${layer} layer's features`, { 200: { media: 'application/geo+json', description: 'GeoJSON FeatureCollection（EPSG:4326）', schema: AnyFeatureCollectionSchema } }), allow(everyone), validate('query', FeatureQuerySchema), async (c) => {
    const { bbox } = c.req.valid('query');
    return c.body(await findFeatureCollection(c.var.database.db, layer, bbox, c.var.user!.scope), 200, geojson);
  });
}

export const geoRouter = new Hono<AppEnv>()
  .route('/streets', featureRoute('streets'))
  .route('/communities', featureRoute('communities'))
  .route('/grids', featureRoute('grids'))
  .route('/beats', featureRoute('beats'))
  .route('/stations', featureRoute('stations'))
  .route('/key-places', featureRoute('key-places'))
  .route('/basemap/roads', featureRoute('roads'))
  .route('/basemap/water', featureRoute('water'))
  .route('/basemap/compounds', featureRoute('compounds'))
  .route('/basemap/buildings', featureRoute('buildings'))
  .get('/district', describe('辖区边界 / the district boundary', { 200: { media: 'application/geo+json', description: 'GeoJSON Feature（EPSG:4326）', schema: AnyFeatureSchema }, 404: ApiErrorSchema }), allow(everyone), async (c) => {
    const feature = await findDistrictFeature(c.var.database.db);
    return feature ? c.body(feature, 200, geojson) : c.json(apiError(c, 'not_found', 'no_district'), 404);
  });
