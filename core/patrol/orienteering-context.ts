/**
 * The shared arithmetic of the orienteering heuristics: validated input in flat arrays, the schedule of a tour and
 * the end time after inserting one stop. Time windows: a patrol that arrives early waits for the window to open
 * (the wait counts against the budget); one that would arrive after it closes cannot visit the stop at that point
 * of the tour, so the stop is never counted as visited out of its window. Internal to core/patrol.
 */
import { PatrolInputError, type OrienteeringInput, type OrienteeringRoute } from './types';

/** Times equal within this (minutes) are equal: guards the budget test against rounding. */
export const EPSILON_MIN = 1e-9;

export interface OrienteeringContext {
  /** Number of matrix points: the start (0) and the stops 1 … n. */
  size: number;
  travel: number[][];
  risk: Float64Array;
  dwell: Float64Array;
  open: Float64Array;
  close: Float64Array;
  mandatory: Uint8Array;
  /** Whether any stop has a window; without, inserting a stop delays every later stop by the same amount. */
  hasWindows: boolean;
  ids: string[];
  budgetMin: number;
}

/** A tour's times in flat arrays (minutes from the start); end is Infinity when a window is missed or a leg is unreachable. */
export interface Schedule {
  arrival: number[];
  service: number[];
  departure: number[];
  end: number;
}

const isTime = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/** Validates the input and lays it out for the heuristics (index 0 is the start). Throws PatrolInputError naming the field. */
export function prepareOrienteering(input: OrienteeringInput): OrienteeringContext {
  const { stops, travel, budgetMin, dwellMin } = input;
  if (!isTime(budgetMin)) throw new PatrolInputError('budgetMin must be a finite number ≥ 0');
  if (!isTime(dwellMin)) throw new PatrolInputError('dwellMin must be a finite number ≥ 0');
  const size = stops.length + 1;
  if (!Array.isArray(travel) || travel.length !== size || travel.some((row) => !Array.isArray(row) || row.length !== size)) {
    throw new PatrolInputError(`travel must be a ${size} × ${size} matrix (the start, then each stop)`);
  }
  if (travel.some((row) => row.some((t) => Number.isNaN(t) || t < 0))) throw new PatrolInputError('travel minutes must be ≥ 0 (Infinity for unreachable)');
  const ctx: OrienteeringContext = {
    size,
    travel,
    risk: new Float64Array(size),
    dwell: new Float64Array(size),
    open: new Float64Array(size),
    close: new Float64Array(size).fill(Infinity),
    mandatory: new Uint8Array(size),
    hasWindows: stops.some((s) => s.window !== undefined),
    ids: ['start', ...stops.map((s) => s.id)],
    budgetMin,
  };
  const seen = new Set<string>();
  stops.forEach((s, k) => {
    const i = k + 1;
    if (seen.has(s.id)) throw new PatrolInputError(`stops: duplicate id ${s.id}`);
    seen.add(s.id);
    if (!isTime(s.risk)) throw new PatrolInputError(`stops[${k}].risk must be a finite number ≥ 0`);
    const dwell = s.dwellMin ?? dwellMin;
    if (!isTime(dwell)) throw new PatrolInputError(`stops[${k}].dwellMin must be a finite number ≥ 0`);
    if (s.window && !(s.window.openMin <= s.window.closeMin)) throw new PatrolInputError(`stops[${k}].window must have openMin ≤ closeMin`);
    ctx.risk[i] = s.risk;
    ctx.dwell[i] = dwell;
    ctx.open[i] = s.window?.openMin ?? 0;
    ctx.close[i] = s.window?.closeMin ?? Infinity;
    ctx.mandatory[i] = s.mandatory ? 1 : 0;
  });
  return ctx;
}

/** The schedule of start → order… → start. */
export function scheduleTour(ctx: OrienteeringContext, order: number[]): Schedule {
  const s: Schedule = { arrival: [], service: [], departure: [], end: Infinity };
  let t = 0;
  let at = 0;
  for (const v of order) {
    const arrival = t + ctx.travel[at][v];
    const service = Math.max(arrival, ctx.open[v]);
    if (!(service <= ctx.close[v] + EPSILON_MIN)) return s;
    s.arrival.push(arrival);
    s.service.push(service);
    t = service + ctx.dwell[v];
    s.departure.push(t);
    at = v;
  }
  s.end = t + ctx.travel[at][0];
  return s;
}

/** The end time of start → order… → start without building a schedule; Infinity when infeasible. */
export function endOfTour(ctx: OrienteeringContext, order: ArrayLike<number>): number {
  let t = 0;
  let at = 0;
  for (let k = 0; k < order.length; k++) {
    const v = order[k];
    const service = Math.max(t + ctx.travel[at][v], ctx.open[v]);
    if (!(service <= ctx.close[v] + EPSILON_MIN)) return Infinity;
    t = service + ctx.dwell[v];
    at = v;
  }
  return t + ctx.travel[at][0];
}

/** The end time of the tour with stop `v` inserted before position `p` (0 … order.length); Infinity if infeasible. */
export function endAfterInsert(ctx: OrienteeringContext, order: number[], schedule: Schedule, v: number, p: number): number {
  let at = p === 0 ? 0 : order[p - 1];
  if (!ctx.hasWindows) {
    const next = p === order.length ? 0 : order[p];
    return schedule.end + ctx.travel[at][v] + ctx.dwell[v] + ctx.travel[v][next] - ctx.travel[at][next];
  }
  let t = (p === 0 ? 0 : schedule.departure[p - 1]) + ctx.travel[at][v];
  let service = Math.max(t, ctx.open[v]);
  if (!(service <= ctx.close[v] + EPSILON_MIN)) return Infinity;
  t = service + ctx.dwell[v];
  at = v;
  for (let k = p; k < order.length; k++) {
    const w = order[k];
    service = Math.max(t + ctx.travel[at][w], ctx.open[w]);
    if (!(service <= ctx.close[w] + EPSILON_MIN)) return Infinity;
    // A wait at w absorbed the delay: the rest of the tour is as before.
    if (service === schedule.service[k]) return schedule.end;
    t = service + ctx.dwell[w];
    at = w;
  }
  return t + ctx.travel[at][0];
}

/** The risk covered by visiting `order`. */
export function sumRisk(ctx: OrienteeringContext, order: number[]): number {
  return order.reduce((sum, v) => sum + ctx.risk[v], 0);
}

/** True when tour a is better: more risk covered, or the same risk in less time. */
export function isBetter(a: { risk: number; end: number }, b: { risk: number; end: number }): boolean {
  if (a.risk > b.risk + 1e-9) return true;
  return Math.abs(a.risk - b.risk) <= 1e-9 && a.end < b.end - 1e-7;
}

/** The public form of a scheduled tour. */
export function describeTour(ctx: OrienteeringContext, order: number[]): OrienteeringRoute {
  const s = scheduleTour(ctx, order);
  return {
    order: [...order],
    arrivalMin: s.arrival,
    serviceMin: s.service,
    departureMin: s.departure,
    coveredRisk: sumRisk(ctx, order),
    totalMin: s.end,
  };
}
