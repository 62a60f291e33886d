import { bigint, boolean, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { grids } from './grids';
import { point4326 } from './geometry';

export const incidentCategories = pgTable('incident_categories', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  group: text('group').notNull(),
});

export const incidents = pgTable(
  'incidents',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    categoryCode: text('category_code').notNull().references(() => incidentCategories.code),
    source: text('source').notNull(),
    gridCode: text('grid_code').references(() => grids.code),
    beatCode: text('beat_code'),
    geom: point4326('geom').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('incidents_geom_gist').using('gist', t.geom), index('incidents_time_idx').on(t.occurredAt)],
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
  },
  (t) => [index('disputes_geom_gist').using('gist', t.geom)],
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
  },
  (t) => [index('activities_kind_time_idx').on(t.kind, t.occurredAt)],
);
