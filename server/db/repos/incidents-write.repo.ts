import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import type { LiveIncident, NewIncident } from '../../../core/contracts/live';
import { gridInScope } from '../../auth/scope-sql';
import { appendLiveEvent } from '../../live/live-events.repo';
import { queryRows, type Db } from '../engine';
import { beatGrids, gridPlans, grids, incidentCategories, incidents } from '../schema';

const g = alias(grids, 'g');
const p = alias(gridPlans, 'p');
const bg = alias(beatGrids, 'bg');

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
    const [cat] = await t.select({ code: incidentCategories.code }).from(incidentCategories).where(eq(incidentCategories.code, input.categoryCode));
    if (!cat) return { ok: false, reason: 'unknown_category' } as const;
    const point = sql`ST_SetSRID(ST_MakePoint(${input.lng}, ${input.lat}), 4326)`;
    const [grid] = await queryRows<{ code: string; beat: string | null; in_scope: boolean }>(
      t,
      sql`SELECT ${g.code}, ${bg.beatCode} AS beat, ${gridInScope(g.code, scope)} AS in_scope
          FROM ${grids} ${g} JOIN ${gridPlans} ${p} ON ${p.id} = ${g.planId} AND ${p.status} = 'published'
          LEFT JOIN ${beatGrids} ${bg} ON ${bg.gridCode} = ${g.code}
          WHERE ST_Intersects(${g.geom}, ${point}) ORDER BY ${g.code} LIMIT 1`,
    );
    if (!grid) return { ok: false, reason: 'outside_grids' } as const;
    if (!grid.in_scope) return { ok: false, reason: 'outside_scope' } as const;
    const [row] = await t.insert(incidents).values({
      occurredAt: sql`COALESCE(${input.occurredAt ?? null}::timestamptz, now())`, categoryCode: input.categoryCode, source: input.source,
      gridCode: grid.code, beatCode: grid.beat, geom: point,
    }).returning({ id: incidents.id, occurredAt: incidents.occurredAt });
    const incident: LiveIncident = {
      id: Number(row.id),
      occurredAt: row.occurredAt.toISOString(),
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
