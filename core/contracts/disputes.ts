/**
 * The disputes register (issue 7): what the forms send and what the API answers. The workflow's states and
 * rules live in core/disputes; these schemas are the same ones the client's forms validate with.
 */
import { z } from 'zod';
import { disputeStatuses } from '../disputes';
import { featureCollectionOf, PointSchema } from './geojson';
import { idNumberSchema, phoneSchema } from './person-numbers';
import { plainText } from './query-params';
import { rule } from './rule-messages';

export const disputeTypes = ['family', 'neighbour', 'property', 'labour', 'debt', 'contract', 'other'] as const;
export type DisputeType = (typeof disputeTypes)[number];
/** How the dispute came to light: a patrol, a resident, a grid worker, or a 110 call. */
export const disputeSources = ['patrol', 'resident', 'grid_worker', '110'] as const;
export type DisputeSource = (typeof disputeSources)[number];
export const remits = ['police', 'other_body', 'stability'] as const;
export const riskLevels = ['high', 'medium', 'low'] as const;
export type RiskLevel = (typeof riskLevels)[number];
/** The lowest score of each level, as scoreDispute grades them (core/disputes/early-warning.ts). */
export const riskLevelFloor: Record<RiskLevel, number> = { high: 60, medium: 30, low: 0 };
export function riskLevelOf(score: number): RiskLevel {
  return score >= riskLevelFloor.high ? 'high' : score >= riskLevelFloor.medium ? 'medium' : 'low';
}

/** The longest text each field takes (characters): the forms show a counter against these and refuse, never cut. */
export const disputeTextMax = { summary: 120, description: 4000, reason: 500, responsibleBody: 100 } as const;

/** Free text of several lines: newlines and tabs are fine; other control characters (NUL, which PostgreSQL text cannot hold, escapes) are not. */
export function longText(field: string, maxLength: number) {
  return z
    .string()
    .max(maxLength, `${field} is at most ${maxLength} characters`)
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, `${field} must not contain control characters other than line breaks and tabs`);
}

const code = (field: string) => z.string().regex(/^[0-9A-Za-z_-]{1,40}$/, `${field} must be a code of letters, digits, - or _`);
const enumOf = <T extends readonly [string, ...string[]]>(field: string, values: T) =>
  z.enum(values, { message: `${field} must be one of ${values.join(', ')}` });

/** A party to the dispute: personal data, stored in full and answered masked. */
export const DisputePartySchema = z.object({
  role: enumOf('role', ['applicant', 'respondent', 'other'] as const),
  name: plainText('name', 40).trim().min(1, 'name is required'),
  // The rules of the 一标三实 import (GB 11643 check character; mobile or landline): one definition of each.
  idNumber: idNumberSchema('idNumber').optional(),
  phone: phoneSchema('phone').optional(),
});
export type DisputeParty = z.infer<typeof DisputePartySchema>;
/** A party as answered: the same fields, masked unless unmasked (138****5678), so without the input's formats. */
export const DisputePartyAnswerSchema = z.object({
  role: z.enum(['applicant', 'respondent', 'other']),
  name: z.string(),
  idNumber: z.string().optional(),
  phone: z.string().optional(),
});

/**
 * POST /api/disputes: where (exactly one of a map point [lng, lat], a building code or a standard-address code),
 * what, who and how it was found. Grid, beat, community and street come from the geometry.
 */
export const NewDisputeSchema = z
  .object({
    type: enumOf('type', disputeTypes),
    source: enumOf('source', disputeSources),
    summary: plainText('summary', disputeTextMax.summary).trim().min(1, 'summary is required'),
    description: longText('description', disputeTextMax.description).default(''),
    parties: z.array(DisputePartySchema).max(20, 'at most 20 parties').default([]),
    lngLat: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)], { message: 'lngLat must be [lng, lat] in degrees' }).optional(),
    buildingCode: code('buildingCode').optional(),
    addressCode: code('addressCode').optional(),
    registeredAt: z.iso.datetime({ offset: true, message: 'registeredAt must be an ISO date-time' }).optional()
      .refine((s) => s === undefined || Date.parse(s) <= Date.now() + 60_000, rule('not_in_future', {}, 'registeredAt')),
    threats: z.boolean().default(false),
    violence: z.boolean().default(false),
    linkedIncidents: z.array(z.number().int().positive()).max(50, 'at most 50 linked incidents').default([]),
  })
  .refine((d) => [d.lngLat, d.buildingCode, d.addressCode].filter((x) => x !== undefined).length === 1, { ...rule('one_dispute_place'), path: ['lngLat'] });
export type NewDispute = z.infer<typeof NewDisputeSchema>;
export type NewDisputeInput = z.input<typeof NewDisputeSchema>;

/** POST /api/disputes/:code/transitions. remit is decided at assessment; referring needs the responsible body. */
export const DisputeTransitionSchema = z.object({
  to: enumOf('to', disputeStatuses),
  reason: plainText('reason', disputeTextMax.reason).trim().min(1, 'reason is required: say why the dispute moves'),
  remit: enumOf('remit', remits).optional(),
  responsibleBody: plainText('responsibleBody', disputeTextMax.responsibleBody).trim().min(1).optional(),
});
export type DisputeTransition = z.infer<typeof DisputeTransitionSchema>;

export const DisputeCodeSchema = z.object({ code: z.string().regex(/^MD\d{4,9}$/, 'code must be a dispute code like MD0001') });

const boolParam = (field: string) =>
  z.enum(['true', 'false'], { message: `${field} must be true or false` }).transform((v) => v === 'true');

/** GET /api/disputes: filters, paging and order (registered = newest first, risk = highest first, due = soonest first). */
export const DisputeQuerySchema = z.object({
  status: enumOf('status', disputeStatuses).optional(),
  type: enumOf('type', disputeTypes).optional(),
  risk: enumOf('risk', riskLevels).optional(),
  overdue: boolParam('overdue').optional(),
  grid: code('grid').optional(),
  q: plainText('q', 100).trim().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  sort: enumOf('sort', ['registered', 'risk', 'due'] as const).default('registered'),
});
export type DisputeQuery = z.infer<typeof DisputeQuerySchema>;

/** GET /api/disputes/map: open disputes (not closed) unless a status is asked for; risk=high for the high-risk layer. */
export const DisputeMapQuerySchema = z.object({
  status: enumOf('status', disputeStatuses).optional(),
  risk: enumOf('risk', riskLevels).optional(),
  grid: code('grid').optional(),
});
export type DisputeMapQuery = z.infer<typeof DisputeMapQuerySchema>;

/** One reason of a dispute's early-warning score (core/disputes RiskReason). */
export const RiskReasonSchema = z.object({
  rule: z.enum(['repeat_address', 'repeat_parties', 'linked_incidents', 'threats', 'violence', 'escalation', 'type']),
  points: z.number(),
  /** What the rule found: the other disputes' codes, the number of linked incidents, the word quoted from the record. */
  disputes: z.array(z.string()).optional(),
  incidents: z.number().optional(),
  word: z.string().optional(),
  /** The rule and what it found as a sentence in the request's language (Chinese unless English is asked for). */
  text: z.string(),
});

/** A dispute as listed: parties masked unless `masked` is false (the audited unmask). Times are ISO strings. */
export const DisputeSummarySchema = z.object({
  code: z.string(),
  type: z.enum(disputeTypes),
  status: z.enum(disputeStatuses),
  source: z.enum(disputeSources),
  summary: z.string(),
  registeredAt: z.string(),
  resolvedAt: z.string().nullable(),
  gridCode: z.string().nullable(),
  gridName: z.string().nullable(),
  /** The building it was registered at (its standard address's building); null for a point picked on the map. */
  buildingCode: z.string().nullable(),
  /** Where it is as people name it: the standard address, else the building (星河城2栋); null for a map point. */
  placeName: z.string().nullable(),
  communityCode: z.string().nullable(),
  streetCode: z.string().nullable(),
  beatCode: z.string().nullable(),
  lngLat: z.tuple([z.number(), z.number()]),
  remit: z.enum(remits).nullable(),
  responsibleBody: z.string().nullable(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  riskScore: z.number(),
  riskLevel: z.enum(riskLevels),
  parties: z.array(DisputePartyAnswerSchema),
  masked: z.boolean(),
});
export type DisputeSummary = z.infer<typeof DisputeSummarySchema>;

export const DisputePageSchema = z.object({
  total: z.number(),
  rows: z.array(DisputeSummarySchema),
});
export type DisputePage = z.infer<typeof DisputePageSchema>;

export const DisputeEventSchema = z.object({
  fromStatus: z.enum(disputeStatuses).nullable(),
  toStatus: z.enum(disputeStatuses),
  at: z.string(),
  byUsername: z.string(),
  /** Whom byUsername shows as: the account's display name. */
  byName: z.string(),
  /** Why a person moved it; null on the registration, which the interface words from `source` (issue 12). */
  reason: z.string().nullable(),
  /** On the registration event: how the dispute came to light. */
  source: z.enum(disputeSources).optional(),
});
export type DisputeEvent = z.infer<typeof DisputeEventSchema>;

/** GET /api/disputes/:code: the record, its history, the reasons of its score, and where it may go next. */
export const DisputeDetailSchema = DisputeSummarySchema.extend({
  description: z.string(),
  addressCode: z.string().nullable(),
  threats: z.boolean(),
  violence: z.boolean(),
  linkedIncidents: z.array(z.number()),
  registeredBy: z.string().nullable(),
  /** Whom registeredBy shows as: the account's display name. */
  registeredByName: z.string().nullable(),
  updatedAt: z.string(),
  riskReasons: z.array(RiskReasonSchema),
  events: z.array(DisputeEventSchema),
  nextStatuses: z.array(z.enum(disputeStatuses)),
});
export type DisputeDetail = z.infer<typeof DisputeDetailSchema>;

/** Why a reminder reaches the caller: they lead the dispute's grid, are its beat's officer, or command its area. */
export const ReminderReasonSchema = z.enum(['grid_leader', 'officer', 'jurisdiction']);
export type ReminderReason = z.infer<typeof ReminderReasonSchema>;
export const DisputeReminderSchema = DisputeSummarySchema.extend({
  remindedAs: ReminderReasonSchema,
});
export type DisputeReminder = z.infer<typeof DisputeReminderSchema>;
export const DisputeRemindersSchema = z.object({
  rows: z.array(DisputeReminderSchema),
});
export type DisputeReminders = z.infer<typeof DisputeRemindersSchema>;

export const DisputeMapPropertiesSchema = z.object({
  code: z.string(),
  type: z.enum(disputeTypes),
  status: z.enum(disputeStatuses),
  riskScore: z.number(),
  riskLevel: z.enum(riskLevels),
  overdue: z.boolean(),
  /** Where it is as people name it (placeName of the list), else its grid's name; null for a point in no grid. */
  placeName: z.string().nullable(),
});
export type DisputeMapProperties = z.infer<typeof DisputeMapPropertiesSchema>;
export const DisputeMapSchema = featureCollectionOf(PointSchema, DisputeMapPropertiesSchema);
export type DisputeMap = z.infer<typeof DisputeMapSchema>;
