/**
 * GET /api/dosage/patrols (issue 16, part 2): whether each patrol on a saved route walked it — per planned stop,
 * reached, on time, dwell — from the patrol's own pings and check-ins (patrol-adherence.repo.ts), measured by
 * core/dosage measureRouteAdherence against the plan's times (planRouteStops).
 */
import type { Scope } from '../../core/contracts/auth';
import { ADHERENCE_GRACE_MIN, ADHERENCE_MAX_PATROLS, type PatrolAdherenceAnswer, type PatrolAdherenceQuery, type PatrolAdherenceView } from '../../core/contracts/dosage';
import { measureRouteAdherence, planRouteStops, type DosagePing } from '../../core/dosage';
import { DAY_MS, MINUTE_MS } from '../../core/time';
import type { Db } from '../db/engine';
import { findCheckInsOfPatrols, findPingsOfPatrols, findRoutePatrols, type RoutePatrolRow } from '../db/repos/patrol-adherence.repo';

const iso = (ms: number) => new Date(ms).toISOString();
type CheckInRow = Awaited<ReturnType<typeof findCheckInsOfPatrols>>[number];

/** The period of a query: `to` defaults to now, `from` to a week before `to` (patrols are planned by the week). */
function periodOf(q: { from?: string; to?: string }): { from: string; to: string } {
  const to = q.to ? new Date(q.to) : new Date();
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - 7 * DAY_MS);
  return { from: from.toISOString(), to: to.toISOString() };
}

/**
 * A check-in counts for the stops it names: its stopIndex, or — a QR or key-place check-in made on the patrol — every
 * stop of the route at that key place.
 */
function stopCheckIns(p: RoutePatrolRow, checkIns: readonly CheckInRow[]): { atMs: number; stopIndex: number }[] {
  return checkIns.flatMap((c) => {
    if (c.stopIndex !== null) return [{ atMs: c.atMs, stopIndex: c.stopIndex }];
    if (c.keyPlaceCode === null) return [];
    return p.stops.flatMap((s, index) => (s.kind === 'key_place' && s.id === c.keyPlaceCode ? [{ atMs: c.atMs, stopIndex: index }] : []));
  });
}

function measurePatrol(p: RoutePatrolRow, pings: readonly DosagePing[], checkIns: readonly CheckInRow[], radiusM: number): PatrolAdherenceView {
  const planned = planRouteStops(
    p.windowStart,
    p.stops.map((s, index) => ({ name: s.name ?? `第 ${index + 1} 站`, lngLat: s.lngLat ?? null, arrivalMin: s.arrivalMin, departureMin: s.departureMin })),
    p.startedAtMs,
    radiusM,
    ADHERENCE_GRACE_MIN,
  );
  const a = measureRouteAdherence(planned, pings, stopCheckIns(p, checkIns));
  return {
    id: p.id, username: p.username, unitName: p.unitName, role: p.role, force: p.force, routeId: p.routeId, routeName: p.routeName,
    startedAt: iso(p.startedAtMs), endedAt: p.endedAtMs === null ? null : iso(p.endedAtMs),
    planned: a.planned, reached: a.reached, onTime: a.onTime, skipped: a.skipped,
    stops: a.stops.map((s, k) => ({
      index: s.index,
      name: s.name,
      plannedArrival: iso(planned[k].openMs + ADHERENCE_GRACE_MIN * MINUTE_MS),
      plannedDeparture: iso(planned[k].closeMs - ADHERENCE_GRACE_MIN * MINUTE_MS),
      windowOpen: iso(planned[k].openMs),
      windowClose: iso(planned[k].closeMs),
      status: s.status,
      reached: s.status !== 'skipped',
      arrivedAt: s.reachedAtMs === null ? null : iso(s.reachedAtMs),
      onTime: s.status === 'on_time',
      evidence: s.evidence,
      dwellMin: s.dwellMin === null ? null : Math.round(s.dwellMin * 10) / 10,
    })),
  };
}

// Map.groupBy is Node 21+; the server runs on Node 20.
function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) {
    const list = out.get(key(x));
    if (list) list.push(x);
    else out.set(key(x), [x]);
  }
  return out;
}

export async function answerPatrolAdherence(db: Db, q: PatrolAdherenceQuery, scope: Scope, radiusM: number): Promise<PatrolAdherenceAnswer> {
  const period = periodOf(q);
  // One more than shown, to know whether there were more.
  const rows = await findRoutePatrols(db, { ...period, routeId: q.routeId, limit: ADHERENCE_MAX_PATROLS + 1 }, scope);
  const shown = rows.slice(0, ADHERENCE_MAX_PATROLS);
  const ids = shown.map((p) => p.id);
  const [pings, checkIns] = await Promise.all([findPingsOfPatrols(db, ids), findCheckInsOfPatrols(db, ids)]);
  const pingsOf = groupBy(pings, (x) => x.unitId);
  const checkInsOf = groupBy(checkIns, (c) => c.patrolId);
  return {
    ...period,
    radiusM,
    graceMin: ADHERENCE_GRACE_MIN,
    truncated: rows.length > shown.length,
    patrols: shown.map((p) => measurePatrol(p, pingsOf.get(p.id) ?? [], checkInsOf.get(p.id) ?? [], radiusM)),
  };
}
