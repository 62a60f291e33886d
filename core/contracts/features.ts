import { z } from 'zod';
import { featureCollectionOf, featureOf, LineStringSchema, MultiPolygonSchema, PointSchema, PolygonSchema } from './geojson';

// The GeoJSON answers of the map layers (GET /api/district, /api/streets, … /api/basemap/*), feature properties as
// server/db/repos/features.repo.ts selects them. PostGIS writes these answers and the server passes them on
// unparsed, so these schemas document them (and type the client) rather than shape them; test/api/openapi.test.ts
// checks every answer against them.

const MultiLineStringSchema = z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(z.array(z.number()))) });
/** The outline of an area: its table's column is a MultiPolygon, an older package's a Polygon. */
export const AreaSchema = z.discriminatedUnion('type', [PolygonSchema, MultiPolygonSchema]);

/** Whether a feature lies in the caller's jurisdiction; what lies outside is drawn faded and inert (issue 12, item 2). */
const inScope = z.boolean();

export const DistrictPropertiesSchema = z.object({ code: z.string(), name: z.string() });
export const streetKinds = ['street', 'town', 'township'] as const;
export const StreetPropertiesSchema = z.object({ code: z.string(), name: z.string(), kind: z.enum(streetKinds), urban: z.boolean() });
export const CommunityPropertiesSchema = z.object({ code: z.string(), name: z.string(), shortName: z.string(), streetCode: z.string(), kind: z.string(), urban: z.boolean() });

/**
 * A published grid. Outside the caller's jurisdiction (inScope false) the API sends only code, name, communityCode
 * and streetCode: the figures, beatCode and beatName are absent (a grid leader's map is not a district census).
 */
export const GridPropertiesSchema = z.object({
  code: z.string(),
  name: z.string(),
  communityCode: z.string(),
  streetCode: z.string(),
  households: z.number().optional(),
  residents: z.number().optional(),
  partyMembers: z.number().optional(),
  institutionStaff: z.number().optional(),
  beatCode: z.string().nullable().optional(),
  /** The beat's name (beats.name, as the grid page shows it); the beatCode is for joining, not for reading. */
  beatName: z.string().nullable().optional(),
  inScope,
});
export const BeatPropertiesSchema = z.object({ code: z.string(), name: z.string(), stationCode: z.string(), gridCount: z.number(), inScope });
export const StationPropertiesSchema = z.object({ code: z.string(), name: z.string(), streetCode: z.string(), inScope });

export const keyPlaceKinds = ['government', 'school', 'mall', 'hospital', 'construction', 'nightlife', 'transport'] as const;
export type KeyPlaceKind = (typeof keyPlaceKinds)[number];
/** When a key place is busy: ISO weekdays (1 Monday … 7 Sunday) and a local time window 'HH:MM'–'HH:MM'. */
export const PeakWindowSchema = z.object({ weekdays: z.array(z.number()), from: z.string(), to: z.string() });
export const KeyPlacePropertiesSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(keyPlaceKinds),
  gridCode: z.string().nullable(),
  peakWindows: z.array(PeakWindowSchema),
  inScope,
});

// The base map drawn from our own data (issue 11).
export const RoadPropertiesSchema = z.object({ code: z.string(), class: z.string(), name: z.string().nullable(), isDemo: z.boolean() });
export const WaterPropertiesSchema = z.object({ code: z.string(), kind: z.string(), name: z.string().nullable(), isDemo: z.boolean() });
export const CompoundPropertiesSchema = z.object({ code: z.string(), name: z.string() });
export const BuildingPropertiesSchema = z.object({ code: z.string(), name: z.string(), floors: z.number() });

export const DistrictFeatureSchema = featureOf(AreaSchema, DistrictPropertiesSchema);
export const StreetCollectionSchema = featureCollectionOf(AreaSchema, StreetPropertiesSchema);
export const CommunityCollectionSchema = featureCollectionOf(AreaSchema, CommunityPropertiesSchema);
export const GridCollectionSchema = featureCollectionOf(AreaSchema, GridPropertiesSchema);
export const BeatCollectionSchema = featureCollectionOf(AreaSchema, BeatPropertiesSchema);
export const StationCollectionSchema = featureCollectionOf(PointSchema, StationPropertiesSchema);
export const KeyPlaceCollectionSchema = featureCollectionOf(PointSchema, KeyPlacePropertiesSchema);
export const RoadCollectionSchema = featureCollectionOf(z.discriminatedUnion('type', [LineStringSchema, MultiLineStringSchema]), RoadPropertiesSchema);
export const WaterCollectionSchema = featureCollectionOf(z.discriminatedUnion('type', [LineStringSchema, PolygonSchema, MultiPolygonSchema]), WaterPropertiesSchema);
export const CompoundCollectionSchema = featureCollectionOf(AreaSchema, CompoundPropertiesSchema);
export const BuildingCollectionSchema = featureCollectionOf(AreaSchema, BuildingPropertiesSchema);

export type DistrictProperties = z.infer<typeof DistrictPropertiesSchema>;
export type StreetProperties = z.infer<typeof StreetPropertiesSchema>;
export type CommunityProperties = z.infer<typeof CommunityPropertiesSchema>;
export type GridProperties = z.infer<typeof GridPropertiesSchema>;
export type BeatProperties = z.infer<typeof BeatPropertiesSchema>;
export type StationProperties = z.infer<typeof StationPropertiesSchema>;
export type PeakWindow = z.infer<typeof PeakWindowSchema>;
export type KeyPlaceProperties = z.infer<typeof KeyPlacePropertiesSchema>;
export type RoadProperties = z.infer<typeof RoadPropertiesSchema>;
export type WaterProperties = z.infer<typeof WaterPropertiesSchema>;
export type CompoundProperties = z.infer<typeof CompoundPropertiesSchema>;
export type DistrictFeature = z.infer<typeof DistrictFeatureSchema>;
export type StreetCollection = z.infer<typeof StreetCollectionSchema>;
export type CommunityCollection = z.infer<typeof CommunityCollectionSchema>;
export type GridCollection = z.infer<typeof GridCollectionSchema>;
export type BeatCollection = z.infer<typeof BeatCollectionSchema>;
export type StationCollection = z.infer<typeof StationCollectionSchema>;
export type KeyPlaceCollection = z.infer<typeof KeyPlaceCollectionSchema>;
export type RoadCollection = z.infer<typeof RoadCollectionSchema>;
export type WaterCollection = z.infer<typeof WaterCollectionSchema>;
export type CompoundCollection = z.infer<typeof CompoundCollectionSchema>;
export type BuildingCollection = z.infer<typeof BuildingCollectionSchema>;
