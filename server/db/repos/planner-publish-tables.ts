import { boolean, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { multiPolygon4326 } from '../schema/geometry';

/*
 * The temp tables of the publishing transaction (planner-publish.repo.ts creates them, ON COMMIT DROP), declared as
 * Drizzle tables so that the SQL of every planner-*.repo.ts names them and their columns as it names the schema's:
 * a renamed column breaks the build, not a publication. Not in server/db/schema, as no migration creates them.
 */

/** Building code → the key of the grid the draft puts it in. */
export const publishAssignment = pgTable('publish_assignment', {
  buildingCode: text('building_code').primaryKey(),
  gridKey: text('grid_key').notNull(),
});

/** Each grid key that keeps a published grid's outline (its buildings are exactly that grid's), with the grid's code. */
export const publishKept = pgTable('publish_kept', {
  key: text('key').notNull(),
  oldCode: text('old_code').notNull(),
});

/** Each grid key's outline (planner-publish-outlines.repo.ts) and figures. */
export const publishGrids = pgTable('publish_grids', {
  key: text('key').notNull(),
  communityCode: text('community_code').notNull(),
  geom: multiPolygon4326('geom'),
  households: integer('households').notNull(),
  residents: integer('residents').notNull(),
  partyMembers: integer('party_members').notNull(),
  institutionStaff: integer('institution_staff').notNull(),
  isDemo: boolean('is_demo').notNull(),
});

/** Each grid key's published code and the beat it docks onto (null: none). */
export const publishCodes = pgTable('publish_codes', {
  key: text('key').notNull(),
  code: text('code').notNull(),
  beat: text('beat'),
});

/** The area's grids as published before, with their beat. */
export const publishOld = pgTable('publish_old', {
  code: text('code').notNull(),
  name: text('name').notNull(),
  households: integer('households').notNull(),
  leaderId: text('leader_id'),
  beatCode: text('beat_code'),
});

/** Each replaced grid's successor (null: none) and the households it receives. */
export const publishSuccessors = pgTable('publish_successors', {
  oldCode: text('old_code').notNull(),
  newCode: text('new_code'),
  households: integer('households').notNull(),
});

/** The leaders each new grid may take, best first (rank 1 is taken). */
export const publishLeaders = pgTable('publish_leaders', {
  code: text('code').notNull(),
  leaderId: text('leader_id').notNull(),
  rank: integer('rank').notNull(),
});
