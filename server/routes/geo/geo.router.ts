import { Hono } from 'hono';
import type { z } from 'zod';
import { allow } from '../../auth/auth.middleware';
import { everyone } from '../../auth/roles';
import { FeatureQuerySchema } from '../../../core/contracts/query-params';
import { findDistrictFeature, findFeatureCollection, type FeatureLayer } from '../../db/repos/features.repo';
import type { AppEnv } from '../context';
import { validate } from '../validate';
import { apiError } from '../../i18n/messages';
import {
  BeatCollectionSchema,
  BuildingCollectionSchema,
  CommunityCollectionSchema,
  CompoundCollectionSchema,
  DistrictFeatureSchema,
  GridCollectionSchema,
  KeyPlaceCollectionSchema,
  RoadCollectionSchema,
  StationCollectionSchema,
  StreetCollectionSchema,
  WaterCollectionSchema,
} from '../../../core/contracts/features';
import { ApiErrorSchema } from '../../../core/contracts/api-error';
import { describe } from '../../openapi/describe';

const geojson = { 'content-type': 'application/geo+json; charset=utf-8' };

function featureRoute(layer: FeatureLayer, schema: z.ZodType) {
  return new Hono<AppEnv>().get('/', describe(`${layer} 图层要素 / the ${layer} layer's features`, { 200: { media: 'application/geo+json', description: 'GeoJSON FeatureCollection（EPSG:4326）', schema } }), allow(everyone), validate('query', FeatureQuerySchema), async (c) => {
    const { bbox } = c.req.valid('query');
    return c.body(await findFeatureCollection(c.var.database.db, layer, bbox, c.var.user!.scope), 200, geojson);
  });
}

export const geoRouter = new Hono<AppEnv>()
  .route('/streets', featureRoute('streets', StreetCollectionSchema))
  .route('/communities', featureRoute('communities', CommunityCollectionSchema))
  .route('/grids', featureRoute('grids', GridCollectionSchema))
  .route('/beats', featureRoute('beats', BeatCollectionSchema))
  .route('/stations', featureRoute('stations', StationCollectionSchema))
  .route('/key-places', featureRoute('key-places', KeyPlaceCollectionSchema))
  .route('/basemap/roads', featureRoute('roads', RoadCollectionSchema))
  .route('/basemap/water', featureRoute('water', WaterCollectionSchema))
  .route('/basemap/compounds', featureRoute('compounds', CompoundCollectionSchema))
  .route('/basemap/buildings', featureRoute('buildings', BuildingCollectionSchema))
  .get('/district', describe('辖区边界 / the district boundary', { 200: { media: 'application/geo+json', description: 'GeoJSON Feature（EPSG:4326）', schema: DistrictFeatureSchema }, 404: ApiErrorSchema }), allow(everyone), async (c) => {
    const feature = await findDistrictFeature(c.var.database.db);
    return feature ? c.body(feature, 200, geojson) : c.json(apiError(c, 'not_found', 'no_district'), 404);
  });
