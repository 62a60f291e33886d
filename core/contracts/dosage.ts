/**
 * Patrol dosage (issue 16, parts 2 and 3): per hot-spot cell and key place, visits, dwell, Koper share, gaps and
 * presence from the field app's pings and check-ins, split by police and grid staff; incidents after visits; and
 * the wall's presence now. The figures' definitions are in core/measures/glossary.ts; the computation in core/dosage.
 * Coordinates [lng, lat] in EPSG:4326; times ISO 8601.
 */
import { z } from 'zod';
import { periodBound } from './query-params';
import { rule } from './rule-messages';

/** The longest period a dosage query may cover: a month of pings is what the retention keeps anyway. */
export const DOSAGE_MAX_DAYS = 31;
/** A key place counts as visited within this radius of its point (key places are points; cells are polygons). */
export const DOSAGE_KEY_PLACE_RADIUS_M = 50;
/** The wall's "present now": a unit whose latest ping within these minutes lies at the place. */
export const PRESENCE_NOW_MIN = 5;

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day HH:MM');
const fromBeforeTo = (q: { from?: string; to?: string }) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to);
const notTooLong = (q: { from?: string; to?: string }) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= DOSAGE_MAX_DAYS * 86_400_000;

const period = z.object({
  from: periodBound('from').optional(),
  to: periodBound('to').optional(),
});

/**
 * GET /api/dosage: from/to (default the last 24 hours; at most DOSAGE_MAX_DAYS days), and optionally a daily window
 * (windowStart–windowEnd, local, past midnight when end is before start) — each day's window is one shift, and only
 * pings in it count.
 */
export const DosageQuerySchema = period
  .extend({ windowStart: timeOfDay.optional(), windowEnd: timeOfDay.optional() })
  .refine(fromBeforeTo, { ...rule('from_before_to'), path: ['from'] })
  .refine(notTooLong, { ...rule('period_at_most_days', { days: DOSAGE_MAX_DAYS }), path: ['to'] })
  .refine((q) => (q.windowStart === undefined) === (q.windowEnd === undefined), { ...rule('both_or_neither', { a: 'windowStart', b: 'windowEnd' }), path: ['windowEnd'] })
  .refine((q) => q.windowStart === undefined || q.windowStart !== q.windowEnd, { ...rule('end_differs_from_start', {}, 'window'), path: ['windowEnd'] });
export type DosageQuery = z.infer<typeof DosageQuerySchema>;

/** GET /api/dosage/effect: the period and H, the hours after a visit (1–12, default 2). */
export const DosageEffectQuerySchema = period
  .extend({ hours: z.coerce.number({ message: 'hours must be a number' }).int('hours must be whole hours').min(1, 'hours must be at least 1').max(12, 'hours must be at most 12').default(2) })
  .refine(fromBeforeTo, { ...rule('from_before_to'), path: ['from'] })
  .refine(notTooLong, { ...rule('period_at_most_days', { days: DOSAGE_MAX_DAYS }), path: ['to'] });
export type DosageEffectQuery = z.infer<typeof DosageEffectQuerySchema>;

export const DosageFiguresSchema = z.object({
  visits: z.number(),
  checkInVisits: z.number(),
  dwellMin: z.number(),
  koperVisits: z.number(),
  koperShare: z.number().nullable(),
  longestGapMin: z.number().nullable(),
  gapsOverTarget: z.number(),
  presenceByDay: z.array(z.object({ day: z.string(), minutes: z.number() })),
  presenceMinPerDay: z.number(),
});
export type DosageFiguresView = z.infer<typeof DosageFiguresSchema>;

const placeFields = {
  /** 'cell-12-9' for a hot-spot cell (of this answer's analysis), the code for a key place. */
  id: z.string(),
  /** What a person reads: the key place's name, or the place a hot cell lies at ('星河城1栋附近'). */
  name: z.string(),
  kind: z.enum(['hotspot', 'key_place']),
  lngLat: z.tuple([z.number(), z.number()]),
  /** A hot cell's ring; absent for a key place (a circle of radiusM around lngLat). */
  polygon: z.array(z.tuple([z.number(), z.number()])).optional(),
  radiusM: z.number().optional(),
};

export const PlaceDosageSchema = z.object({
  ...placeFields,
  all: DosageFiguresSchema,
  police: DosageFiguresSchema,
  grid: DosageFiguresSchema,
});
export type PlaceDosageView = z.infer<typeof PlaceDosageSchema>;

export const DosageSettingsSchema = z.object({
  maxGapS: z.number(),
  exitMarginM: z.number(),
  maxAccuracyM: z.number(),
  koperMinMin: z.number(),
  koperMaxMin: z.number(),
  targetGapMin: z.number(),
  checkInMatchMin: z.number(),
});

export const DosageAnswerSchema = z.object({
  from: z.string(),
  to: z.string(),
  window: z.object({ start: z.string(), end: z.string() }).nullable(),
  /** The shifts counted over (one a day with a window, else the period). */
  periods: z.number(),
  settings: DosageSettingsSchema,
  /** Hot cells first (by incidents), then key places (by code). */
  places: z.array(PlaceDosageSchema),
});
export type DosageAnswer = z.infer<typeof DosageAnswerSchema>;

export const AfterVisitComparisonSchema = z.object({
  visitHours: z.number(),
  visitIncidents: z.number(),
  visitRate: z.number().nullable(),
  otherHours: z.number(),
  otherIncidents: z.number(),
  otherRate: z.number().nullable(),
  expectedIncidents: z.number().nullable(),
  unmatchedVisitHours: z.number(),
});

export const DosageEffectAnswerSchema = z.object({
  from: z.string(),
  to: z.string(),
  hours: z.number(),
  /** Said once so no one reads a causal claim into the figures. */
  caveat: z.string(),
  hotspots: z.array(z.object({ ...placeFields, visits: z.number(), comparison: AfterVisitComparisonSchema })),
});
export type DosageEffectAnswer = z.infer<typeof DosageEffectAnswerSchema>;

/** GET /api/wall/dosage: who is at the hot spots and key places now, and those at their peak with no one. */
export const WallDosageSchema = z.object({
  at: z.string(),
  presentWithinMin: z.number(),
  /**
   * Every unit on patrol now in the jurisdiction, wherever it is: open patrols whose latest position, of the last
   * presentWithinMin minutes, lies in one of its grids. `present` below counts only those at a hot spot or key place.
   */
  patrolling: z.object({ police: z.number(), grid: z.number() }),
  /**
   * The distinct units of `patrolling`'s kind at any hot spot or key place now: one unit where a hot spot and a key
   * place overlap is one unit here, though `present` lists it at both. The wall's figure; never a sum of `present`.
   */
  atPlaces: z.object({ police: z.number(), grid: z.number() }),
  present: z.array(z.object({ ...placeFields, police: z.number(), grid: z.number() })),
  /** Places in their peak window now with no visit since it opened (or in the last targetGapMin, whichever is shorter). */
  uncovered: z.array(z.object({ ...placeFields, peak: z.object({ from: z.string(), to: z.string() }) })),
  /**
   * How many hot spots and key places are in their peak window now, covered or not: with none, an empty `uncovered`
   * means nothing is at its peak, not that every place at its peak has someone.
   */
  atPeak: z.number(),
});
export type WallDosage = z.infer<typeof WallDosageSchema>;

/** The patrols an adherence answer lists at most (newest first); `truncated` says when there were more. */
export const ADHERENCE_MAX_PATROLS = 100;
/** A stop reached this many minutes before its planned arrival or after its planned departure still counts as on time. */
export const ADHERENCE_GRACE_MIN = 10;

/**
 * GET /api/dosage/patrols: the field patrols that followed a saved route, started in [from, to) (default the last 7
 * days; at most DOSAGE_MAX_DAYS), optionally of one route.
 */
export const PatrolAdherenceQuerySchema = period
  .extend({ routeId: z.string().uuid('routeId must be a saved route’s id (a UUID)').optional() })
  .refine(fromBeforeTo, { ...rule('from_before_to'), path: ['from'] })
  .refine(notTooLong, { ...rule('period_at_most_days', { days: DOSAGE_MAX_DAYS }), path: ['to'] });
export type PatrolAdherenceQuery = z.infer<typeof PatrolAdherenceQuerySchema>;

/** One planned stop of a patrol: its name, its plan, and what the pings and check-ins say (core measureRouteAdherence). */
export const StopAdherenceSchema = z.object({
  index: z.number(),
  /** The place's name as the plan saved it ('第 2 站' only for a stop saved without one). */
  name: z.string(),
  plannedArrival: z.string(),
  plannedDeparture: z.string(),
  /** The window judged: planned arrival − graceMin to planned departure + graceMin. */
  windowOpen: z.string(),
  windowClose: z.string(),
  status: z.enum(['on_time', 'early', 'late', 'skipped']),
  reached: z.boolean(),
  arrivedAt: z.string().nullable(),
  onTime: z.boolean(),
  evidence: z.enum(['pings', 'check_in']).nullable(),
  /** Minutes there over continuous pings; null when no ping reached it. */
  dwellMin: z.number().nullable(),
});
export type StopAdherenceView = z.infer<typeof StopAdherenceSchema>;

export const PatrolAdherenceSchema = z.object({
  id: z.string(),
  username: z.string(),
  /** Who walked it: the person the account belongs to by name, else the account's display name. */
  unitName: z.string(),
  role: z.string(),
  force: z.enum(['police', 'grid']),
  routeId: z.string(),
  routeName: z.string(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  planned: z.number(),
  reached: z.number(),
  onTime: z.number(),
  skipped: z.number(),
  stops: z.array(StopAdherenceSchema),
});
export type PatrolAdherenceView = z.infer<typeof PatrolAdherenceSchema>;

export const PatrolAdherenceAnswerSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** How near a ping must come to count as reaching a stop (the check-in geofence radius). */
  radiusM: z.number(),
  graceMin: z.number(),
  truncated: z.boolean(),
  /** Newest first. */
  patrols: z.array(PatrolAdherenceSchema),
});
export type PatrolAdherenceAnswer = z.infer<typeof PatrolAdherenceAnswerSchema>;
