/**
 * GPS pings of field patrols (issue 16): one INSERT a batch, keyed (patrol, time) so a replayed batch writes nothing
 * new; the last position of each open patrol for the wall and the map; and deletion after the retention period.
 */
import { sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import type { FieldForce, FieldPing, UnitPosition } from '../../../core/contracts/field';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { fieldPatrols, fieldPings, gridPlans, grids, people, users } from '../schema';

const g = alias(grids, 'g');
const gp = alias(gridPlans, 'gp');

/** SQL: the code of the published grid holding `point`, or NULL outside every grid. */
export function gridAt(point: SQL): SQL {
  return sql`(SELECT ${g.code} FROM ${grids} ${g} JOIN ${gridPlans} ${gp} ON ${gp.id} = ${g.planId} AND ${gp.status} = 'published'
    WHERE ST_Intersects(${g.geom}, ${point}) ORDER BY ${g.code} LIMIT 1)`;
}

export interface StoredPings {
  stored: number;
  /** The grids the newly stored pings lie in (for the live event; no positions, no names). */
  gridCodes: string[];
  latestAt: string | null;
}

/**
 * Stores a batch of one patrol's pings in one statement; pings already stored (same patrol and time) are skipped,
 * as are repeats inside the batch. The caller has checked every time against the patrol's start and end.
 */
export async function insertPings(db: Db, patrolId: string, pings: FieldPing[]): Promise<StoredPings> {
  const rows = JSON.stringify(pings.map((q) => ({ at: q.at, lng: q.position[0], lat: q.position[1], acc: q.accuracyM })));
  const [r] = await queryRows<{ stored: number; grid_codes: string[] | string | null; latest_at: string | null }>(
    db,
    sql`WITH ins AS (
        INSERT INTO ${fieldPings} (patrol_id, at, geom, accuracy_m)
        SELECT ${patrolId}::uuid, t.at, ST_SetSRID(ST_MakePoint(t.lng, t.lat), 4326), t.acc
          FROM jsonb_to_recordset(${rows}::jsonb) AS t(at timestamptz, lng float8, lat float8, acc float8)
        ON CONFLICT (patrol_id, at) DO NOTHING
        RETURNING at, geom)
      SELECT count(*)::int AS stored, to_json(max(ins.at))#>>'{}' AS latest_at,
        (SELECT COALESCE(jsonb_agg(DISTINCT c), '[]'::jsonb) FROM (SELECT ${gridAt(sql`ins2.geom`)} AS c FROM ins ins2) x WHERE c IS NOT NULL) AS grid_codes
      FROM ins`,
  );
  const codes = typeof r.grid_codes === 'string' ? (JSON.parse(r.grid_codes) as string[]) : (r.grid_codes ?? []);
  return { stored: Number(r.stored), gridCodes: codes, latestAt: r.latest_at };
}

/** Deletes the pings taken before `now` − `retentionDays`; answers how many went. */
export async function deleteExpiredPings(db: Db, retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const rows = await queryRows<{ n: number }>(db, sql`WITH d AS (DELETE FROM ${fieldPings} WHERE ${fieldPings.at} < ${cutoff.toISOString()}::timestamptz RETURNING 1)
    SELECT count(*)::int AS n FROM d`);
  return Number(rows[0]?.n ?? 0);
}

/** A patrol whose last ping is older than this is not shown as on duty (a phone switched off without ending it). */
export const staleAfterMin = 30;

/**
 * The last position of each open patrol whose last ping is recent and lies in a grid of the caller's scope, of one
 * force or both. Named by the person of the account (or the account's display name), placed by the grid's name.
 */
export async function findUnitPositions(db: Db, scope: Scope, force: FieldForce | null, now = new Date()): Promise<UnitPosition[]> {
  const rows = await queryRows<{ patrol_id: string; name: string; force: FieldForce; lng: number; lat: number; at: string; accuracy_m: number; place: string | null }>(
    db,
    sql`WITH open AS (
        SELECT ${fieldPatrols.id} AS id, ${fieldPatrols.username} AS username, ${fieldPatrols.force} AS force FROM ${fieldPatrols}
        WHERE ${fieldPatrols.endedAt} IS NULL ${force ? sql`AND ${fieldPatrols.force} = ${force}` : sql``}),
      last AS (
        SELECT DISTINCT ON (${fieldPings.patrolId}) ${fieldPings.patrolId} AS patrol_id, ${fieldPings.at} AS at, ${fieldPings.geom} AS geom, ${fieldPings.accuracyM} AS accuracy_m
        FROM ${fieldPings} JOIN open ON open.id = ${fieldPings.patrolId}
        WHERE ${fieldPings.at} > ${now.toISOString()}::timestamptz - make_interval(mins => ${staleAfterMin})
        ORDER BY ${fieldPings.patrolId}, ${fieldPings.at} DESC),
      placed AS (SELECT last.*, ${gridAt(sql`last.geom`)} AS grid_code FROM last)
      SELECT placed.patrol_id::text AS patrol_id, COALESCE(${people.name}, ${users.displayName}, open.username) AS name, open.force,
        ST_X(placed.geom) AS lng, ST_Y(placed.geom) AS lat, to_json(placed.at)#>>'{}' AS at, placed.accuracy_m, ${g.name} AS place
      FROM placed JOIN open ON open.id = placed.patrol_id
      LEFT JOIN ${users} ON ${users.username} = open.username
      LEFT JOIN ${people} ON ${people.id} = ${users.personId}
      LEFT JOIN ${grids} ${g} ON ${g.code} = placed.grid_code
      WHERE placed.grid_code IS NOT NULL AND ${gridInScope(sql`placed.grid_code`, scope)}
      ORDER BY placed.at DESC`,
  );
  return rows.map((r) => ({
    patrolId: r.patrol_id, name: r.name, force: r.force, position: [Number(r.lng), Number(r.lat)], at: r.at, accuracyM: Number(r.accuracy_m), place: r.place,
  }));
}
