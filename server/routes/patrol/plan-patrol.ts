import type { Scope } from '../../../core/contracts/auth';
import {
  DEFAULT_PATROL_RADIUS_M,
  formatTimeOfDay,
  parseTimeOfDay,
  type PatrolCandidateView,
  type PatrolPlanAnswer,
  type PatrolPlanRequest,
} from '../../../core/contracts/patrol';
import { DEFAULT_MAX_SNAP_DISTANCE_M, MandatoryStopsInfeasibleError, PatrolInputError, planRoute, type PatrolCandidate } from '../../../core/patrol';
import type { Database } from '../../db/engine';
import { findPatrolCandidates, findPatrolStart } from '../../db/repos/patrol-candidates.repo';
import { findTravelMatrix } from '../../db/repos/roads.repo';

export type PlanPatrolResult =
  | { ok: true; answer: PatrolPlanAnswer }
  | { ok: false; status: 400 | 403 | 404 | 422; body: { error: string; message: string; stopIds?: string[] } };

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The refusal for a start that is not the caller's (or no station at all). */
export function refuseStart(reason: 'unknown_station' | 'outside_scope', stationCode?: string): Extract<PlanPatrolResult, { ok: false }> {
  if (reason === 'unknown_station') return { ok: false, status: 404, body: { error: 'not_found', message: `stationCode: no station ${stationCode}` } };
  const message = stationCode ? `stationCode: station ${stationCode} is outside your jurisdiction` : 'start: the point lies outside your jurisdiction';
  return { ok: false, status: 403, body: { error: 'outside_scope', message } };
}

/**
 * POST /api/patrol/plan: the start (in scope), the candidates for the window (the best `maxCandidates` by risk, and
 * every mandatory key place), travel between them on the roads (pgRouting or TypeScript, see roads.repo.ts), then
 * core/patrol's planner. Stops get local 'HH:MM' times from the window's start. A mandatory set that cannot be
 * visited answers 422 naming the stops; a start too far from the roads answers 400.
 */
export async function planPatrol(database: Pick<Database, 'db' | 'routing'>, req: PatrolPlanRequest, scope: Scope): Promise<PlanPatrolResult> {
  const found = await findPatrolStart(database.db, req, scope);
  if (!found.ok) return refuseStart(found.reason, req.stationCode);
  const { start } = found;
  const radiusM = req.radiusM ?? DEFAULT_PATROL_RADIUS_M[req.mode];
  const pool = await findPatrolCandidates(database.db, { start: start.lngLat, window: req.window, weekdays: req.weekdays, radiusM, weeks: req.weeks, mandatory: req.mandatory }, scope);
  if (pool.unknownMandatory.length > 0) {
    return { ok: false, status: 400, body: { error: 'bad_request', message: `mandatory: no key place ${pool.unknownMandatory.join(', ')} in your jurisdiction` } };
  }
  // Already best first: keep the best, and every mandatory one even beyond the cut.
  const candidates = pool.candidates.filter((c, k) => c.mandatory || k < req.maxCandidates);
  try {
    const matrix = await findTravelMatrix(database, [start.lngLat, ...candidates.map((c) => c.lngLat)], req.mode);
    const tooFar = (i: number) => matrix.snapDistanceM !== null && matrix.snapDistanceM[i + 1] > DEFAULT_MAX_SNAP_DISTANCE_M;
    const farMandatory = candidates.filter((c, i) => c.mandatory && tooFar(i)).map((c) => c.id);
    if (farMandatory.length > 0) throw new MandatoryStopsInfeasibleError(farMandatory, Infinity, req.budgetMin, `more than ${DEFAULT_MAX_SNAP_DISTANCE_M} m from the roads`);
    const plan = planRoute({
      start: { id: start.stationCode ?? 'start', lngLat: start.lngLat },
      stops: candidates.map(toPlannerStop),
      mode: req.mode,
      budgetMin: req.budgetMin,
      dwellMin: req.dwellMin,
      matrix,
    });
    const startMin = parseTimeOfDay(req.window.start);
    const byId = new Map(candidates.map((c, i) => [c.id, { c, i }]));
    return {
      ok: true,
      answer: {
        ...plan,
        start,
        window: req.window,
        weekdays: pool.weekdays,
        mode: req.mode,
        budgetMin: req.budgetMin,
        dwellMin: req.dwellMin,
        stops: plan.stops.map((s) => {
          const { c } = byId.get(s.id)!;
          return { ...s, arrival: formatTimeOfDay(startMin + s.arrivalMin), departure: formatTimeOfDay(startMin + s.departureMin), kind: c.kind, name: c.name, lngLat: c.lngLat };
        }),
        distanceKm: round(plan.distanceKm, 3),
        minutes: round(plan.minutes, 2),
        coveredRisk: round(plan.coveredRisk, 3),
        dropped: plan.dropped.map((d) => {
          const { i } = byId.get(d.id)!;
          return tooFar(i) ? { id: d.id, reason: `${matrix.snapDistanceM![i + 1].toFixed(0)} m from the nearest road (limit ${DEFAULT_MAX_SNAP_DISTANCE_M} m)` } : d;
        }),
        candidates,
      },
    };
  } catch (err) {
    if (err instanceof MandatoryStopsInfeasibleError) return { ok: false, status: 422, body: { error: 'mandatory_infeasible', message: err.message, stopIds: err.stopIds } };
    if (err instanceof PatrolInputError) return { ok: false, status: 400, body: { error: 'bad_request', message: err.message } };
    throw err;
  }
}

function toPlannerStop(c: PatrolCandidateView): PatrolCandidate {
  return { id: c.id, lngLat: c.lngLat, risk: c.risk, mandatory: c.mandatory, ...(c.window ? { window: c.window } : {}) };
}
