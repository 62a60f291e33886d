import type { Scope } from '../../core/contracts/auth';
import type { LiveEvent } from '../../core/contracts/live';
import { watchesWholeDistrict } from '../../core/contracts/role-groups';
import { gridInScope } from '../auth/scope-sql';
import type { Db } from '../db/engine';
import { grids } from '../db/schema';

/** Keeps the events of a batch that one caller of GET /api/live may read. */
export type LiveAudience = (events: LiveEvent[]) => Promise<LiveEvent[]>;

/**
 * What a caller's stream carries. The whole district (the wall, a commander) reads every event. A narrower
 * jurisdiction reads the published plans, which every page listens for, and the incidents in its own grids, which
 * its map adds as they come; units on patrol stay the whole district's (the wall's panel), as positions have their
 * own rule (positionViewers). The grids are read from the database, as every scoped query reads them, and again after
 * a plan is published, since a plan moves grids between beats and streets.
 */
export function liveAudience(db: Db, scope: Scope): LiveAudience {
  if (watchesWholeDistrict(scope)) return async (events) => events;
  let ownGrids: Promise<Set<string>> | undefined;
  return async (events) => {
    if (events.some((e) => e.kind === 'plan')) ownGrids = undefined;
    if (events.some((e) => e.kind === 'incident')) ownGrids ??= gridCodesInScope(db, scope);
    const inScope = ownGrids ? await ownGrids : new Set<string>();
    return events.filter((e) => e.kind === 'plan' || (e.kind === 'incident' && inScope.has(e.payload.gridCode)));
  };
}

async function gridCodesInScope(db: Db, scope: Scope): Promise<Set<string>> {
  const rows = await db.select({ code: grids.code }).from(grids).where(gridInScope(grids.code, scope));
  return new Set(rows.map((r) => r.code));
}
