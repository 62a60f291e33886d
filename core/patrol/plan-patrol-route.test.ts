import { describe, expect, it } from 'vitest';
import { hotspotCandidates, monacoPoliceStation, monacoRoads } from '../../test/fixtures/monaco/monaco';
import { createRandom } from '../redistrict/create-random';
import { buildRoadGraph } from './build-road-graph';
import { buildRoadTravelMatrix } from './build-road-travel-matrix';
import { buildStraightLineMatrix } from './build-straight-line-matrix';
import { planNearestNeighbourRoute } from './plan-nearest-neighbour-route';
import { planPatrolRoute } from './plan-patrol-route';
import { MandatoryStopsInfeasibleError, PatrolInputError, type LngLat, type OrienteeringInput, type OrienteeringRoute } from './types';

const car = buildRoadGraph(monacoRoads, { mode: 'car' });

/** Random stops in a 2 km square on foot (symmetric), or Monaco hotspots by car (asymmetric: oneways). */
function randomInstance(n: number, seed: number, kind: 'straight' | 'road', budgetMin = 90): OrienteeringInput {
  const random = createRandom(seed);
  if (kind === 'road') {
    const stops = hotspotCandidates(car, n, seed);
    const travel = buildRoadTravelMatrix(car, [monacoPoliceStation, ...stops.map((s) => s.lngLat)]).minutes;
    return { stops, travel, budgetMin, dwellMin: 5 };
  }
  const points: LngLat[] = Array.from({ length: n + 1 }, () => [7.41 + random() * 0.025, 43.72 + random() * 0.018]);
  const stops = points.slice(1).map((_, k) => ({ id: `s${k}`, risk: 1 + Math.floor(random() * 100), dwellMin: 2 + Math.floor(random() * 4) }));
  return { stops, travel: buildStraightLineMatrix(points, { mode: 'foot' }).minutes, budgetMin, dwellMin: 3 };
}

/** Recomputes the schedule from the matrix independently and checks every promise of the result. */
function expectValidTour(input: OrienteeringInput, route: OrienteeringRoute) {
  expect(new Set(route.order).size).toBe(route.order.length);
  let t = 0;
  let at = 0;
  let risk = 0;
  route.order.forEach((v, k) => {
    expect(v).toBeGreaterThanOrEqual(1);
    expect(v).toBeLessThanOrEqual(input.stops.length);
    const stop = input.stops[v - 1];
    const arrival = t + input.travel[at][v];
    const service = Math.max(arrival, stop.window?.openMin ?? 0);
    expect(route.arrivalMin[k]).toBeCloseTo(arrival, 9);
    expect(route.serviceMin[k]).toBeCloseTo(service, 9);
    expect(service).toBeLessThanOrEqual((stop.window?.closeMin ?? Infinity) + 1e-9);
    t = service + (stop.dwellMin ?? input.dwellMin);
    expect(route.departureMin[k]).toBeCloseTo(t, 9);
    risk += stop.risk;
    at = v;
  });
  const total = t + input.travel[at][0];
  expect(route.totalMin).toBeCloseTo(total, 9);
  expect(total).toBeLessThanOrEqual(input.budgetMin + 1e-9);
  expect(route.coveredRisk).toBeCloseTo(risk, 9);
}

/** The best risk any tour can cover (no windows, one dwell): Held–Karp-style DP over subsets × last stop. */
function exactBestRisk(input: OrienteeringInput): number {
  const { travel, stops, dwellMin, budgetMin } = input;
  const n = stops.length;
  const minEnd = new Float64Array((1 << n) * n).fill(Infinity);
  for (let j = 0; j < n; j++) minEnd[(1 << j) * n + j] = travel[0][j + 1] + dwellMin;
  let best = 0;
  for (let set = 1; set < 1 << n; set++) {
    for (let j = 0; j < n; j++) {
      const t = minEnd[set * n + j];
      if (t === Infinity) continue;
      if (t + travel[j + 1][0] <= budgetMin) best = Math.max(best, stops.reduce((sum, s, k) => (set & (1 << k) ? sum + s.risk : sum), 0));
      for (let k = 0; k < n; k++) {
        const next = (set | (1 << k)) * n + k;
        if (!(set & (1 << k))) minEnd[next] = Math.min(minEnd[next], t + travel[j + 1][k + 1] + dwellMin);
      }
    }
  }
  return best;
}

const sizes = [20, 50, 100];
const cases = sizes.flatMap((n) => [1, 2, 3].flatMap((seed) => (['straight', 'road'] as const).map((kind) => ({ n, seed, kind }))));

describe('planPatrolRoute', () => {
  it.each(sizes)('stays within the budget, dwell and return included, for %i random candidates', (n) => {
    for (const c of cases.filter((x) => x.n === n)) {
      const input = randomInstance(c.n, c.seed, c.kind);
      const route = planPatrolRoute(input);
      expectValidTour(input, route);
      expectValidTour(input, route.construction);
      expect(route.order.length).toBeGreaterThan(0);
    }
  });

  it('is never worse after local search than after construction', () => {
    for (const c of cases) {
      const route = planPatrolRoute(randomInstance(c.n, c.seed, c.kind));
      expect(route.coveredRisk).toBeGreaterThanOrEqual(route.construction.coveredRisk);
      if (route.coveredRisk === route.construction.coveredRisk) expect(route.totalMin).toBeLessThanOrEqual(route.construction.totalMin + 1e-9);
    }
  });

  it('covers more risk than nearest-neighbour ordering at the same budget, on average by over 15 %', () => {
    let ours = 0;
    let baseline = 0;
    for (const c of cases) {
      const input = randomInstance(c.n, c.seed, c.kind);
      const nearest = planNearestNeighbourRoute(input);
      expectValidTour(input, nearest);
      ours += planPatrolRoute(input).coveredRisk;
      baseline += nearest.coveredRisk;
    }
    expect(ours / baseline).toBeGreaterThan(1.15);
  });

  it('comes within 3 % of the exact optimum on 12-stop instances, and never above it', () => {
    let ours = 0;
    let exact = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const input = randomInstance(12, seed, 'straight', 60);
      input.stops = input.stops.map(({ dwellMin: _, ...s }) => s);
      const best = exactBestRisk(input);
      const route = planPatrolRoute(input);
      expect(route.coveredRisk).toBeLessThanOrEqual(best);
      ours += route.coveredRisk;
      exact += best;
    }
    expect(ours / exact).toBeGreaterThan(0.97);
  });

  it('gives the same route for the same input', () => {
    const input = randomInstance(50, 9, 'road');
    expect(planPatrolRoute(input)).toEqual(planPatrolRoute(input));
  });

  it('plans 100 candidates in well under a second', () => {
    const input = randomInstance(100, 4, 'road', 240);
    const started = performance.now();
    planPatrolRoute(input);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('always visits the mandatory stops, even low-risk ones', () => {
    for (const seed of [1, 2, 3]) {
      const input = randomInstance(50, seed, 'straight');
      const mandatory = [4, 17, 33];
      input.stops = input.stops.map((s, k) => (mandatory.includes(k) ? { ...s, risk: 0, mandatory: true } : s));
      const route = planPatrolRoute(input);
      for (const k of mandatory) expect(route.order).toContain(k + 1);
      expectValidTour(input, route);
    }
  });

  it('throws MandatoryStopsInfeasibleError naming the mandatory stops when they cannot fit the budget', () => {
    const input = randomInstance(20, 1, 'straight', 15);
    input.stops = input.stops.map((s, k) => (k < 6 ? { ...s, mandatory: true } : s));
    const attempt = () => planPatrolRoute(input);
    expect(attempt).toThrow(MandatoryStopsInfeasibleError);
    try {
      attempt();
    } catch (err) {
      const error = err as MandatoryStopsInfeasibleError;
      expect([...error.stopIds].sort()).toEqual(['s0', 's1', 's2', 's3', 's4', 's5']);
      expect(error.requiredMin).toBeGreaterThan(15);
      expect(error.message).toMatch(/Mandatory stops .*s0.* cannot all be visited within 15 min/);
    }
  });

  it('names the waits for a window in a mandatory tour over budget: the stop, when its visit begins, the minutes waited', () => {
    const travel = [[0, 5, 5], [5, 0, 5], [5, 5, 0]];
    const stops = [{ id: 'open', risk: 1, mandatory: true }, { id: 'late', risk: 1, mandatory: true, window: { openMin: 60, closeMin: 120 } }];
    let error: MandatoryStopsInfeasibleError | null = null;
    try {
      planPatrolRoute({ stops, travel, budgetMin: 30, dwellMin: 2 });
    } catch (err) {
      error = err as MandatoryStopsInfeasibleError;
    }
    expect(error).toBeInstanceOf(MandatoryStopsInfeasibleError);
    // open at 5, leaves at 7, late reached at 12 and begun at 60: 48 minutes waited; back at 67.
    expect(error!.waits).toEqual([{ id: 'late', serviceMin: 60, waitMin: 48 }]);
    expect(error!.requiredMin).toBe(67);
  });

  it('throws MandatoryStopsInfeasibleError for a mandatory stop it cannot reach', () => {
    const travel = [[0, 5, Infinity], [5, 0, Infinity], [Infinity, Infinity, 0]];
    const stops = [{ id: 'a', risk: 1 }, { id: 'cut-off', risk: 1, mandatory: true }];
    expect(() => planPatrolRoute({ stops, travel, budgetMin: 60, dwellMin: 1 })).toThrow(/cut-off/);
  });

  it('leaves unreachable optional stops out', () => {
    const travel = [[0, 5, Infinity], [5, 0, Infinity], [Infinity, Infinity, 0]];
    const route = planPatrolRoute({ stops: [{ id: 'a', risk: 1 }, { id: 'b', risk: 100 }], travel, budgetMin: 60, dwellMin: 1 });
    expect(route.order).toEqual([1]);
  });
});

describe('planPatrolRoute with time windows', () => {
  const travel = [[0, 5, 5], [5, 0, 2], [5, 2, 0]];

  it('waits for a window that opens after the arrival, and counts the wait', () => {
    const route = planPatrolRoute({ stops: [{ id: 'bar', risk: 5, window: { openMin: 30, closeMin: 60 } }], travel: [[0, 5], [5, 0]], budgetMin: 60, dwellMin: 4 });
    expect(route).toMatchObject({ order: [1], arrivalMin: [5], serviceMin: [30], departureMin: [34], totalMin: 39 });
  });

  it('does not visit a stop whose window closes before the patrol can arrive', () => {
    const route = planPatrolRoute({ stops: [{ id: 'school', risk: 50, window: { openMin: 0, closeMin: 4 } }, { id: 'b', risk: 1 }], travel, budgetMin: 60, dwellMin: 1 });
    expect(route.order).toEqual([2]);
  });

  it('orders stops to meet their windows', () => {
    const stops = [{ id: 'late', risk: 1, window: { openMin: 20, closeMin: 25 } }, { id: 'early', risk: 1, window: { openMin: 0, closeMin: 8 } }];
    const route = planPatrolRoute({ stops, travel, budgetMin: 60, dwellMin: 1 });
    expect(route.order).toEqual([2, 1]);
  });

  it('keeps every visit inside its window on random instances', () => {
    for (const seed of [1, 2, 3]) {
      const input = randomInstance(50, seed, 'straight', 120);
      const random = createRandom(seed + 100);
      input.stops = input.stops.map((s) => {
        if (random() < 0.5) return s;
        const openMin = Math.floor(random() * 90);
        return { ...s, window: { openMin, closeMin: openMin + 10 + Math.floor(random() * 30) } };
      });
      const route = planPatrolRoute(input);
      expectValidTour(input, route);
      expect(route.coveredRisk).toBeGreaterThanOrEqual(route.construction.coveredRisk);
    }
  });
});

describe('planPatrolRoute edge cases and input', () => {
  it('returns an empty tour for no stops or a zero budget', () => {
    expect(planPatrolRoute({ stops: [], travel: [[0]], budgetMin: 60, dwellMin: 5 })).toMatchObject({ order: [], totalMin: 0, coveredRisk: 0 });
    expect(planPatrolRoute({ stops: [{ id: 'a', risk: 3 }], travel: [[0, 1], [1, 0]], budgetMin: 0, dwellMin: 5 }).order).toEqual([]);
  });

  it('does not mutate its input', () => {
    const input = randomInstance(20, 3, 'straight');
    const before = JSON.stringify(input);
    planPatrolRoute(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('throws PatrolInputError naming the field', () => {
    const travel = [[0, 1], [1, 0]];
    expect(() => planPatrolRoute({ stops: [{ id: 'a', risk: 1 }], travel: [[0]], budgetMin: 60, dwellMin: 5 })).toThrow(/travel must be a 2 × 2 matrix/);
    expect(() => planPatrolRoute({ stops: [{ id: 'a', risk: -1 }], travel, budgetMin: 60, dwellMin: 5 })).toThrow(/stops\[0\]\.risk/);
    expect(() => planPatrolRoute({ stops: [{ id: 'a', risk: 1 }], travel, budgetMin: Number.NaN, dwellMin: 5 })).toThrow(PatrolInputError);
    const twice = [{ id: 'a', risk: 1 }, { id: 'a', risk: 2 }];
    expect(() => planPatrolRoute({ stops: twice, travel: [[0, 1, 1], [1, 0, 1], [1, 1, 0]], budgetMin: 60, dwellMin: 5 })).toThrow(/duplicate id a/);
  });
});
