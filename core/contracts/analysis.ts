/** Incident analysis (issue 6): hotspots, emerging trends, forecast, rates, repeats and the time profile. */
import { z } from 'zod';
import { DEFAULT_CELL_SIZE_M } from '../hotspots/default-cell-size';
import { featureCollectionOf, LineStringSchema, PointSchema, PolygonSchema } from './geojson';
import { IncidentFilterSchema } from './incidents';
import { rule } from './rule-messages';

const base = IncidentFilterSchema;
const cell = z.coerce.number({ message: 'cell must be a number of metres' }).int('cell must be whole metres').min(50, 'cell must be at least 50 m').max(1000, 'cell must be at most 1000 m');
const fromBeforeTo = (q: { from?: string; to?: string }) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to);

/** GET /api/analysis/profile, /rates: the incident filter (from/to default to the last 28 days). */
export const AnalysisQuerySchema = base.refine(fromBeforeTo, { ...rule('from_before_to'), path: ['from'] });
export type AnalysisQuery = z.infer<typeof AnalysisQuerySchema>;

/** GET /api/analysis/hotspots, /emerging, /forecast: the filter plus a cell size in metres (DEFAULT_CELL_SIZE_M). */
export const HotspotQuerySchema = base
  .extend({
    cell: cell.default(DEFAULT_CELL_SIZE_M),
    coverage: z.coerce.number({ message: 'coverage must be a number' }).gt(0, 'coverage must be above 0').max(0.5, 'coverage must be at most 0.5').default(0.05),
  })
  .refine(fromBeforeTo, { ...rule('from_before_to'), path: ['from'] });
export type HotspotQuery = z.infer<typeof HotspotQuerySchema>;

/** GET /api/analysis/repeats: the filter plus the near-repeat distance (m) and time (days). */
export const RepeatQuerySchema = base
  .extend({
    distance: z.coerce.number({ message: 'distance must be a number of metres' }).min(10, 'distance must be at least 10 m').max(1000, 'distance must be at most 1000 m').default(200),
    days: z.coerce.number({ message: 'days must be a number' }).int('days must be whole days').min(1, 'days must be at least 1').max(60, 'days must be at most 60').default(7),
  })
  .refine(fromBeforeTo, { ...rule('from_before_to'), path: ['from'] });
export type RepeatQuery = z.infer<typeof RepeatQuerySchema>;

/** A cell's Gi* class at 99/95/90 % after the false-discovery-rate correction (core/hotspots HotspotClass). */
export const HotspotClassSchema = z.enum(['hot-99', 'hot-95', 'hot-90', 'cold-99', 'cold-95', 'cold-90', 'none']);
/** An emerging-hotspot pattern (core/hotspots EmergingPattern). */
// Listed rather than a template literal: the OpenAPI document then names each pattern, and the client's generated
// type is this union, not any string.
export const EmergingPatternSchema = z.enum([
  'new-hot', 'new-cold', 'consecutive-hot', 'consecutive-cold', 'intensifying-hot', 'intensifying-cold', 'persistent-hot', 'persistent-cold',
  'diminishing-hot', 'diminishing-cold', 'sporadic-hot', 'sporadic-cold', 'oscillating-hot', 'oscillating-cold', 'historical-hot', 'historical-cold',
  'none',
]);

export const HotspotCellPropertiesSchema = z.object({
  row: z.number(),
  col: z.number(),
  count: z.number(),
  z: z.number(),
  p: z.number(),
  class: HotspotClassSchema,
  /** A hot cell's nearest standard address or key place within 300 m ('星河城1栋附近'); absent for other cells. */
  place: z.string().nullable().optional(),
});
export type HotspotCellProperties = z.infer<typeof HotspotCellPropertiesSchema>;
/**
 * Why a Gi* analysis classed no cell: it counted `incidents`, fewer than `minimum` (core/hotspots
 * MIN_HOTSPOT_INCIDENTS, after ArcGIS's Optimized Hot Spot Analysis, which refuses fewer than 30).
 */
export const TooFewIncidentsSchema = z.object({
  incidents: z.number(),
  minimum: z.number(),
});
export type TooFewIncidents = z.infer<typeof TooFewIncidentsSchema>;
export const HotspotAnswerSchema = featureCollectionOf(PolygonSchema, HotspotCellPropertiesSchema).extend({
  meta: z.object({
    cellSizeM: z.number(),
    cells: z.number(),
    incidents: z.number(),
    outside: z.number(),
    epsg: z.number(),
    from: z.string(),
    to: z.string(),
    fdr: z.literal(true),
    // The two below are the API's (core/analysis's answer has neither), hence optional; the API always sets `scoped`.
    /**
     * Set when the cells hold fewer than `minimum` incidents: then every cell's class is 'none'. The cells stay, with
     * their counts, rather than none being sent: the answer keeps one shape, and 'none' is what the map and the
     * patrol planner already leave undrawn.
     */
    tooFew: TooFewIncidentsSchema.optional(),
    /** True when only the caller's jurisdiction was analysed (a scope smaller than the whole district). */
    scoped: z.boolean().optional(),
  }),
});
export type HotspotAnswer = z.infer<typeof HotspotAnswerSchema>;

export const EmergingCellPropertiesSchema = z.object({
  row: z.number(),
  col: z.number(),
  pattern: EmergingPatternSchema,
  trendZ: z.number(),
  trendP: z.number(),
  hotSlices: z.number(),
});
export type EmergingCellProperties = z.infer<typeof EmergingCellPropertiesSchema>;
export const EmergingAnswerSchema = featureCollectionOf(PolygonSchema, EmergingCellPropertiesSchema).extend({
  meta: z.object({
    cellSizeM: z.number(),
    slices: z.number(),
    sliceDays: z.number(),
    from: z.string(),
    to: z.string(),
    /**
     * Set (by the API) when the slices from `from` to `to` hold fewer than `minimum` incidents: then no cell has a
     * pattern. A slice of fewer has no hot or cold spot either (core/hotspots detectEmergingHotspots).
     */
    tooFew: TooFewIncidentsSchema.optional(),
  }),
});
export type EmergingAnswer = z.infer<typeof EmergingAnswerSchema>;

export const ForecastCellPropertiesSchema = z.object({
  row: z.number(),
  col: z.number(),
  rank: z.number(),
  /** The winning model's score: its unit is the model's own (counts, a density, a blend), so only `share` is shown. */
  score: z.number(),
  /** The cell's share (0–1) of the forecast over the whole study area: the score over the sum of every cell's. */
  share: z.number(),
  /** The nearest standard address or key place within 300 m, or null (set by the API, not by core). */
  place: z.string().nullable().optional(),
});
export type ForecastCellProperties = z.infer<typeof ForecastCellPropertiesSchema>;
export const ForecastScoreSchema = z.object({
  pai: z.number().nullable(),
  pei: z.number().nullable(),
});
export type ForecastScore = z.infer<typeof ForecastScoreSchema>;
/** A forecast model (core/hotspots/forecast ForecastModel). */
export const ForecastMethodSchema = z.enum(['prior-counts', 'kde', 'recency-blend', 'etas', 'stack']);
export type ForecastMethodCode = z.infer<typeof ForecastMethodSchema>;
/**
 * A forecast model with its settings and its mean PAI/PEI over the rolling-origin folds inside the training window
 * (null when no fold held incidents). Settings: kde bandwidthM (metres); recency-blend halfLifeDays (null: no decay),
 * recentShare, nearDays and farDays (the spatial prior's strength in days); etas decayDays, triggerSigmaCells and
 * backgroundSigmaCells (cells); stack each part's weight and settings under its method ('etas.weight',
 * 'etas.decayDays', …); prior-counts none.
 */
export const ForecastModelScoreSchema = z.object({
  method: ForecastMethodSchema,
  settings: z.record(z.string(), z.number().nullable()),
  pai: z.number().nullable(),
  pei: z.number().nullable(),
});
export type ForecastModelScore = z.infer<typeof ForecastModelScoreSchema>;
/** Which model won the validation inside the training window, and how the baselines did on the same folds. */
export const ForecastSelectionSchema = z.object({
  chosen: ForecastModelScoreSchema,
  priorCounts: ForecastModelScoreSchema,
  /** KDE at the bandwidth the validation chose. */
  kde: ForecastModelScoreSchema,
  /** KDE at half a cell, the forecast the product served before issue 17. */
  plainKde: ForecastModelScoreSchema,
  /** Rolling-origin folds scored; 0 when the period was too short (then the chosen model is prior counts). */
  folds: z.number(),
  coverage: z.number(),
});
export type ForecastSelection = z.infer<typeof ForecastSelectionSchema>;
/**
 * The next period's forecast cells from the validated model (meta.selection), and a back-test of the whole procedure:
 * chosen again on the period before its last 7 days and scored on them, against prior counts (meta.backtest).
 */
export const ForecastAnswerSchema = featureCollectionOf(PolygonSchema, ForecastCellPropertiesSchema).extend({
  meta: z.object({
    method: z.string(),
    baseline: z.string(),
    selection: ForecastSelectionSchema,
    cellSizeM: z.number(),
    coverage: z.number(),
    forecastFrom: z.string(),
    forecastTo: z.string(),
    backtest: z.object({
      trainFrom: z.string(),
      trainTo: z.string(),
      testTo: z.string(),
      method: ForecastScoreSchema,
      baseline: ForecastScoreSchema,
      testIncidents: z.number(),
    }),
  }),
});
export type ForecastAnswer = z.infer<typeof ForecastAnswerSchema>;

export const RateRowSchema = z.object({
  code: z.string(),
  name: z.string(),
  residents: z.number(),
  count: z.number(),
  per1000: z.number(),
  previous: z.number(),
  /** (count − previous) / previous × 100; null when the previous period had none or starts before the records. */
  changePct: z.number().nullable(),
});
export type RateRow = z.infer<typeof RateRowSchema>;
export const RatesAnswerSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** The end of the part counted: `to`, or now while the period runs on past now (see core/measures comparePeriods). */
  until: z.string(),
  /** The stretch of the period before compared with [from, until): as long, and cut at the same point. */
  previousFrom: z.string(),
  previousTo: z.string(),
  /** True while the period runs on past now: the change compares both periods up to the same moment. */
  partial: z.boolean(),
  /** The first incident on record (null with none): the change is not given when the period before starts earlier. */
  recordsFrom: z.string().nullable(),
  /** Whether the period before lies within the records (core/measures previousPeriodOnRecord); changePct is null if not. */
  previousOnRecord: z.boolean(),
  grids: z.array(RateRowSchema),
  beats: z.array(RateRowSchema),
});
export type RatesAnswer = z.infer<typeof RatesAnswerSchema>;

export const ProfileAnswerSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** The end of the part counted: `to`, or now while the period runs on past now (see core/measures comparePeriods). */
  until: z.string(),
  /** The stretch of the period before compared with [from, until): as long, and cut at the same point. */
  previousFrom: z.string(),
  previousTo: z.string(),
  /** True while the period runs on past now: the change compares both periods up to the same moment. */
  partial: z.boolean(),
  /** The first incident on record (null with none): the change is not given when the period before starts earlier. */
  recordsFrom: z.string().nullable(),
  /** Whether the period before lies within the records (core/measures previousPeriodOnRecord); changePct is null if not. */
  previousOnRecord: z.boolean(),
  total: z.number(),
  previousTotal: z.number(),
  /** 警情环比 of the totals (core/measures changePct): (total − previousTotal) / previousTotal × 100 to 0.1; null when previousTotal is 0 or the period before starts before the records. */
  changePct: z.number().nullable(),
  /** matrix[weekday − 1][hour]: ISO weekday 1 (Mon) … 7, local hours 0–23. */
  matrix: z.array(z.array(z.number())),
  /** Counts per category per bucket (days for ≤ 62 days, else weeks); buckets are ISO dates of their first day. */
  series: z.object({
    bucket: z.enum(['day', 'week']),
    buckets: z.array(z.string()),
    /** Whether the first and the last bucket hold only part of a day or week of the period counted (core/time clippedLocalBuckets). */
    clipped: z.object({ first: z.boolean(), last: z.boolean() }),
    categories: z.array(z.object({
      code: z.string(),
      counts: z.array(z.number()),
    })),
  }),
});
export type ProfileAnswer = z.infer<typeof ProfileAnswerSchema>;

export const RepeatLocationPropertiesSchema = z.object({
  count: z.number(),
  categories: z.array(z.string()),
  first: z.string(),
  last: z.string(),
  /** The nearest standard address or key place within 300 m ('星河城1栋附近'), or null (set by the API, not by core). */
  place: z.string().nullable().optional(),
});
export type RepeatLocationProperties = z.infer<typeof RepeatLocationPropertiesSchema>;
export const NearRepeatPairPropertiesSchema = z.object({
  category: z.string(),
  distanceM: z.number(),
  days: z.number(),
  firstAt: z.string(),
  secondAt: z.string(),
  /** The place nearest the pair's midpoint, as for a repeat location. */
  place: z.string().nullable().optional(),
});
export type NearRepeatPairProperties = z.infer<typeof NearRepeatPairPropertiesSchema>;
export const RepeatsAnswerSchema = z.object({
  /** Places (within 15 m) with 3 or more incidents in the period. */
  locations: featureCollectionOf(PointSchema, RepeatLocationPropertiesSchema),
  /**
   * Pairs of incidents of the same category within the distance and days, the second strictly later; at most 2,000,
   * closest in time first.
   */
  pairs: featureCollectionOf(LineStringSchema, NearRepeatPairPropertiesSchema),
  /** duplicates: exact duplicates (category, point and time equal) counted once in locations and pairs. */
  meta: z.object({
    distanceM: z.number(),
    days: z.number(),
    pairsFound: z.number(),
    truncated: z.boolean(),
    duplicates: z.number(),
  }),
});
export type RepeatsAnswer = z.infer<typeof RepeatsAnswerSchema>;
