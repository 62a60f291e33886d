/** Incident analysis (issue 6): hotspots, emerging trends, forecast, rates, repeats and the time profile. */
import type { FeatureCollection, LineString, Point, Polygon } from 'geojson';
import { z } from 'zod';
import { DEFAULT_CELL_SIZE_M } from '../hotspots/default-cell-size';
import type { EmergingPattern, HotspotClass } from '../hotspots/index';
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

export interface HotspotCellProperties {
  row: number;
  col: number;
  count: number;
  z: number;
  p: number;
  class: HotspotClass;
  /** A hot cell's nearest standard address or key place within 300 m ('星河城1栋附近'); absent for other cells. */
  place?: string | null;
}
export interface HotspotAnswer extends FeatureCollection<Polygon, HotspotCellProperties> {
  meta: { cellSizeM: number; cells: number; incidents: number; outside: number; epsg: number; from: string; to: string; fdr: true };
}

export interface EmergingCellProperties {
  row: number;
  col: number;
  pattern: EmergingPattern;
  trendZ: number;
  trendP: number;
  hotSlices: number;
}
export interface EmergingAnswer extends FeatureCollection<Polygon, EmergingCellProperties> {
  meta: { cellSizeM: number; slices: number; sliceDays: number; from: string; to: string };
}

export interface ForecastCellProperties {
  row: number;
  col: number;
  rank: number;
  score: number;
}
export interface ForecastScore {
  pai: number | null;
  pei: number | null;
}
/** The next period's forecast cells, and a back-test of both methods on the last period of the filter. */
export interface ForecastAnswer extends FeatureCollection<Polygon, ForecastCellProperties> {
  meta: {
    method: string;
    baseline: string;
    cellSizeM: number;
    coverage: number;
    forecastFrom: string;
    forecastTo: string;
    backtest: { trainFrom: string; trainTo: string; testTo: string; method: ForecastScore; baseline: ForecastScore; testIncidents: number };
  };
}

export interface RateRow {
  code: string;
  name: string;
  residents: number;
  count: number;
  per1000: number;
  previous: number;
  /** (count − previous) / previous × 100; null when the previous period had none. */
  changePct: number | null;
}
export interface RatesAnswer {
  from: string;
  to: string;
  previousFrom: string;
  grids: RateRow[];
  beats: RateRow[];
}

export interface ProfileAnswer {
  from: string;
  to: string;
  total: number;
  previousTotal: number;
  /** matrix[weekday − 1][hour]: ISO weekday 1 (Mon) … 7, local hours 0–23. */
  matrix: number[][];
  /** Counts per category per bucket (days for ≤ 62 days, else weeks); buckets are ISO dates of their first day. */
  series: { bucket: 'day' | 'week'; buckets: string[]; categories: { code: string; counts: number[] }[] };
}

export interface RepeatLocationProperties {
  count: number;
  categories: string[];
  first: string;
  last: string;
  /** The nearest standard address or key place within 300 m ('星河城1栋附近'), or null (set by the API, not by core). */
  place?: string | null;
}
export interface NearRepeatPairProperties {
  category: string;
  distanceM: number;
  days: number;
  firstAt: string;
  secondAt: string;
  /** The place nearest the pair's midpoint, as for a repeat location. */
  place?: string | null;
}
export interface RepeatsAnswer {
  /** Places (within 15 m) with 3 or more incidents in the period. */
  locations: FeatureCollection<Point, RepeatLocationProperties>;
  /**
   * Pairs of incidents of the same category within the distance and days, the second strictly later; at most 2,000,
   * closest in time first.
   */
  pairs: FeatureCollection<LineString, NearRepeatPairProperties>;
  /** duplicates: exact duplicates (category, point and time equal) counted once in locations and pairs. */
  meta: { distanceM: number; days: number; pairsFound: number; truncated: boolean; duplicates: number };
}
