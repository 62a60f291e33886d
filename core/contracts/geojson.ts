import { z } from 'zod';

// GeoJSON (RFC 7946) as zod schemas, for the answers that carry features. Coordinates are [lng, lat] in EPSG:4326.
// The inferred types fit the `geojson` package's, so code built on those types keeps compiling.

const positions = z.array(z.number());
export const PointSchema = z.object({ type: z.literal('Point'), coordinates: positions });
export const LineStringSchema = z.object({ type: z.literal('LineString'), coordinates: z.array(positions) });
export const PolygonSchema = z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(positions)) });
export const MultiPolygonSchema = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(positions))) });
export const GeometrySchema = z.discriminatedUnion('type', [
  PointSchema,
  LineStringSchema,
  PolygonSchema,
  MultiPolygonSchema,
  z.object({ type: z.literal('MultiPoint'), coordinates: z.array(positions) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(positions)) }),
]);

/** A Feature with the given geometry and properties schemas. */
export function featureOf<G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) {
  return z.object({ type: z.literal('Feature'), id: z.union([z.string(), z.number()]).optional(), geometry, properties });
}

/** A FeatureCollection of features with the given geometry and properties schemas. */
export function featureCollectionOf<G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) {
  return z.object({ type: z.literal('FeatureCollection'), features: z.array(featureOf(geometry, properties)) });
}
