/**
 * Construction heuristics of the orienteering planner: cheapest insertion of the mandatory stops, then greedy
 * insertion of the others by risk per added minute. Deterministic: candidates and positions are scanned in index
 * order and only a strictly better one replaces the incumbent. Internal to core/patrol; does not mutate `order`.
 */
import { EPSILON_MIN, endAfterInsert, scheduleTour, type OrienteeringContext } from './orienteering-context';
import { MandatoryStopsInfeasibleError } from './types';

/** Least possible added time, so a free insertion (a stop on the way) ranks by risk instead of dividing by zero. */
const MIN_ADDED_MIN = 1e-6;

/**
 * Inserts every mandatory stop, each time the (stop, position) pair that lengthens the tour least, ignoring the
 * budget (the caller checks it after shortening). Throws MandatoryStopsInfeasibleError when a mandatory stop has no
 * position at all (unreachable, or every position misses its window).
 */
export function insertMandatoryStops(ctx: OrienteeringContext): number[] {
  const order: number[] = [];
  const left: number[] = [];
  for (let v = 1; v < ctx.size; v++) if (ctx.mandatory[v]) left.push(v);
  const allIds = left.map((v) => ctx.ids[v]);
  while (left.length > 0) {
    const schedule = scheduleTour(ctx, order);
    let best = { k: -1, p: -1, end: Infinity };
    left.forEach((v, k) => {
      for (let p = 0; p <= order.length; p++) {
        const end = endAfterInsert(ctx, order, schedule, v, p);
        if (end < best.end - EPSILON_MIN) best = { k, p, end };
      }
    });
    if (best.k < 0) {
      const stuck = left.map((v) => ctx.ids[v]).join(', ');
      throw new MandatoryStopsInfeasibleError(allIds, Infinity, ctx.budgetMin, `no feasible place in the tour for ${stuck}: unreachable, or its window is missed`);
    }
    order.splice(best.p, 0, left[best.k]);
    left.splice(best.k, 1);
  }
  return order;
}

/**
 * Repeatedly inserts the unvisited stop and position with the highest risk per added minute whose tour still ends
 * within the budget, until none fits. Stops with zero risk are never added; `excluded` is never added either.
 */
export function insertGreedily(ctx: OrienteeringContext, start: number[], excluded = -1): number[] {
  const order = [...start];
  const visited = new Uint8Array(ctx.size);
  for (const v of order) visited[v] = 1;
  for (;;) {
    const schedule = scheduleTour(ctx, order);
    let best = { v: -1, p: -1, ratio: 0 };
    for (let v = 1; v < ctx.size; v++) {
      if (visited[v] || v === excluded || !(ctx.risk[v] > 0)) continue;
      for (let p = 0; p <= order.length; p++) {
        const end = endAfterInsert(ctx, order, schedule, v, p);
        if (!(end <= ctx.budgetMin + EPSILON_MIN)) continue;
        const ratio = ctx.risk[v] / Math.max(end - schedule.end, MIN_ADDED_MIN);
        if (ratio > best.ratio) best = { v, p, ratio };
      }
    }
    if (best.v < 0) return order;
    order.splice(best.p, 0, best.v);
    visited[best.v] = 1;
  }
}
