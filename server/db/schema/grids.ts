import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { communities, streets } from './admin';
import { multiPolygon4326, polygon4326 } from './geometry';

export const gridPlans = pgTable('grid_plans', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  status: text('status').notNull(), // draft | published | archived
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  isDemo: boolean('is_demo').notNull().default(false),
});

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
