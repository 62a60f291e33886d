/**
 * The SQL of publishing a plan (the order is plan-publish.service.ts's): the temp tables of the publishing
 * transaction — publish_assignment (building → grid key), publish_grids (each key's territory and figures),
 * publish_codes (key → published code and beat) — and the plan's own status. Temp tables drop at commit or rollback.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../engine';
import { territoriesSql } from './planner-units.repo';

/** SQL: codes as a text[] parameter. */
export const textArraySql = (codes: readonly string[]) => sql`ARRAY[${sql.join(codes.map((c) => sql`${c}`), sql`, `)}]::text[]`;

/** Locks the plan's row until the transaction ends, so that two publications of one draft run one after the other. */
export async function lockPlan(t: Db, id: string): Promise<void> {
  await t.execute(sql`SELECT id FROM grid_plans WHERE id = ${id} FOR UPDATE`);
}

/** Creates publish_assignment from the draft's assignment (building code → grid key). */
export async function writePublishAssignment(t: Db, assignment: Record<string, string>): Promise<void> {
  await t.execute(sql`CREATE TEMP TABLE publish_assignment (building_code text PRIMARY KEY, grid_key text NOT NULL) ON COMMIT DROP`);
  await t.execute(sql`INSERT INTO publish_assignment SELECT key, value FROM json_each_text(${JSON.stringify(assignment)}::json)`);
}

/** Creates publish_grids: each grid key's territory (the union of its buildings' territories) and figures. */
export async function writePublishGrids(t: Db, communityCodes: string[]): Promise<void> {
  await t.execute(sql`CREATE TEMP TABLE publish_grids ON COMMIT DROP AS
    WITH tr AS (${territoriesSql(communityCodes)})
    SELECT a.grid_key AS key, min(tr.community_code) AS community_code, ST_Multi(ST_Union(tr.territory)) AS geom,
      sum(tr.households)::int AS households, sum(tr.residents)::int AS residents,
      sum(tr.party_members)::int AS party_members, sum(tr.institution_staff)::int AS institution_staff,
      bool_or(b.is_demo) AS is_demo
    FROM tr JOIN publish_assignment a ON a.building_code = tr.code JOIN buildings b ON b.code = tr.code
    GROUP BY a.grid_key`);
}

export interface PublishGrid {
  key: string;
  communityCode: string;
  /** The centroid of the grid's territory, [lng, lat]. */
  centroid: [number, number];
  households: number;
}

/** The grids of publish_grids by key, with their centroid and households. */
export async function findPublishGrids(t: Db): Promise<PublishGrid[]> {
  const rows = await queryRows<{ key: string; community_code: string; lng: number; lat: number; households: number }>(
    t,
    sql`SELECT key, community_code, ST_X(ST_Centroid(geom)) AS lng, ST_Y(ST_Centroid(geom)) AS lat, households FROM publish_grids ORDER BY key`,
  );
  return rows.map((g) => ({ key: g.key, communityCode: g.community_code, centroid: [Number(g.lng), Number(g.lat)], households: g.households }));
}

/** Every beat's code. */
export async function findBeatCodes(t: Db): Promise<Set<string>> {
  return new Set((await queryRows<{ code: string }>(t, sql`SELECT code FROM beats`)).map((r) => r.code));
}

/** Creates publish_codes: each grid key's published code and the beat it docks onto (or null). */
export async function writePublishCodes(t: Db, mapping: { key: string; code: string; beat: string | null }[]): Promise<void> {
  await t.execute(sql`CREATE TEMP TABLE publish_codes ON COMMIT DROP AS
    SELECT key, code, beat FROM json_to_recordset(${JSON.stringify(mapping)}::json) AS r(key text, code text, beat text)`);
}

/** The codes of the beats left without any grid. */
export async function findEmptyBeats(t: Db): Promise<string[]> {
  return (await queryRows<{ code: string }>(t, sql`SELECT code FROM beats WHERE ST_IsEmpty(geom)`)).map((b) => b.code);
}

/**
 * Marks the plan published with the docking it was published with, and archives the other published plans that the
 * publication left without any grid.
 */
export async function markPlanPublished(t: Db, planId: string, username: string, docking: Record<string, string>): Promise<void> {
  await t.execute(sql`UPDATE grid_plans SET status = 'archived', archived_at = now()
    WHERE status = 'published' AND id <> ${planId} AND NOT EXISTS (SELECT 1 FROM grids g WHERE g.plan_id = grid_plans.id)`);
  await t.execute(sql`UPDATE grid_plans SET status = 'published', published_at = now(), published_by = ${username}, updated_at = now(),
    docking = ${JSON.stringify(docking)}::jsonb WHERE id = ${planId}`);
}
