import { insertGreedily, insertMandatoryStops } from './insert-stops';
import { EPSILON_MIN, describeTour, endOfTour, isBetter, prepareOrienteering, sumRisk, type OrienteeringContext } from './orienteering-context';
import { shortenTour } from './shorten-tour';
import { MandatoryStopsInfeasibleError, type OrienteeringInput, type OrienteeringResult } from './types';

interface Tour {
  order: number[];
  risk: number;
  end: number;
}

/**
 * Chooses and orders patrol stops to maximise the risk covered by a tour from the start (matrix index 0) back to
 * it, within `budgetMin` minutes of travel, waiting and dwell — the orienteering problem, with optional time
 * windows. The matrix may come from anywhere (road Dijkstra, straight lines, pgRouting).
 *
 * 1. Mandatory stops by cheapest insertion, shortened by 2-opt and relocation; if that tour exceeds the budget (or
 *    a mandatory stop cannot be placed) it throws MandatoryStopsInfeasibleError naming the mandatory stops.
 * 2. Greedy insertion of the other stops by risk per added minute while the tour fits the budget.
 * 3. Local search, in rounds until no move improves or `maxRounds` (default 100): shorten the order (2-opt,
 *    relocation) and insert what now fits; then for each optional stop visited, drop it, shorten, and refill
 *    greedily without it ("drop one, insert the best one or two") — the first such change that covers more risk
 *    (or the same risk sooner) is kept.
 *
 * A tour is better when it covers more risk, or the same risk in less time, so the result is never worse than
 * the construction. Deterministic; no randomness. Windows: an early arrival waits (the wait counts), a late one
 * cannot visit (see orienteering-context.ts). Does not mutate the input.
 */
export function planPatrolRoute(input: OrienteeringInput): OrienteeringResult {
  const ctx = prepareOrienteering(input);
  const maxRounds = input.maxRounds ?? 100;
  const mandatoryOrder = shortenTour(ctx, insertMandatoryStops(ctx));
  const mandatoryEnd = endOfTour(ctx, mandatoryOrder);
  if (!(mandatoryEnd <= ctx.budgetMin + EPSILON_MIN)) {
    const s = describeTour(ctx, mandatoryOrder);
    const waits = mandatoryOrder
      .map((v, k) => ({ id: ctx.ids[v], serviceMin: s.serviceMin[k], waitMin: s.serviceMin[k] - s.arrivalMin[k] }))
      .filter((w) => w.waitMin > EPSILON_MIN);
    throw new MandatoryStopsInfeasibleError(mandatoryOrder.map((v) => ctx.ids[v]), mandatoryEnd, ctx.budgetMin, '', waits);
  }
  const construction = describeTour(ctx, insertGreedily(ctx, mandatoryOrder));
  let best = measure(ctx, construction.order);
  let rounds = 0;
  while (rounds < maxRounds) {
    rounds++;
    const next = improveOnce(ctx, best);
    if (!next) break;
    best = next;
  }
  return { ...describeTour(ctx, best.order), construction, rounds };
}

function measure(ctx: OrienteeringContext, order: number[]): Tour {
  return { order, risk: sumRisk(ctx, order), end: endOfTour(ctx, order) };
}

/** One round of local search: the first improving move, or null at a local optimum. */
function improveOnce(ctx: OrienteeringContext, current: Tour): Tour | null {
  const refilled = measure(ctx, insertGreedily(ctx, shortenTour(ctx, current.order)));
  if (isBetter(refilled, current)) return refilled;
  for (const dropped of current.order) {
    if (ctx.mandatory[dropped]) continue;
    const without = current.order.filter((v) => v !== dropped);
    const candidate = measure(ctx, insertGreedily(ctx, shortenTour(ctx, without), dropped));
    if (isBetter(candidate, current)) return candidate;
  }
  return null;
}
