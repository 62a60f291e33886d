/**
 * The field app's API (/m, issue 16): patrols started on the phone, GPS ping batches, check-ins, 随手拍 reports, and
 * today's work. Every write carries an id made on the phone (a UUID), so the offline queue may send it again and again:
 * the server answers the stored row and writes nothing new. Coordinates are [lng, lat] in EPSG:4326; times ISO 8601.
 */
import { z } from 'zod';
import { rule } from './rule-messages';

const clientId = z.uuid({ message: 'id must be a UUID made on the phone' });
const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time with its offset' });
const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)], { message: 'must be [lng, lat] in degrees' });
const accuracyM = z.number().min(0, 'accuracyM must be 0–5000 m').max(5000, 'accuracyM must be 0–5000 m');

/** Police or grid staff: dosage is split by it (from the account's role when the patrol starts). */
export const fieldForces = ['police', 'grid'] as const;
export type FieldForce = (typeof fieldForces)[number];

/** POST /api/field/patrols: start a patrol, optionally on an assigned route. */
export const FieldPatrolStartSchema = z.object({ id: clientId, routeId: z.uuid().optional(), startedAt: instant });
export type FieldPatrolStart = z.infer<typeof FieldPatrolStartSchema>;

/** POST /api/field/patrols/{id}/end */
export const FieldPatrolEndSchema = z.object({ endedAt: instant });

export const FieldPatrolSchema = z.object({
  id: z.string(),
  username: z.string(),
  force: z.enum(fieldForces),
  routeId: z.string().nullable(),
  routeName: z.string().nullable(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  replayed: z.boolean().optional(),
});
export type FieldPatrol = z.infer<typeof FieldPatrolSchema>;

/** Most pings one batch may hold: a phone pinging every 5 s sends a batch every minute or so, more after being offline. */
export const maxPingsPerBatch = 2000;

export const FieldPingSchema = z.object({ at: instant, position: lngLat, accuracyM });
export type FieldPing = z.infer<typeof FieldPingSchema>;

/** POST /api/field/pings: a batch of one patrol's positions; all must lie within the patrol's start and end. */
export const FieldPingBatchSchema = z.object({ patrolId: z.uuid(), pings: z.array(FieldPingSchema).min(1).max(maxPingsPerBatch) });
export type FieldPingBatch = z.infer<typeof FieldPingBatchSchema>;
export const FieldPingBatchResultSchema = z.object({ stored: z.number().int(), alreadyStored: z.number().int() });
export type FieldPingBatchResult = z.infer<typeof FieldPingBatchResultSchema>;

export const checkInMethods = ['geofence', 'qr'] as const;
export type CheckInMethod = (typeof checkInMethods)[number];

/**
 * POST /api/field/check-ins. By geofence: the phone's position (and accuracy) within the radius of the stop or key
 * place. By QR: the payload read from the code posted at a key place (巡逻必到点), which the server verifies.
 */
export const FieldCheckInSchema = z.object({
  id: clientId,
  patrolId: z.uuid().optional(),
  method: z.enum(checkInMethods),
  keyPlaceCode: z.string().max(40).optional(),
  stopIndex: z.number().int().min(0).max(200).optional(),
  qrPayload: z.string().max(500).optional(),
  at: instant,
  position: lngLat.optional(),
  accuracyM: accuracyM.optional(),
});
export type FieldCheckIn = z.infer<typeof FieldCheckInSchema>;

export const FieldCheckInResultSchema = z.object({
  id: z.string(),
  method: z.enum(checkInMethods),
  placeName: z.string(),
  at: z.string(),
  distanceM: z.number().nullable(),
  replayed: z.boolean().optional(),
});
export type FieldCheckInResult = z.infer<typeof FieldCheckInResultSchema>;

/** What a 随手拍 report may become once handled. */
export const fieldReportCategories = ['dispute', 'registry', 'incident_lead', 'other'] as const;
export type FieldReportCategory = (typeof fieldReportCategories)[number];

/** Photos per report, and each photo's size after the phone resized it (JPEG, base64 in the JSON body). */
export const maxReportPhotos = 4;
export const maxPhotoBytes = 1_000_000;

/**
 * A 随手拍 voice note's audio types: what phones' recorders make (Chromium and Firefox WebM or Ogg Opus, Safari MP4/AAC)
 * and the two plain formats a recorder app may hand over (ADTS AAC, MP3). The server checks the bytes, not only this.
 */
export const voiceMimes = ['audio/webm', 'audio/ogg', 'audio/mp4', 'audio/aac', 'audio/mpeg'] as const;
export type VoiceMime = (typeof voiceMimes)[number];
/** The recorder stops itself after this long. */
export const maxVoiceSeconds = 60;
/** 1 MiB: 60 s of Opus at the app's 32 kbit/s is about 240 kB, of AAC at a phone's 128 kbit/s about 960 kB. */
export const maxVoiceBytes = 1_048_576;

/** POST /api/field/reports (JSON, photos as base64 JPEG already resized and stripped of metadata on the phone). */
export const FieldReportSchema = z.object({
  id: clientId,
  category: z.enum(fieldReportCategories),
  text: z.string().trim().min(1, 'text is required').max(2000),
  createdAt: instant,
  /** Sent only when the sender allowed the location (from the photo's EXIF or the phone's position). */
  position: lngLat.optional(),
  photos: z.array(z.base64()).max(maxReportPhotos).default([]),
  /** At most one voice note (base64), with its declared type in voiceMime. */
  voice: z.base64().optional(),
  voiceMime: z.enum(voiceMimes).optional(),
});
export type FieldReport = z.infer<typeof FieldReportSchema>;

export const FieldReportViewSchema = z.object({
  id: z.string(),
  category: z.enum(fieldReportCategories),
  text: z.string(),
  createdAt: z.string(),
  place: z.string().nullable(),
  photoCount: z.number().int(),
  /** The voice note's type when the report has one (GET /api/field/reports/{id}/voice serves it); null or absent when not. */
  voiceMime: z.enum(voiceMimes).nullable().optional(),
  status: z.enum(['received', 'handled', 'dismissed']),
  handledAs: z.string().nullable(),
  handlingNote: z.string().nullable(),
  handledAt: z.string().nullable(),
  replayed: z.boolean().optional(),
});
export type FieldReportView = z.infer<typeof FieldReportViewSchema>;

/** A unit on duty as the wall and the map show it (who may see whom follows roles and scopes). */
export const UnitPositionSchema = z.object({
  patrolId: z.string(),
  name: z.string(),
  force: z.enum(fieldForces),
  position: lngLat,
  at: z.string(),
  accuracyM: z.number(),
  place: z.string().nullable(),
});
export type UnitPosition = z.infer<typeof UnitPositionSchema>;

/** Path parameters of the field routes. */
export const FieldIdParamSchema = z.object({ id: z.uuid({ message: 'id must be a UUID' }) });
export const FieldPhotoParamSchema = z.object({
  id: z.uuid({ message: 'id must be a UUID' }),
  n: z.coerce.number().int().min(0, 'n must be 0–3').max(maxReportPhotos - 1, 'n must be 0–3'),
});

/** GET /api/field/patrols/current: the caller's open patrol, or null. */
export const FieldCurrentPatrolSchema = z.object({ patrol: FieldPatrolSchema.nullable() });

/** What a handler may turn a 随手拍 report into (POST /api/field/reports/{id}/handle). */
export const fieldReportHandlings = ['dispute', 'registry', 'incident_lead', 'dismissed'] as const;
export type FieldReportHandling = (typeof fieldReportHandlings)[number];
/** Whether a handling may be sent with this note: a dismissal says why, since the sender reads it in 我的上报. */
export const handlingHasItsNote = (h: { as: FieldReportHandling; note: string }) => h.as !== 'dismissed' || h.note.trim() !== '';
export const FieldReportHandleSchema = z
  .object({
    as: z.enum(fieldReportHandlings),
    note: z.string().trim().max(500, 'note is at most 500 characters').default(''),
  })
  .refine(handlingHasItsNote, { ...rule('dismissal_needs_note'), path: ['note'] });
export type FieldReportHandle = z.infer<typeof FieldReportHandleSchema>;

/** A report as its handlers see it in their inbox: the sender and where, besides what the sender sees. */
export const FieldReportInboxItemSchema = FieldReportViewSchema.extend({
  senderName: z.string(),
  gridCode: z.string().nullable(),
  position: lngLat.nullable(),
  handledRef: z.string().nullable(),
});
export type FieldReportInboxItem = z.infer<typeof FieldReportInboxItemSchema>;

/** A stop of an assigned route as the field app lists it: by name, with where and when (local 'HH:MM'). */
export const FieldTodayStopSchema = z.object({
  index: z.number().int(),
  name: z.string(),
  keyPlaceCode: z.string().nullable(),
  position: lngLat.nullable(),
  arrival: z.string().nullable(),
  departure: z.string().nullable(),
});
export const FieldTodayRouteSchema = z.object({
  id: z.string(),
  name: z.string(),
  assignedName: z.string(),
  window: z.object({ start: z.string(), end: z.string() }),
  /** When the plan ends, 'HH:MM' (plannedEndOf in contracts/patrol.ts). Optional only for copies kept before it was sent. */
  plannedEnd: z.string().optional(),
  stops: z.array(FieldTodayStopSchema),
});
/** A key place the caller may check in at (巡逻必到点): its code (the one in its QR payload), name and point. */
export const FieldTodayKeyPlaceSchema = z.object({ code: z.string(), name: z.string(), position: lngLat });
export type FieldTodayKeyPlace = z.infer<typeof FieldTodayKeyPlaceSchema>;
/** GET /api/field/today: the caller's work of the day, every place by its name or address. */
export const FieldTodaySchema = z.object({
  date: z.string(),
  /** The database holds generated demo data (as the dashboard's summary says): the app shows 演示数据. Optional only for copies kept before it was sent. */
  demo: z.boolean().optional(),
  routes: z.array(FieldTodayRouteSchema),
  /**
   * buildingCode: the task's building, which a 核查走访 recorded from the task names (POST /api/registry/visits); null
   * for a task of the whole grid. Optional only for copies kept before it was sent.
   */
  tasks: z.array(z.object({ id: z.string(), place: z.string(), note: z.string(), dueOn: z.string(), overdue: z.boolean(), buildingCode: z.string().nullable().optional() })),
  /** position: a point on the building, for a map and for walking there; null only where the building has no outline. */
  buildingsToVerify: z.array(z.object({ code: z.string(), place: z.string(), verifiedAt: z.string().nullable(), position: lngLat.nullable().optional() })),
  disputes: z.array(z.object({ code: z.string(), summary: z.string(), status: z.string(), place: z.string(), dueAt: z.string().nullable() })),
  /**
   * The caller's jurisdiction's 未结纠纷 and 逾期未核查楼栋 (core/measures/glossary.ts), read where the desktop reads
   * them: `disputes` and `buildingsToVerify` list the first of these. Optional only for copies kept before it was sent.
   */
  measures: z.object({ openDisputes: z.number().int(), overdueChecks: z.number().int() }).optional(),
  meetings: z.array(z.object({ id: z.string(), kind: z.string(), topic: z.string(), place: z.string() })),
  /**
   * The key places (巡逻必到点) where a QR code may be scanned, those of the caller's jurisdiction first: the phone
   * keeps them with the day's copy, so a check-in queued offline is listed by the place's name. Optional only for
   * copies kept before they were sent.
   */
  keyPlaces: z.array(FieldTodayKeyPlaceSchema).optional(),
});
export type FieldToday = z.infer<typeof FieldTodaySchema>;

/** One printed code of the admin's QR sheet (GET /api/admin/key-places/qr?format=json). */
export const KeyPlaceQrSchema = z.object({ code: z.string(), name: z.string(), address: z.string(), payload: z.string() });
export type KeyPlaceQr = z.infer<typeof KeyPlaceQrSchema>;
