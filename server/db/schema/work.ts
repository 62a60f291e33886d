import { bigint, boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { grids } from './grids';
import { point4326 } from './geometry';

export const incidentCategories = pgTable('incident_categories', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  group: text('group').notNull(),
});

/**
 * Partitioned by month of occurred_at (migration 0011, server/db/partitions): the key must then be part of the
 * primary key, so the id alone is unique only by the identity that hands it out.
 */
export const incidents = pgTable(
  'incidents',
  {
    id: bigint('id', { mode: 'number' }).notNull().generatedByDefaultAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    categoryCode: text('category_code').notNull().references(() => incidentCategories.code),
    source: text('source').notNull(),
    gridCode: text('grid_code').references(() => grids.code),
    beatCode: text('beat_code'),
    geom: point4326('geom').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    // When the incident was entered here: on a later local day than occurred_at it is a late report (补录), which the
    // wall's feed tags (client/wall/feed-time.ts). A column, since after a reload nothing else remembers it. NULL for
    // rows entered before migration 0015 at a time nobody kept: read it through incidentRecordedAt, never bare.
    recordedAt: timestamp('recorded_at', { withTimezone: true }).defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'incidents_pkey', columns: [t.id, t.occurredAt] }),
    index('incidents_geom_gist').using('gist', t.geom),
    index('incidents_time_idx').on(t.occurredAt),
  ],
);

/**
 * The dispatch system's own number (接警单号) of each incident it sent: a retried call finds its incident here
 * instead of adding a second one. A table of its own, not a unique column on incidents, because a unique key on a
 * table partitioned by month would have to include the month, and a retry need not repeat the time exactly.
 */
export const incidentExternalIds = pgTable(
  'incident_external_ids',
  {
    externalId: text('external_id').primaryKey(),
    incidentId: bigint('incident_id', { mode: 'number' }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // The wall's feed finds the number of each of its last incidents: a dispatch system sends one for every call.
  (t) => [index('incident_external_ids_incident_idx').on(t.incidentId)],
);

export const disputes = pgTable(
  'disputes',
  {
    code: text('code').primaryKey(),
    type: text('type').notNull(),
    status: text('status').notNull(),
    source: text('source').notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    gridCode: text('grid_code').references(() => grids.code),
    summary: text('summary').notNull(),
    geom: point4326('geom').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    description: text('description').notNull().default(''),
    // [{ role: 'applicant' | 'respondent', name, idNumber?, phone? }]: personal data, masked when read.
    parties: jsonb('parties').notNull().default([]),
    addressCode: text('address_code'),
    // The building a dispute was registered at (or its standard address's): shown by name; null for a map point.
    buildingCode: text('building_code'),
    communityCode: text('community_code'),
    streetCode: text('street_code'),
    beatCode: text('beat_code'),
    // Set when assessed: within police remit (the station mediates), another body's (referred), or stability (escalated).
    remit: text('remit'),
    responsibleBody: text('responsible_body'),
    threats: boolean('threats').notNull().default(false),
    violence: boolean('violence').notNull().default(false),
    linkedIncidents: jsonb('linked_incidents').notNull().default([]),
    dueAt: timestamp('due_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    registeredBy: text('registered_by'),
    riskScore: integer('risk_score').notNull().default(0),
    riskReasons: jsonb('risk_reasons').notNull().default([]),
  },
  (t) => [index('disputes_geom_gist').using('gist', t.geom), index('disputes_grid_idx').on(t.gridCode), index('disputes_status_idx').on(t.status)],
);

/** Every transition of a dispute: who moved it, when, from what to what, and why. Append-only in practice. */
export const disputeEvents = pgTable(
  'dispute_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    disputeCode: text('dispute_code').notNull().references(() => disputes.code),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    byUsername: text('by_username').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [index('dispute_events_dispute_idx').on(t.disputeCode)],
);

/** The monthly joint meeting (网格联席会) and quarterly talks, with minutes and attendance. */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(), // joint_monthly | quarterly_talk
    gridCode: text('grid_code'),
    communityCode: text('community_code'),
    heldOn: date('held_on').notNull(),
    topic: text('topic').notNull(),
    minutes: text('minutes').notNull(),
    attendance: jsonb('attendance').notNull().default([]), // person ids
    createdBy: text('created_by').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('meetings_grid_idx').on(t.gridCode)],
);

/** Two-monthly grades of grid leaders (双月考评): good / fair / average / poor. */
export const assessments = pgTable(
  'assessments',
  {
    // No foreign key: a grade stays with the code the grid had when it was given (see grid_history).
    gridCode: text('grid_code').notNull(),
    leaderId: text('leader_id').notNull(),
    round: text('round').notNull(),
    grade: text('grade').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    // { work, disputes, data, residents }: points of the breakdown; total out of 100.
    scores: jsonb('scores'),
    total: doublePrecision('total'),
    comments: text('comments'),
    assessedBy: text('assessed_by'),
    assessedAt: timestamp('assessed_at', { withTimezone: true }),
  },
  (t) => [index('assessments_round_idx').on(t.round)],
);

/** Work records counted in the article: population checks, legal sessions, disputes helped, opinions. */
export const activities = pgTable(
  'activities',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    kind: text('kind').notNull(),
    // No foreign key: a work record stays with the code its grid had at the time (see grid_history).
    gridCode: text('grid_code'),
    personId: text('person_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    place: text('place'),
    notes: text('notes'),
    createdBy: text('created_by'),
  },
  (t) => [index('activities_kind_time_idx').on(t.kind, t.occurredAt)],
);
