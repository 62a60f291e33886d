import { z } from 'zod';

/**
 * The answers of OGC API – Features as zod schemas, written from the standard's OpenAPI fragments (Part 1, 17-069r4,
 * https://schemas.opengis.net/ogcapi/features/part1/1.0/openapi/schemas/; Part 2, 18-058r1; Part 3's queryables) so
 * that a test checks /ogc against the standard rather than against our own contracts (core/contracts/ogc.ts). Each
 * schema is named after the fragment it follows. Unknown members pass (the fragments allow them); required ones and
 * their types are checked.
 */

/** link.yaml: href and rel required; type, hreflang, title, length optional. */
export const LinkSchema = z.object({
  href: z.url(),
  rel: z.string().min(1),
  type: z.string().optional(),
  hreflang: z.string().optional(),
  title: z.string().optional(),
  length: z.number().int().optional(),
});

/** landingPage.yaml: links required (title, description optional). */
export const LandingPageSchema = z.object({ title: z.string().optional(), description: z.string().optional(), links: z.array(LinkSchema) });

/** confClasses.yaml. */
export const ConfClassesSchema = z.object({ conformsTo: z.array(z.url()) });

/** extent.yaml: a spatial bbox of 4 or 6 numbers (CRS84 unless crs says otherwise), a temporal interval of two ends. */
const ExtentSchema = z.object({
  spatial: z.object({
    bbox: z.array(z.union([z.tuple([z.number(), z.number(), z.number(), z.number()]), z.tuple([z.number(), z.number(), z.number(), z.number(), z.number(), z.number()])])).min(1),
    crs: z.literal('http://www.opengis.net/def/crs/OGC/1.3/CRS84').optional(),
  }).optional(),
  temporal: z.object({
    interval: z.array(z.tuple([z.iso.datetime({ offset: true }).nullable(), z.iso.datetime({ offset: true }).nullable()])).min(1),
    trs: z.literal('http://www.opengis.net/def/uom/ISO-8601/0/Gregorian').optional(),
  }).optional(),
});

/** collection.yaml, with Part 2's storageCrs (and crs, a list of CRS URIs). */
export const CollectionSchema = z.object({
  id: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  links: z.array(LinkSchema),
  extent: ExtentSchema.optional(),
  itemType: z.string().optional(),
  crs: z.array(z.string()).optional(),
  storageCrs: z.string().optional(),
});

/** collections.yaml. */
export const CollectionsSchema = z.object({ links: z.array(LinkSchema), collections: z.array(CollectionSchema) });

const position = z.array(z.number()).min(2);
/** geometryGeoJSON.yaml: one of the seven GeoJSON geometries, coordinates nested as each requires. */
export const GeometryGeoJsonSchema: z.ZodType = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('Point'), coordinates: position }),
    z.object({ type: z.literal('MultiPoint'), coordinates: z.array(position) }),
    z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
    z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(position).min(2)) }),
    z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position).min(4)) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position).min(4))) }),
    z.object({ type: z.literal('GeometryCollection'), geometries: z.array(GeometryGeoJsonSchema) }),
  ]),
);

/** featureGeoJSON.yaml: geometry and properties required (each may be null), id a string or an integer. */
export const FeatureGeoJsonSchema = z.object({
  type: z.literal('Feature'),
  geometry: GeometryGeoJsonSchema.nullable(),
  properties: z.record(z.string(), z.unknown()).nullable(),
  id: z.union([z.string(), z.number().int()]).optional(),
  links: z.array(LinkSchema).optional(),
});

/** featureCollectionGeoJSON.yaml with numberMatched.yaml, numberReturned.yaml and timeStamp.yaml. */
export const FeatureCollectionGeoJsonSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(FeatureGeoJsonSchema),
  links: z.array(LinkSchema).optional(),
  timeStamp: z.iso.datetime({ offset: true }).optional(),
  numberMatched: z.number().int().min(0).optional(),
  numberReturned: z.number().int().min(0).optional(),
});

/** exception.yaml. */
export const ExceptionSchema = z.object({ code: z.string(), description: z.string().optional() });

/** Part 3 queryables: a JSON Schema object whose properties each have a type (and here a title). */
export const QueryablesSchema = z.object({
  $schema: z.url(),
  $id: z.url(),
  type: z.literal('object'),
  title: z.string().optional(),
  properties: z.record(z.string(), z.object({ type: z.string(), title: z.string().optional() })),
  additionalProperties: z.boolean().optional(),
});
