import { z } from 'zod';

/**
 * OGC API – Features, Part 1 Core, under /ogc (issue 14, item 1): the collections and the items query. Only what the
 * server implements is claimed in ogcConformance, so a client such as GDAL's OAPIF driver does not rely on more.
 */

/** The collections served, by their OGC id; each names the map layer (features.repo) or table it reads. */
export const ogcCollectionIds = ['streets', 'communities', 'grids', 'beats', 'stations', 'key_places', 'incidents'] as const;
export const OgcCollectionIdSchema = z.enum(ogcCollectionIds);
export type OgcCollectionId = z.infer<typeof OgcCollectionIdSchema>;

export const ogcConformance = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
] as const;

export const crs84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
export const ogcDefaultLimit = 100;
export const ogcMaxLimit = 10_000;

// RFC 3339 date-time (offset or Z required): what OGC's datetime parameter takes at either end.
const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const isDateTime = (s: string) => dateTime.test(s) && !Number.isNaN(Date.parse(s));

/** A period with open ends left undefined; an instant has start = end. Both ends inclusive, as OGC reads them. */
export interface OgcPeriod {
  start?: string;
  end?: string;
}

/** datetime=instant, start/end, ../end or start/.. (an empty end is open too), each end an RFC 3339 date-time. */
export const OgcDatetimeSchema = z.string().transform((s, ctx): OgcPeriod => {
  const parts = s.split('/');
  const open = (p: string) => p === '..' || p === '';
  const ok = parts.length === 1 ? isDateTime(parts[0]) : parts.length === 2 && parts.every((p) => open(p) || isDateTime(p)) && !parts.every(open);
  if (!ok) {
    ctx.addIssue({ code: 'custom', message: 'datetime' });
    return z.NEVER;
  }
  if (parts.length === 1) return { start: new Date(parts[0]).toISOString(), end: new Date(parts[0]).toISOString() };
  const [start, end] = parts.map((p) => (open(p) ? undefined : new Date(p).toISOString()));
  if (start && end && start > end) {
    ctx.addIssue({ code: 'custom', message: 'datetime' });
    return z.NEVER;
  }
  return { start, end };
});

/** bbox=minLng,minLat,maxLng,maxLat in CRS84 (six numbers: the heights are dropped); no crossing of the antimeridian. */
export const OgcBboxSchema = z
  .string()
  .transform((s) => s.split(',').map((p) => (p.trim() === '' ? NaN : Number(p))))
  .transform((n) => (n.length === 6 ? [n[0], n[1], n[3], n[4]] : n))
  .pipe(
    z
      .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().min(-90).max(90)])
      .refine(([w, s, e, n]) => w <= e && s <= n),
  );

export const OgcItemsQuerySchema = z.object({
  bbox: OgcBboxSchema.optional(),
  datetime: OgcDatetimeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(ogcMaxLimit).default(ogcDefaultLimit),
  offset: z.coerce.number().int().min(0).default(0),
});
export type OgcItemsQuery = z.infer<typeof OgcItemsQuerySchema>;
/** The items query's parameters that a refusal can name. */
export type OgcItemsParameter = keyof OgcItemsQuery;

export const OgcLinkSchema = z.object({ href: z.string(), rel: z.string(), type: z.string().optional(), title: z.string().optional() });
export type OgcLink = z.infer<typeof OgcLinkSchema>;

export const OgcExceptionSchema = z.object({ code: z.string(), description: z.string() });
export type OgcException = z.infer<typeof OgcExceptionSchema>;

export const OgcLandingSchema = z.object({ title: z.string(), description: z.string(), links: z.array(OgcLinkSchema) });
export type OgcLanding = z.infer<typeof OgcLandingSchema>;

export const OgcConformanceSchema = z.object({ conformsTo: z.array(z.string()) });

export const OgcExtentSchema = z.object({
  spatial: z.object({ bbox: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])), crs: z.string() }),
  temporal: z.object({ interval: z.array(z.tuple([z.string().nullable(), z.string().nullable()])), trs: z.string() }).optional(),
});
export type OgcExtent = z.infer<typeof OgcExtentSchema>;

export const OgcCollectionSchema = z.object({
  id: OgcCollectionIdSchema,
  title: z.string(),
  description: z.string(),
  itemType: z.literal('feature'),
  crs: z.array(z.string()),
  extent: OgcExtentSchema.optional(),
  links: z.array(OgcLinkSchema),
});
export type OgcCollection = z.infer<typeof OgcCollectionSchema>;

export const OgcCollectionsSchema = z.object({ links: z.array(OgcLinkSchema), collections: z.array(OgcCollectionSchema) });
export type OgcCollections = z.infer<typeof OgcCollectionsSchema>;

export const OgcFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]),
  geometry: z.object({ type: z.string() }).passthrough(),
  properties: z.record(z.string(), z.unknown()),
});
export type OgcFeature = z.infer<typeof OgcFeatureSchema>;

export const OgcFeatureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(OgcFeatureSchema),
  numberMatched: z.number().int(),
  numberReturned: z.number().int(),
  timeStamp: z.string(),
  links: z.array(OgcLinkSchema),
});
export type OgcFeatureCollection = z.infer<typeof OgcFeatureCollectionSchema>;
