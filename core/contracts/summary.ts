import { z } from 'zod';

/**
 * The jurisdiction a summary is counted over, as a person names it: 'grid' is a scope of one grid, 'community' a
 * list of grids that is exactly one community's, 'grids' any other list. bbox (w, s, e, n, EPSG:4326) spans its
 * published grids; null when it has none.
 */
export const jurisdictionLevels = ['district', 'street', 'station', 'beat', 'community', 'grid', 'grids'] as const;
export type JurisdictionLevel = (typeof jurisdictionLevels)[number];
export const JurisdictionSchema = z.object({
  level: z.enum(jurisdictionLevels),
  names: z.array(z.string()), // the streets', stations', beats', community's or grids' names; empty for the district
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
});
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;

/** Answer of GET /api/stats/summary: the headline figures of the dashboard, counted over the caller's jurisdiction. */
export const SummarySchema = z.object({
  jurisdiction: JurisdictionSchema,
  demo: z.boolean(), // the database holds generated demo data
  anchor: z.string().nullable(), // ISO time the demo data was generated up to
  residents: z.number(),
  households: z.number(),
  partyMembers: z.number(),
  compounds: z.number(),
  buildings: z.number(),
  grids: z.number(),
  gridLeaders: z.number(),
  policeGridLeaders: z.number(),
  beats: z.number(),
  stations: z.number(),
  keyPlaces: z.number(),
  incidentsLast7d: z.number(),
  incidentsLast30d: z.number(),
  incidentsLast365d: z.number(),
  disputesOpen: z.number(),
  activities: z.record(z.string(), z.number()), // by kind, last 365 days
  grades: z.record(z.string(), z.number()), // latest two-month round: good/fair/average/poor
});
export type Summary = z.infer<typeof SummarySchema>;

/**
 * The streaming read replica as /api/health sees it (issue 15): streaming (within the lag bound), lagging (past it)
 * or down (not answering, or not a standby). While it is not streaming, heavy reads are served by the primary.
 * All null but `configured` and `servingReads` without DATABASE_REPLICA_URL.
 */
export const ReplicaHealthSchema = z.object({
  configured: z.boolean(),
  state: z.enum(['streaming', 'lagging', 'down']).nullable(),
  lagSeconds: z.number().nullable(), // since the primary first wrote what the replica has not replayed yet
  lagBytes: z.number().nullable(), // of write-ahead log not replayed yet
  maxLagSeconds: z.number().nullable(), // REPLICA_MAX_LAG_SECONDS
  servingReads: z.boolean(), // whether heavy reads go to the replica now
  checkedAt: z.string().nullable(), // the last probe, ISO
});
export type ReplicaHealth = z.infer<typeof ReplicaHealthSchema>;

/** Answer of GET /api/health. */
export const HealthSchema = z.object({
  engine: z.enum(['pglite', 'postgres']),
  postgis: z.string(),
  /** Rows of the main tables: for a signed-in administrator only (the answer is public, for monitoring probes). */
  counts: z.record(z.string(), z.number()).optional(),
  replica: ReplicaHealthSchema,
});
export type Health = z.infer<typeof HealthSchema>;
