/**
 * Planning a patrol (issue 6, part 4): the start within the caller's scope (patrol-start.service.ts), the candidate
 * stops for the window (patrol-candidates.service.ts: the best `maxCandidates` by risk, and every mandatory key
 * place), travel between them on the roads (roads.repo.ts: pgRouting or TypeScript), then core/patrol's planner, and
 * the answer with local times and rounded figures. The refusals — a mandatory stop that cannot be visited, a start or
 * stop too far from the roads — are worded in the caller's language.
 */
import type { Scope } from '../../core/contracts/auth';
import {
  DEFAULT_PATROL_RADIUS_M,
  formatTimeOfDay,
  parseTimeOfDay,
  planBudgetMin,
  type PatrolCandidateView,
  type PatrolPlanAnswer,
  type PatrolPlanRequest,
} from '../../core/contracts/patrol';
import { DEFAULT_MAX_SNAP_DISTANCE_M, MandatoryStopsInfeasibleError, PatrolInputError, planRoute, type DroppedStop, type PatrolCandidate } from '../../core/patrol';
import type { Database } from '../db/engine';
import { findTravelMatrix } from '../db/repos/roads.repo';
import type { Language } from '../i18n/language';
import { errorBody, fieldErrorBody, say } from '../i18n/messages';
import { findPatrolCandidates } from './patrol-candidates.service';
import { findStartOrRefusal, type PatrolRefusal } from './patrol-start.service';

export type PlanPatrolResult = { ok: true; answer: PatrolPlanAnswer } | PatrolRefusal;

/** A left-out candidate's reason in the caller's language, from its code and figures. */
export function wordDrop(language: Language, d: DroppedStop): string {
  if (d.code === 'off_road') return say(language, 'dropped_off_road', { distance: d.distanceM ?? 0, limit: d.limitM ?? 0 });
  return say(language, d.code === 'unreachable' ? 'dropped_unreachable' : 'dropped_no_return');
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * POST /api/patrol/plan (see the top of this file). Stops get local 'HH:MM' times from the window's start. A
 * mandatory set that cannot be visited answers 422 naming the stops; a start too far from the roads answers 400.
 */
export async function planPatrol(database: Pick<Database, 'db' | 'routing'>, req: PatrolPlanRequest, scope: Scope, language: Language): Promise<PlanPatrolResult> {
  const found = await findStartOrRefusal(database.db, req, scope, language);
  if (!found.ok) return found;
  const { start } = found;
  const radiusM = req.radiusM ?? DEFAULT_PATROL_RADIUS_M[req.mode];
  const pool = await findPatrolCandidates(database.db, { start: start.lngLat, window: req.window, weekdays: req.weekdays, radiusM, weeks: req.weeks, mandatory: req.mandatory, hotspots: req.hotspots }, scope);
  if (pool.unknownMandatory.length > 0) {
    return { ok: false, status: 400, body: fieldErrorBody(language, 'bad_request', 'mandatory', 'mandatory_unknown', { codes: pool.unknownMandatory }) };
  }
  // Already best first: keep the best, and every mandatory one even beyond the cut.
  const candidates = pool.candidates.filter((c, k) => c.mandatory || k < req.maxCandidates);
  // Key places are named as people know them: 「name」 in Chinese.
  const nameOf = new Map(candidates.map((c) => [c.id, c.name]));
  const names = (ids: readonly string[]) => ids.map((id) => nameOf.get(id) ?? id).map((n) => (language === 'zh-CN' ? `「${n}」` : n));
  // The solver's minutes count from the window's start: stop times, and the opening a refusal waits for.
  const startMin = parseTimeOfDay(req.window.start);
  try {
    const matrix = await findTravelMatrix(database, [start.lngLat, ...candidates.map((c) => c.lngLat)], req.mode);
    const tooFar = (i: number) => matrix.snapDistanceM !== null && matrix.snapDistanceM[i + 1] > DEFAULT_MAX_SNAP_DISTANCE_M;
    const farMandatory = candidates.filter((c, i) => c.mandatory && tooFar(i)).map((c) => c.id);
    if (farMandatory.length > 0) {
      const body = errorBody(language, 'mandatory_infeasible', 'mandatory_far_from_roads', { names: names(farMandatory), limit: DEFAULT_MAX_SNAP_DISTANCE_M }, { stopIds: farMandatory });
      return { ok: false, status: 422, body };
    }
    const budgetMin = planBudgetMin(req.budgetMin, req.window);
    const plan = planRoute({
      start: { id: start.stationCode ?? 'start', lngLat: start.lngLat },
      stops: candidates.map(toPlannerStop),
      mode: req.mode,
      budgetMin,
      dwellMin: req.dwellMin,
      matrix,
    });
    const byId = new Map(candidates.map((c, i) => [c.id, { c, i }]));
    return {
      ok: true,
      answer: {
        ...plan,
        start,
        window: req.window,
        weekdays: pool.weekdays,
        mode: req.mode,
        budgetMin,
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
          const why: DroppedStop = tooFar(i) ? { id: d.id, code: 'off_road', distanceM: Math.round(matrix.snapDistanceM![i + 1]), limitM: DEFAULT_MAX_SNAP_DISTANCE_M } : d;
          return { ...why, reason: wordDrop(language, why) };
        }),
        candidates,
        hotspots: pool.hotspots,
      },
    };
  } catch (err) {
    if (err instanceof MandatoryStopsInfeasibleError) {
      const params = { names: names(err.stopIds), budget: err.budgetMin, required: Number.isFinite(err.requiredMin) ? err.requiredMin.toFixed(1) : '' };
      // A tour that waits for a place's window is over budget mostly by the wait: say so, and that a later start fixes it.
      const longest = [...err.waits].sort((a, b) => b.waitMin - a.waitMin)[0];
      if (Number.isFinite(err.requiredMin) && longest) {
        const waiting = { ...params, wait: longest.waitMin.toFixed(1), place: names([longest.id])[0], opens: formatTimeOfDay(startMin + longest.serviceMin) };
        return { ok: false, status: 422, body: errorBody(language, 'mandatory_infeasible', 'mandatory_over_budget_waiting', waiting, { stopIds: err.stopIds }) };
      }
      const code = Number.isFinite(err.requiredMin) ? 'mandatory_over_budget' : 'mandatory_unreachable';
      return { ok: false, status: 422, body: errorBody(language, 'mandatory_infeasible', code, params, { stopIds: err.stopIds }) };
    }
    if (err instanceof PatrolInputError) {
      const far = err.startTooFar;
      const body = far
        ? fieldErrorBody(language, 'bad_request', 'start', 'start_far_from_roads', { distance: far.distanceM.toFixed(0), limit: far.limitM })
        : errorBody(language, 'bad_request', 'patrol_input', { detail: err.message });
      return { ok: false, status: 400, body };
    }
    throw err;
  }
}

function toPlannerStop(c: PatrolCandidateView): PatrolCandidate {
  return { id: c.id, lngLat: c.lngLat, risk: c.risk, mandatory: c.mandatory, ...(c.window ? { window: c.window } : {}) };
}
