import { sql } from 'drizzle-orm';
import type { Scope } from '../../../core/contracts/auth';
import type { LiveIncident, NewIncident } from '../../../core/contracts/live';
import { gridInScope } from '../../auth/scope-sql';
import { appendLiveEvent } from '../../live/live-events.repo';
import { queryRows, type Db } from '../engine';

export type CreateIncidentResult =
  | { ok: true; incident: LiveIncident }
  | { ok: false; reason: 'outside_grids' | 'outside_scope' | 'unknown_category' };

/**
 * Registers an incident at a point: grid and beat come from the geometry (the published plan), the
 * caller's scope must contain that grid, and the live event is written in the same transaction.
 */
export async function createIncident(db: Db, input: NewIncident, scope: Scope): Promise<CreateIncidentResult> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const [cat] = await queryRows<{ code: string }>(t, sql`SELECT code FROM incident_categories WHERE code = ${input.categoryCode}`);
    if (!cat) return { ok: false, reason: 'unknown_category' } as const;
    const point = sql`ST_SetSRID(ST_MakePoint(${input.lng}, ${input.lat}), 4326)`;
    const [grid] = await queryRows<{ code: string; beat: string | null; in_scope: boolean }>(
      t,
      sql`SELECT g.code, bg.beat_code AS beat, ${gridInScope(sql`g.code`, scope)} AS in_scope
          FROM grids g JOIN grid_plans p ON p.id = g.plan_id AND p.status = 'published'
          LEFT JOIN beat_grids bg ON bg.grid_code = g.code
          WHERE ST_Intersects(g.geom, ${point}) ORDER BY g.code LIMIT 1`,
    );
    if (!grid) return { ok: false, reason: 'outside_grids' } as const;
    if (!grid.in_scope) return { ok: false, reason: 'outside_scope' } as const;
    const [row] = await queryRows<{ id: number; occurred_at: string }>(
      t,
      sql`INSERT INTO incidents (occurred_at, category_code, source, grid_code, beat_code, geom)
          VALUES (COALESCE(${input.occurredAt ?? null}::timestamptz, now()), ${input.categoryCode}, ${input.source},
                  ${grid.code}, ${grid.beat}, ${point})
          RETURNING id::int AS id, occurred_at::text AS occurred_at`,
    );
    const incident: LiveIncident = {
      id: Number(row.id),
      occurredAt: new Date(row.occurred_at).toISOString(),
      categoryCode: input.categoryCode,
      lng: input.lng,
      lat: input.lat,
      gridCode: grid.code,
      beatCode: grid.beat,
    };
    await appendLiveEvent(t, 'incident', incident);
    return { ok: true, incident } as const;
  });
}
