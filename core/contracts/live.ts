import { z } from 'zod';
import { rule } from './rule-messages';

/**
 * The dispatch system's own number of an incident (接警单号): 1–64 letters, digits or _-:. — a retried call with the
 * same number answers the incident the first call registered instead of adding a second (issue 15).
 */
export const ExternalIdSchema = z.string().regex(/^[A-Za-z0-9_\-:.]{1,64}$/, 'externalId must be 1–64 letters, digits or _-:.');

/** How an incident came in: a 110 call, a patrol, a walk-in at a station, a grid worker's report. */
export const incidentSources = ['110', 'patrol', 'walk_in', 'grid_report'] as const;
export type IncidentSource = (typeof incidentSources)[number];

/** How far back a registered incident may have happened (a late report, 补录). */
export const maxLateReportDays = 366;

/**
 * An incident record as a back-fill file holds it (npm run import:incidents): any past time, as old as the records.
 * POST /api/incidents and its batch take NewIncidentSchema, which adds a floor to the time.
 */
export const IncidentRecordSchema = z.object({
  externalId: ExternalIdSchema.optional(),
  categoryCode: z.string().regex(/^[A-Z_]{2,32}$/, 'categoryCode must be a category code like THEFT_RES'),
  source: z.enum(incidentSources, { message: 'source must be 110, patrol, walk_in or grid_report' }),
  lng: z.number({ message: 'lng must be a number' }).min(-180).max(180),
  lat: z.number({ message: 'lat must be a number' }).min(-90).max(90),
  // A call cannot be about what has not happened: a future time would sit on top of the wall's feed as just now.
  // A minute's leeway for the dispatch system's clock, as for the other times people enter.
  occurredAt: z.iso
    .datetime({ offset: true, message: 'occurredAt must be an ISO date-time' })
    // NaN for a malformed time passes here: the format check above has said what is wrong with it.
    .refine((s) => !(Date.parse(s) > Date.now() + 60_000), rule('not_in_future', {}, 'occurredAt'))
    .optional(),
});

/** A new incident as registered by the command center or an officer (POST /api/incidents). */
export const NewIncidentSchema = IncidentRecordSchema.extend({
  // A late report (补录) may come days or months after the call; a time more than a year back is a mistyped year
  // (1990 for 2026) that would be stored silently far from any view. Older records come in by the import.
  occurredAt: IncidentRecordSchema.shape.occurredAt.refine(
    (s) => s === undefined || !(Date.parse(s) < Date.now() - maxLateReportDays * 86_400_000),
    rule('not_before_days', { days: maxLateReportDays }, 'occurredAt'),
  ),
});
export type NewIncident = z.infer<typeof NewIncidentSchema>;

/** What the wall learns of a new incident: where, when, what — no personal data. */
export const LiveIncidentSchema = z.object({
  id: z.number(),
  occurredAt: z.string(),
  categoryCode: z.string(),
  lng: z.number(),
  lat: z.number(),
  gridCode: z.string(),
  beatCode: z.string().nullable(),
  /** When it was entered: on a later local day than occurredAt, it is a late report (补录). */
  recordedAt: z.string(),
  /** The dispatch system's number (接警单号) the call came with, null when it came without: what the room quotes. */
  externalId: z.string().nullable(),
});
export type LiveIncident = z.infer<typeof LiveIncidentSchema>;

/** What open pages learn when a grid plan is published: reload the grids of that area. */
export const LivePlanSchema = z.object({
  planId: z.string(),
  areaCode: z.string(),
  areaName: z.string(),
  grids: z.number(),
  publishedBy: z.string(),
});
export type LivePlan = z.infer<typeof LivePlanSchema>;

/** One server-sent event of GET /api/live (the SSE event name is `kind`); `id` is also the SSE id, for replay after Last-Event-ID. */
export const LiveIncidentEventSchema = z.object({
  id: z.number(),
  at: z.string(),
  kind: z.literal('incident'),
  payload: LiveIncidentSchema,
});
export type LiveIncidentEvent = z.infer<typeof LiveIncidentEventSchema>;
export const LivePlanEventSchema = z.object({
  id: z.number(),
  at: z.string(),
  kind: z.literal('plan'),
  payload: LivePlanSchema,
});
export type LivePlanEvent = z.infer<typeof LivePlanEventSchema>;
/**
 * A unit's presence moved (issue 16): a batch of pings or a check-in was stored, so the wall refreshes its dosage
 * panel. Every page may read the live stream (the viewer too), so it says where and which force, never who.
 */
export const LiveFieldPresenceSchema = z.object({
  force: z.enum(['police', 'grid']),
  source: z.enum(['pings', 'check_in']),
  gridCodes: z.array(z.string()),
  count: z.number().int(),
  latestAt: z.string(),
});
export type LiveFieldPresence = z.infer<typeof LiveFieldPresenceSchema>;
export const LiveFieldPresenceEventSchema = z.object({
  id: z.number(),
  at: z.string(),
  kind: z.literal('field_presence'),
  payload: LiveFieldPresenceSchema,
});
export const LiveEventSchema = z.union([LiveIncidentEventSchema, LivePlanEventSchema, LiveFieldPresenceEventSchema]);
export type LiveEvent = z.infer<typeof LiveEventSchema>;

export const liveChannel = 'jingwang_live';
