import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { communities, streets } from './admin';
import { multiPolygon4326, polygon4326 } from './geometry';

export const gridPlans = pgTable('grid_plans', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  status: text('status').$type<'draft' | 'published' | 'archived'>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  isDemo: boolean('is_demo').notNull().default(false),
  // A planner's plan covers one street or community (null: the demo's district-wide plan).
  areaKind: text('area_kind').$type<'street' | 'community'>(),
  areaCode: text('area_code'),
  bandMin: integer('band_min'),
  bandMax: integer('band_max'),
  // building code → grid key, locked grid keys, grid key → beat code: a draft's state, kept after publishing.
  assignment: jsonb('assignment').$type<Record<string, string>>(),
  locked: jsonb('locked').$type<string[]>(),
  docking: jsonb('docking').$type<Record<string, string>>(),
  createdBy: text('created_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  publishedBy: text('published_by'),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
});

/** The grids a publication replaced, as they were: the history of each area's plans. */
export const gridHistory = pgTable(
  'grid_history',
  {
    planId: uuid('plan_id').notNull().references(() => gridPlans.id),
    supersededBy: uuid('superseded_by').notNull().references(() => gridPlans.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    communityCode: text('community_code').notNull(),
    streetCode: text('street_code').notNull(),
    beatCode: text('beat_code'),
    households: integer('households').notNull(),
    residents: integer('residents').notNull(),
    geom: multiPolygon4326('geom').notNull(),
    // The grid of the superseding plan that took the largest share of this grid's households: where its people,
    // accounts and work went, and the link from the grades kept under this code (issue 12). Null before issue 12.
    successorCode: text('successor_code'),
  },
  (t) => [index('grid_history_superseded_idx').on(t.supersededBy), index('grid_history_code_idx').on(t.code)],
);

export const grids = pgTable(
  'grids',
  {
    code: text('code').primaryKey(),
    planId: uuid('plan_id').notNull().references(() => gridPlans.id),
    name: text('name').notNull(),
    communityCode: text('community_code').notNull().references(() => communities.code),
    streetCode: text('street_code').notNull().references(() => streets.code),
    leaderId: text('leader_id'),
    households: integer('households').notNull(),
    residents: integer('residents').notNull(),
    partyMembers: integer('party_members').notNull(),
    institutionStaff: integer('institution_staff').notNull(),
    geom: multiPolygon4326('geom').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    index('grids_geom_gist').using('gist', t.geom),
    index('grids_community_idx').on(t.communityCode),
    index('grids_plan_idx').on(t.planId),
  ],
);

export const compounds = pgTable(
  'compounds',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    communityCode: text('community_code').notNull().references(() => communities.code),
    gridCode: text('grid_code').notNull().references(() => grids.code),
    geom: polygon4326('geom').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('compounds_geom_gist').using('gist', t.geom), index('compounds_grid_idx').on(t.gridCode)],
);

export const buildings = pgTable(
  'buildings',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    compoundCode: text('compound_code').notNull().references(() => compounds.code),
    gridCode: text('grid_code').notNull().references(() => grids.code),
    floors: integer('floors').notNull(),
    households: integer('households').notNull(),
    residents: integer('residents').notNull(),
    partyMembers: integer('party_members').notNull(),
    institutionStaff: integer('institution_staff').notNull(),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    geom: polygon4326('geom').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    index('buildings_geom_gist').using('gist', t.geom),
    index('buildings_grid_idx').on(t.gridCode),
    index('buildings_compound_idx').on(t.compoundCode),
  ],
);
