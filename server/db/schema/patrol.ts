import { bigint, boolean, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { stations } from './police';
import { lineString4326, point4326 } from './geometry';

/** Road network nodes (intersections and way ends); ids are pgRouting vertex ids. */
export const roadNodes = pgTable(
  'road_nodes',
  {
    id: bigint('id', { mode: 'number' }).primaryKey(),
    geom: point4326('geom').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('road_nodes_geom_gist').using('gist', t.geom)],
);

/**
 * Road network edges in pgRouting's layout (id, source, target, cost, reverse_cost; a negative cost is no way
 * through), with costs in seconds per travel mode, so pgr_dijkstra on PostgreSQL and the TypeScript Dijkstra on
 * PGlite read the same table.
 */
export const roadEdges = pgTable(
  'road_edges',
  {
    id: bigint('id', { mode: 'number' }).primaryKey(),
    source: bigint('source', { mode: 'number' }).notNull(),
    target: bigint('target', { mode: 'number' }).notNull(),
    highway: text('highway').notNull(),
    name: text('name'),
    lengthM: doublePrecision('length_m').notNull(),
    footCostS: doublePrecision('foot_cost_s').notNull(),
    footReverseCostS: doublePrecision('foot_reverse_cost_s').notNull(),
    carCostS: doublePrecision('car_cost_s').notNull(),
    carReverseCostS: doublePrecision('car_reverse_cost_s').notNull(),
    geom: lineString4326('geom').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [index('road_edges_geom_gist').using('gist', t.geom), index('road_edges_source_idx').on(t.source), index('road_edges_target_idx').on(t.target)],
);

/** A saved patrol route (巡防路线), assigned to a unit, with the plan as the planner answered it. */
export const patrolRoutes = pgTable('patrol_routes', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  stationCode: text('station_code').references(() => stations.code),
  assignedTo: text('assigned_to').notNull(),
  mode: text('mode').$type<'foot' | 'car'>().notNull(),
  windowStart: text('window_start').notNull(),
  windowEnd: text('window_end').notNull(),
  weekdays: jsonb('weekdays').notNull(),
  budgetMin: integer('budget_min').notNull(),
  dwellMin: integer('dwell_min').notNull(),
  plan: jsonb('plan').notNull(),
  geom: lineString4326('geom').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  isDemo: boolean('is_demo').notNull().default(false),
});
