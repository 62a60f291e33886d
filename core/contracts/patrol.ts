/**
 * The patrol route planner's API (issue 6, part 4): candidate stops for a time window, plans, and saved routes.
 * Coordinates are [lng, lat] in EPSG:4326; times of day are local (Asia/Shanghai) 'HH:MM'; weekdays ISO 1 (Mon) … 7.
 */
import { z } from 'zod';
import { ForecastSelectionSchema, HotspotClassSchema } from './analysis';
import { LineStringSchema } from './geojson';
import { csvOf, plainText } from './query-params';
import { rule } from './rule-messages';

export const travelModes = ['foot', 'car'] as const;
export type PatrolMode = (typeof travelModes)[number];

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day HH:MM, 00:00–23:59');
const code = (what: string) => z.string().regex(/^[0-9A-Za-z_-]{1,40}$/, `${what} codes are 1–40 letters, digits, - or _`);
const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)], { message: 'must be [lng, lat] in degrees' });
const mode = z.enum(travelModes, { message: 'mode must be foot or car' });
const weekday = z.number().int().min(1, 'weekdays are 1 (Mon) … 7 (Sun)').max(7, 'weekdays are 1 (Mon) … 7 (Sun)');
const distinct = <T>(items: T[]) => new Set(items).size === items.length;

/** A patrol window; end before start runs past midnight (22:00–02:00). */
export const PatrolWindowSchema = z
  .object({ start: timeOfDay, end: timeOfDay })
  .refine((w) => w.start !== w.end, { ...rule('end_differs_from_start', {}, 'window'), path: ['end'] });
export type PatrolWindow = z.infer<typeof PatrolWindowSchema>;

/** How long a window is, minutes; one past midnight (23:00–03:00) wraps. */
export function windowLengthMin(window: PatrolWindow): number {
  return (((parseTimeOfDay(window.end) - parseTimeOfDay(window.start)) % 1440) + 1440) % 1440;
}

/** The minutes a route is planned in: the budget, but never past the window's end (a crew is back when its slot ends). */
export function planBudgetMin(budgetMin: number, window: PatrolWindow): number {
  return Math.min(budgetMin, windowLengthMin(window));
}

/** How far from the start candidates are looked for unless the request says (metres). */
export const DEFAULT_PATROL_RADIUS_M: Record<PatrolMode, number> = { foot: 1500, car: 4000 };

const planFields = {
  /** Start and end at this station … */
  stationCode: code('station').optional(),
  /** … or at this point (within the caller's jurisdiction). */
  start: lngLat.optional(),
  window: PatrolWindowSchema,
  /** The days the route is for; default every day. */
  weekdays: z.array(weekday).min(1).max(7).refine(distinct, rule('no_repeats', {}, 'weekdays')).optional(),
  mode,
  budgetMin: z.number().int('budgetMin must be whole minutes').min(10, 'budgetMin must be 10–600').max(600, 'budgetMin must be 10–600'),
  dwellMin: z.number().min(0, 'dwellMin must be 0–60').max(60, 'dwellMin must be 0–60'),
  /** Key place codes that must be visited. */
  mandatory: z.array(code('key place')).max(20).refine(distinct, rule('no_repeats', {}, 'mandatory')).optional(),
};
const oneStart = { ...rule('one_patrol_start'), path: ['stationCode'] };
const hasOneStart = (r: { stationCode?: string; start?: unknown }) => (r.stationCode === undefined) !== (r.start === undefined);

/**
 * Where a patrol's hotspot cells come from (issue 17): 'gi' (the default) the cells Gi* classes hot-90 or better in the
 * window's incidents of the last weeks; 'forecast' the shift's forecast cells, from the model validated inside those
 * weeks (see core/analysis forecastWindowCells), risk the forecast's incidents a week.
 */
export const PatrolHotspotSourceSchema = z.enum(['gi', 'forecast'], { message: 'hotspots must be gi or forecast' });
export type PatrolHotspotSource = z.infer<typeof PatrolHotspotSourceSchema>;

/** POST /api/patrol/plan body. */
export const PatrolPlanRequestSchema = z
  .object({
    ...planFields,
    /** The best this many candidates by risk are planned over (mandatory ones always); default 50. */
    maxCandidates: z.number().int().min(1).max(100).default(50),
    /** Candidates lie within this distance of the start; default 1,500 m on foot, 4,000 m by car. */
    radiusM: z.number().int().min(200).max(10_000).optional(),
    /** Incidents of the last this many weeks make the hotspots; default 8. */
    weeks: z.number().int().min(1).max(52).optional(),
    hotspots: PatrolHotspotSourceSchema.optional(),
  })
  .refine(hasOneStart, oneStart);
export type PatrolPlanRequest = z.infer<typeof PatrolPlanRequestSchema>;

/** GET /api/patrol/candidates?station=PS01&start=19:00&end=23:00&weekdays=1,2,3&mode=foot (or at=lng,lat for a point). */
export const PatrolCandidatesQuerySchema = z
  .object({
    station: code('station').optional(),
    at: csvOf(z.coerce.number()).pipe(lngLat).optional(),
    start: timeOfDay,
    end: timeOfDay,
    weekdays: csvOf(z.coerce.number().pipe(weekday)).refine(distinct, rule('no_repeats', {}, 'weekdays')).optional(),
    mode: mode.default('foot'),
    radiusM: z.coerce.number().int().min(200).max(10_000).optional(),
    weeks: z.coerce.number().int().min(1).max(52).optional(),
    hotspots: PatrolHotspotSourceSchema.optional(),
  })
  .refine((q) => q.start !== q.end, { ...rule('end_differs_from_start'), path: ['end'] })
  .refine((q) => (q.station === undefined) !== (q.at === undefined), { ...rule('one_station_or_point'), path: ['station'] });
export type PatrolCandidatesQuery = z.infer<typeof PatrolCandidatesQuerySchema>;

/** Where a patrol starts and ends. */
/** When a stop may be visited, in minutes after the window's start (core/patrol TimeWindow). */
export const TimeWindowSchema = z.object({ openMin: z.number(), closeMin: z.number() });
/** A stop of a plan as core/patrol answers it (PlannedStop). */
export const PlannedStopSchema = z.object({
  id: z.string(),
  risk: z.number(),
  mandatory: z.boolean(),
  arrival: z.union([z.string(), z.number()]),
  departure: z.union([z.string(), z.number()]),
  arrivalMin: z.number(),
  departureMin: z.number(),
  waitMin: z.number(),
});
export const dropCodes = ['off_road', 'unreachable', 'no_return'] as const;
/**
 * A candidate the plan left out before planning: why as a code with its figures (metres from the road and the
 * limit, for off_road), and the same worded by the server in the caller's language. Routes saved before the codes
 * have the reason only (in English).
 */
export const DroppedStopSchema = z.object({
  id: z.string().max(80),
  code: z.enum(dropCodes).optional(),
  distanceM: z.number().min(0).optional(),
  limitM: z.number().min(0).optional(),
  reason: plainText('reason', 200),
});
export type DroppedStopView = z.infer<typeof DroppedStopSchema>;

/** A plan as core/patrol answers it (PatrolPlan): the route closed at the start, and candidates left out with why. */
export const PatrolPlanSchema = z.object({
  stops: z.array(PlannedStopSchema),
  geometry: LineStringSchema,
  distanceKm: z.number(),
  minutes: z.number(),
  coveredRisk: z.number(),
  method: z.string(),
  dropped: z.array(DroppedStopSchema),
});

export const PatrolStartSchema = z.object({
  stationCode: z.string().nullable(),
  name: z.string().nullable(),
  lngLat: z.tuple([z.number(), z.number()]),
});
export type PatrolStart = z.infer<typeof PatrolStartSchema>;

/**
 * A candidate stop. Risk is on one scale for both kinds (see server/services/patrol-candidates.service.ts): a hotspot cell's incidents a
 * week in the window; a key place's hours of peak overlap a day × KEY_PLACE_RISK_PER_HOUR.
 */
export const PatrolCandidateViewSchema = z.object({
  id: z.string(),
  kind: z.enum(['hotspot', 'key_place']),
  /** The key place's name; a hotspot cell's nearest place ('星河城1栋附近'); null only in routes saved before cells were named. */
  name: z.string().nullable(),
  lngLat: z.tuple([z.number(), z.number()]),
  risk: z.number(),
  mandatory: z.boolean(),
  /** Hotspot: incidents in the cell in the window over the weeks, the Gi* z-score and class, the cell's ring. */
  incidents: z.number().optional(),
  z: z.number().optional(),
  hotspotClass: HotspotClassSchema.optional(),
  polygon: z.array(z.tuple([z.number(), z.number()])).optional(),
  /** Key place: its kind, the mean minutes a day its peak overlaps the window, and when a visit may begin. */
  keyPlaceKind: z.string().optional(),
  peakOverlapMin: z.number().optional(),
  window: TimeWindowSchema.optional(),
});
export type PatrolCandidateView = z.infer<typeof PatrolCandidateViewSchema>;

/** Answer of GET /api/patrol/candidates. */
export const PatrolCandidatesSchema = z.object({
  start: PatrolStartSchema,
  window: PatrolWindowSchema,
  weekdays: z.array(z.number()),
  weeks: z.number(),
  radiusM: z.number(),
  cellSizeM: z.number(),
  /** Best first. */
  candidates: z.array(PatrolCandidateViewSchema),
  /** Where the hotspot cells came from, and with 'forecast' the model the validation chose and the baselines'. */
  hotspots: PatrolHotspotSourceSchema.optional(),
  forecast: ForecastSelectionSchema.optional(),
});
export type PatrolCandidates = z.infer<typeof PatrolCandidatesSchema>;

/** A visited stop: arrival and departure as local 'HH:MM' (past midnight wraps to 00:15), minutes from the start too. */
export const PatrolStopViewSchema = PlannedStopSchema.omit({ arrival: true, departure: true }).extend({
  arrival: z.string(),
  departure: z.string(),
  kind: PatrolCandidateViewSchema.shape.kind,
  name: z.string().nullable(),
  lngLat: z.tuple([z.number(), z.number()]),
});
export type PatrolStopView = z.infer<typeof PatrolStopViewSchema>;

/** Answer of POST /api/patrol/plan: the plan, and the candidates it was chosen from. */
export const PatrolPlanAnswerSchema = PatrolPlanSchema.omit({ stops: true }).extend({
  start: PatrolStartSchema,
  window: PatrolWindowSchema,
  weekdays: z.array(z.number()),
  mode: z.enum(travelModes),
  /** The minutes planned in: the request's budget, or the window's length when that is shorter (planBudgetMin). */
  budgetMin: z.number(),
  dwellMin: z.number(),
  stops: z.array(PatrolStopViewSchema),
  candidates: z.array(PatrolCandidateViewSchema),
  /** Where the candidates' hotspot cells came from (the request's, 'gi' when it named none). */
  hotspots: PatrolHotspotSourceSchema,
});
export type PatrolPlanAnswer = z.infer<typeof PatrolPlanAnswerSchema>;

const SavedStopSchema = z.object({
  id: z.string().max(80),
  risk: z.number().min(0),
  mandatory: z.boolean(),
  arrival: z.union([z.string().max(40), z.number()]),
  departure: z.union([z.string().max(40), z.number()]),
  arrivalMin: z.number().min(0),
  departureMin: z.number().min(0),
  waitMin: z.number().min(0),
  kind: z.enum(['hotspot', 'key_place']).optional(),
  name: plainText('stop name', 100).nullable().optional(),
  lngLat: lngLat.optional(),
});

/** The plan as saved: what POST /api/patrol/plan answered (its candidates are not kept). */
export const SavedPlanSchema = z.object({
  stops: z.array(SavedStopSchema).max(200).refine((stops) => stops.length > 0, rule('route_has_stops')),
  geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(lngLat).min(2).max(50_000) }),
  distanceKm: z.number().min(0),
  minutes: z.number().min(0),
  coveredRisk: z.number().min(0),
  method: plainText('method', 100),
  dropped: z.array(DroppedStopSchema).max(200).default([]),
  /** Where the plan's hotspot cells came from; absent in routes saved before it was kept (not known then). */
  hotspots: PatrolHotspotSourceSchema.optional(),
});
export type SavedPlan = z.infer<typeof SavedPlanSchema>;

export const assigneeKinds = ['beat', 'station', 'officer'] as const;
export type AssigneeKind = (typeof assigneeKinds)[number];

/**
 * Whom a route is assigned to, by id: a beat ('beat:PS01-J01'), a station ('station:PS01') or a community officer
 * ('officer:P00123'), one of GET /api/patrol/assignees — not free text, which could name no one (issue 12).
 */
export const AssigneeIdSchema = z
  .string({ message: 'assignedTo is required: pick a beat, station or officer' })
  .regex(/^(beat|station|officer):[0-9A-Za-z_-]{1,40}$/, 'assignedTo must be a beat, station or officer from the list');

/** One whom a route may be assigned to (GET /api/patrol/assignees). */
export const PatrolAssigneeSchema = z.object({
  /** 'beat:PS01-J01', 'station:PS01', 'officer:P00123'. */
  id: z.string(),
  kind: z.enum(assigneeKinds),
  /** What a person reads: '城区派出所第1警格', '城区派出所', '张伟（城区派出所第1警格 社区民警）'. */
  name: z.string(),
  /** The station it belongs to, so the form can offer a station's own first. */
  stationCode: z.string(),
});
export type PatrolAssignee = z.infer<typeof PatrolAssigneeSchema>;

/** The longest route name (characters): the save panel counts against it. */
export const patrolRouteNameMax = 100;

/** POST /api/patrol/routes body: a name, whom it is assigned to (a beat, station or officer by id), the request fields and the plan. */
export const SavePatrolRouteSchema = z
  .object({
    name: plainText('name', patrolRouteNameMax).trim().min(1, 'name is required'),
    assignedTo: AssigneeIdSchema,
    ...planFields,
    plan: SavedPlanSchema,
  })
  .refine(hasOneStart, oneStart)
  // A whole minute of slack: the plan's minutes are rounded to the hundredth, and its end is shown rounded up.
  .superRefine((r, ctx) => {
    const window = windowLengthMin(r.window);
    if (r.plan.minutes > window + 1) ctx.addIssue({ code: 'custom', path: ['plan', 'minutes'], ...rule('route_within_window', { minutes: Math.ceil(r.plan.minutes), window }) });
  });
export type SavePatrolRoute = z.infer<typeof SavePatrolRouteSchema>;

export const PatrolRouteIdSchema = z.object({ id: z.uuid({ message: 'id must be a route id (uuid)' }) });

/** A saved patrol route (GET /api/patrol/routes/:id); the list answers the same without `plan`. */
export const SavedPatrolRouteSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The assignee's id ('beat:PS01-J01'); routes saved before issue 12 hold the free text typed then. */
  assignedTo: z.string(),
  /** The assignee's name as PatrolAssignee.name, or that free text; what a person reads. */
  assignedName: z.string(),
  stationCode: z.string().nullable(),
  mode: z.enum(travelModes),
  window: PatrolWindowSchema,
  weekdays: z.array(z.number()),
  budgetMin: z.number(),
  dwellMin: z.number(),
  /** When the plan ends, 'HH:MM' (plannedEndOf): before window.end when the plan is shorter than the window. */
  plannedEnd: z.string(),
  /** The first local day from today ('YYYY-MM-DD') on which the route is on its crew's 今日; null if on none (no weekdays). */
  firstOnToday: z.string().nullable(),
  createdBy: z.string(),
  /** Whom createdBy shows as: the account's display name (or the seed's label). */
  createdByName: z.string(),
  createdAt: z.string(),
  plan: SavedPlanSchema.extend({
    start: z.tuple([z.number(), z.number()]).optional(),
    /** A start picked on the map, named by the server when the route was saved ('星河城1栋附近'). */
    startName: z.string().nullable().optional(),
    mandatory: z.array(z.string()).optional(),
  }).optional(),
});
export type SavedPatrolRoute = z.infer<typeof SavedPatrolRouteSchema>;

/** 'HH:MM' → minutes after midnight. */
export function parseTimeOfDay(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** Minutes after midnight (any number, past 24 h wraps) → 'HH:MM', rounded to the minute. */
export function formatTimeOfDay(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * A plan's length in whole minutes, rounded up: a card must not promise less time than the plan needs. 1e-9: a plan of
 * exactly 90 min, summed in floating point, is not 91; max: a route without stops is 0, not -0.
 */
export function wholePlanMinutes(planMinutes: number): number {
  return Math.max(0, Math.ceil(planMinutes - 1e-9));
}

/**
 * When a route's plan ends ('HH:MM'): the window's start plus the plan's whole minutes (a plan starts at the window's
 * start and closes at its start point). A two-hour walk planned in 中班 19:00–23:00 ends at 21:00, and the crew reads
 * that. The one definition: the planner's stop list, the printed card, the saved routes and the phone all show it.
 */
export function plannedEndOf(windowStart: string, planMinutes: number): string {
  return formatTimeOfDay(parseTimeOfDay(windowStart) + wholePlanMinutes(planMinutes));
}
