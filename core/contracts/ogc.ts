import { z } from 'zod';
import { disputeStatuses } from '../disputes';
import type { Role } from './auth';
import { disputeSources, disputeTypes } from './disputes';
import { keyPlaceKinds, streetKinds } from './features';
import { incidentSources } from './live';
import { travelModes } from './patrol';
import { everyone, patrolPlanners, personalDataReaders } from './role-groups';

/**
 * OGC API – Features under /ogc (issue 14, item 1): Part 1 Core, Part 2 CRS by reference, and Part 3's queryables as
 * query parameters. Only what the server implements is claimed in ogcConformance, so a client such as GDAL's OAPIF
 * driver does not rely on more.
 */

/** The collections served, by their OGC id; each names the map layer (features.repo) or table it reads. */
export const ogcCollectionIds = [
  'streets', 'communities', 'grids', 'beats', 'stations', 'key_places', 'buildings', 'incidents', 'disputes', 'patrol_routes',
] as const;
export const OgcCollectionIdSchema = z.enum(ogcCollectionIds);
export type OgcCollectionId = z.infer<typeof OgcCollectionIdSchema>;

export const ogcConformance = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters',
] as const;

export const crs84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
/** CGCS2000 (China Geodetic Coordinate System 2000), geographic 2D: latitude first, as EPSG defines its axes. */
export const cgcs2000 = 'http://www.opengis.net/def/crs/EPSG/0/4490';
/** The CRSs every collection is offered in (OGC Part 2 `crs`); the first is the storage CRS. */
export const ogcCrsList = [crs84, cgcs2000] as const;
export const OgcCrsSchema = z.enum(ogcCrsList);
export type OgcCrs = z.infer<typeof OgcCrsSchema>;

/**
 * Who may open each collection: the roles of the /api routes over the same data (disputes carry parties, as
 * /api/disputes does; saved patrol routes are the patrol planners', as /api/patrol/routes). Everything else is the
 * map layers', open to every role, each row limited to the caller's scope by the repository.
 */
export const ogcCollectionReaders: Record<OgcCollectionId, readonly Role[]> = {
  streets: everyone, communities: everyone, grids: everyone, beats: everyone, stations: everyone, key_places: everyone,
  buildings: everyone, incidents: everyone, disputes: personalDataReaders, patrol_routes: patrolPlanners,
};
export const ogcMayOpen = (role: Role, id: OgcCollectionId) => ogcCollectionReaders[id].includes(role);

/**
 * The simple properties of each collection that items may be filtered on by equality of text (OGC Part 3
 * "queryables as query parameters"): `?gridCode=G001`. The repository filters on these names only.
 */
export const ogcQueryables = {
  streets: ['kind'],
  communities: ['streetCode', 'kind'],
  grids: ['communityCode', 'streetCode', 'beatCode'],
  beats: ['stationCode'],
  stations: ['streetCode'],
  key_places: ['kind', 'gridCode'],
  buildings: ['gridCode', 'compoundCode'],
  incidents: ['categoryCode', 'gridCode', 'beatCode', 'source'],
  disputes: ['type', 'status', 'source', 'gridCode', 'communityCode', 'streetCode', 'beatCode'],
  patrol_routes: ['stationCode', 'mode'],
} as const satisfies Record<OgcCollectionId, readonly string[]>;
export type OgcQueryable = (typeof ogcQueryables)[OgcCollectionId][number];

/**
 * The codes an enumerated queryable takes, which /queryables lists as its JSON Schema `enum` so that a client can offer
 * them (a filter on another value matches nothing). Each is the list its /api contract validates against.
 */
export const ogcQueryableValues: { [C in OgcCollectionId]?: Partial<Record<(typeof ogcQueryables)[C][number], readonly string[]>> } = {
  streets: { kind: streetKinds },
  key_places: { kind: keyPlaceKinds },
  incidents: { source: incidentSources },
  disputes: { type: disputeTypes, status: disputeStatuses, source: disputeSources },
  patrol_routes: { mode: travelModes },
};

/** The items parameters of OGC Parts 1 and 2 that every collection takes besides its queryables. */
export const ogcItemsParameters = ['bbox', 'bbox-crs', 'datetime', 'limit', 'offset', 'crs'] as const;
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

/**
 * bbox=minLat,minLng,maxLat,maxLng with bbox-crs=EPSG:4490: OGC Part 2 reads a bbox in the axis order of its CRS, and
 * EPSG gives 4490 latitude first. Answers [minLng, minLat, maxLng, maxLat] like OgcBboxSchema.
 */
export const OgcBboxLatFirstSchema = z
  .string()
  .transform((s) => s.split(',').map((p) => (p.trim() === '' ? NaN : Number(p))))
  .transform((n) => (n.length === 6 ? [n[0], n[1], n[3], n[4]] : n))
  .pipe(
    z
      .tuple([z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().min(-90).max(90), z.number().min(-180).max(180)])
      .refine(([s, w, n, e]) => w <= e && s <= n),
  )
  .transform(([s, w, n, e]): [number, number, number, number] => [w, s, e, n]);

export const OgcItemsQuerySchema = z
  .object({
    bbox: z.string().optional(),
    'bbox-crs': OgcCrsSchema.default(crs84),
    datetime: OgcDatetimeSchema.optional(),
    limit: z.coerce.number().int().min(1).max(ogcMaxLimit).default(ogcDefaultLimit),
    offset: z.coerce.number().int().min(0).default(0),
    crs: OgcCrsSchema.default(crs84),
  })
  .transform(({ bbox, ...q }, ctx) => {
    if (bbox === undefined) return { ...q, bbox: undefined };
    const parsed = (q['bbox-crs'] === crs84 ? OgcBboxSchema : OgcBboxLatFirstSchema).safeParse(bbox);
    if (parsed.success) return { ...q, bbox: parsed.data as [number, number, number, number] };
    ctx.addIssue({ code: 'custom', path: ['bbox'], message: 'bbox' });
    return z.NEVER;
  });
export type OgcItemsQuery = z.infer<typeof OgcItemsQuerySchema>;
/** The items query's parameters that a refusal can name. */
export type OgcItemsParameter = (typeof ogcItemsParameters)[number];

/** The one item's parameters (OGC Part 2: the crs of the answer). */
export const OgcItemQuerySchema = z.object({ crs: OgcCrsSchema.default(crs84) });

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
  storageCrs: z.string().optional(),
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

/** A collection's queryables (OGC Part 3): a JSON Schema of the properties items may be filtered on. */
export const OgcQueryablesSchema = z.object({
  $schema: z.string(),
  $id: z.string(),
  type: z.literal('object'),
  title: z.string(),
  properties: z.record(z.string(), z.object({ type: z.string(), title: z.string(), enum: z.array(z.string()).optional() })),
  additionalProperties: z.boolean(),
});
export type OgcQueryables = z.infer<typeof OgcQueryablesSchema>;
