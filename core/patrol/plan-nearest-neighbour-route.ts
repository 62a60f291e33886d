import { EPSILON_MIN, describeTour, prepareOrienteering } from './orienteering-context';
import type { OrienteeringInput, OrienteeringRoute } from './types';

/**
 * The baseline a patrol leader would draw by hand, for benchmarks and tests: from the start, always walk to the
 * nearest (fewest minutes) unvisited stop whose visit still lets the patrol return within the budget, skipping
 * those that do not fit or whose window is missed; stop when none fits. Risk-blind; ignores `mandatory`.
 * Ties go to the lowest index. Deterministic; does not mutate the input.
 */
export function planNearestNeighbourRoute(input: OrienteeringInput): OrienteeringRoute {
  const ctx = prepareOrienteering(input);
  const order: number[] = [];
  const visited = new Uint8Array(ctx.size);
  let at = 0;
  let t = 0;
  for (;;) {
    let next = -1;
    let nextService = 0;
    for (let v = 1; v < ctx.size; v++) {
      if (visited[v]) continue;
      const service = Math.max(t + ctx.travel[at][v], ctx.open[v]);
      const fits = service <= ctx.close[v] + EPSILON_MIN && service + ctx.dwell[v] + ctx.travel[v][0] <= ctx.budgetMin + EPSILON_MIN;
      if (fits && (next < 0 || ctx.travel[at][v] < ctx.travel[at][next])) {
        next = v;
        nextService = service;
      }
    }
    if (next < 0) return describeTour(ctx, order);
    order.push(next);
    visited[next] = 1;
    t = nextService + ctx.dwell[next];
    at = next;
  }
}
